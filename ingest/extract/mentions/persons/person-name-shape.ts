// The shape of a Chinese personal name in a tagged sentence: surname, given name, and the words jieba made of them.

import type { SentenceContext } from "../../extraction-types.js";
import { GIVEN_NAME_CHARS, NEVER_GIVEN_CHARS } from "../../lexicon/given-names.js";
import { COMMON_SURNAMES, surnameLength } from "../../lexicon/surnames.js";
import { isTokenBoundary } from "../../sentence-context.js";

/**
 * How much the context vouches for a name: `title` after a title, a personnel verb or in a byline, where any given
 * name goes; `plain` with no title, where the name must look like one on its own (common surname, given-name
 * characters, jieba's words cut around it).
 */
export type NameContext = "title" | "plain";

/** A name found at an offset: its length in the text and, when written with a space (李 强), its compact form. */
export interface NameSpan {
  length: number;
  canonical?: string;
}

/** Characters that never belong to a name: particles, punctuation, digits, and 摄 of photo credits. */
const NOT_IN_NAME = /[的了和与及在是为对把被等摄、，。；：！？“”《》()（）\s\d]/u;
const HAN = /^[\u4e00-\u9fff]+$/u;
/** Tags of words a name can be or be split into. */
const NAME_TAGS = new Set(["nr", "nrfg", "nrt", "x", "nz", "ng", "m", "a", "n", "vg", "ag", "tg", "z", "j", "v"]);
/** Tags jieba gives to personal names and to words it does not know. */
const PERSON_TAGS = new Set(["nr", "nrfg", "nrt", "x"]);
/** Tags of the pieces a plain name may be split into (王/nr 大伟/nr, 李/nr 强/a). */
const PIECE_TAGS = new Set(["nr", "nrfg", "x", "a", "ng", "ag", "tg", "vg", "m", "nz"]);

/** Length of a personal name starting at `start` (2 or 3 characters, or 3-4 with a double surname), or undefined. */
export function nameAt(context: SentenceContext, start: number, kind: NameContext): NameSpan | undefined {
  const { text } = context;
  const surname = surnameLength(text.slice(start, start + 2));
  if (surname === 0) return undefined;
  if (
    kind === "plain" &&
    (!COMMON_SURNAMES.has(text.slice(start, start + surname)) || !isTokenBoundary(context, start))
  )
    return undefined;
  // Two-character given names first; a counted loop, since this runs at most words of every sentence.
  for (let given = 2; given >= 1; given--) {
    const end = start + surname + given;
    if (end > text.length) continue;
    const name = text.slice(start, end);
    if (NOT_IN_NAME.test(name) || !HAN.test(name) || !givenNameFits(name.slice(surname), kind)) continue;
    if (!isTokenBoundary(context, end) && !softInside(context, end)) continue;
    if (!wordsLookLikeName(context, start, end)) continue;
    if (kind === "plain" && !(isTokenBoundary(context, end) && cutLikeName(context, start, end))) continue;
    return { length: end - start };
  }
  return spacedNameAt(context, start, surname);
}

/** 李 强: a two-character name padded with a space to line up with three-character names in lists. */
function spacedNameAt(context: SentenceContext, start: number, surname: number): NameSpan | undefined {
  const { text } = context;
  const space = start + surname;
  if (surname !== 1 || text[space] !== " ") return undefined;
  const given = text[space + 1] ?? "";
  const after = text[space + 2] ?? "";
  if (!HAN.test(given) || NOT_IN_NAME.test(given) || NEVER_GIVEN_CHARS.has(given)) return undefined;
  if (after !== "" && !/[\s、，,。；：:)）]/u.test(after)) return undefined;
  return { length: surname + 2, canonical: text[start] + given };
}

/** The given name is made of name characters: any but word endings after a title, common ones without. */
export function givenNameFits(given: string, kind: NameContext): boolean {
  for (const char of given) {
    if (NEVER_GIVEN_CHARS.has(char)) return false;
    if (kind === "plain" && !GIVEN_NAME_CHARS.has(char)) return false;
  }
  return true;
}

/** A name never cuts into a dictionary word after it, unless jieba did not know the word (赵晓君 亲自; 刘丛 一). */
function softInside(context: SentenceContext, offset: number): boolean {
  const token = context.tokens[context.tokenAt[offset] ?? -1];
  return token !== undefined && (token.tag === "x" || token.tag === "nr" || token.tag === "nrfg");
}

/**
 * The words covering a name are names, unknown words or pieces of it: a dictionary word that is exactly the name
 * (全市, 文明, 梅花鹿) is a common word unless jieba tags it as a name.
 */
function wordsLookLikeName(context: SentenceContext, start: number, end: number): boolean {
  const first = context.tokens[context.tokenAt[start] ?? -1];
  if (end - start === 2 && context.text[start] === context.text[start + 1]) return false; // 殷殷, 常常: doubled words
  for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
    const token = context.tokens[i];
    if (!token || token.start >= end) break;
    if (!NAME_TAGS.has(token.tag)) return false;
    if (token.start === start && token.end === end && !PERSON_TAGS.has(token.tag)) return false;
    if (
      token.word.length >= 2 &&
      (token.tag === "n" || token.tag === "a") &&
      token.end - token.start === end - start - 1 &&
      token.start === start
    )
      return false;
    // 来帮助, 党面临, 党领导: a one-character word followed by a verb or noun it governs, not a surname and given name.
    if (
      token.start > start &&
      token.end === end &&
      token.word.length === 2 &&
      !PERSON_TAGS.has(first?.tag ?? "") &&
      (token.tag === "v" || token.tag === "n")
    )
      return false;
  }
  return true;
}

/**
 * Without a title, jieba must have cut the text as a name: one unknown or name word (孙鹏/x, 钱其琛/nr), or a
 * one-character surname followed by short pieces (王/nr 大伟/nr).
 */
function cutLikeName(context: SentenceContext, start: number, end: number): boolean {
  const first = context.tokens[context.tokenAt[start] ?? -1];
  if (!first) return false;
  if (first.end === end) return PERSON_TAGS.has(first.tag) && first.tag !== "nrt";
  if (first.end - first.start !== 1) return false;
  for (let i = (context.tokenAt[start] ?? 0) + 1; i < context.tokens.length; i++) {
    const token = context.tokens[i];
    if (!token || token.start >= end) break;
    if (!PIECE_TAGS.has(token.tag) || token.word.length > 2) return false;
  }
  return true;
}

/** Length of a name that ends at `end` (before 同志, 总书记, 主任): one name or unknown word, or 0. */
export function nameBefore(context: SentenceContext, end: number): number {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const name = context.text.slice(start, end);
    const surname = surnameLength(name);
    if (surname === 0 || length - surname < 1 || length - surname > 2) continue;
    if (NOT_IN_NAME.test(name) || !isTokenBoundary(context, start) || !givenNameFits(name.slice(surname), "title"))
      continue;
    const token = context.tokens[context.tokenAt[start] ?? -1];
    if (!token || token.end !== end || !PERSON_TAGS.has(token.tag)) continue;
    return length;
  }
  return 0;
}

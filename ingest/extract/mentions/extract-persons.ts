// Persons: a surname and a given name placed where names go (after a title, before 同志, in personnel lists, bylines).

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { surnameLength } from "../lexicon/surnames.js";
import { AFTER_NAME, PERSONNEL_VERBS, TITLES, TRAILING_TITLES } from "../lexicon/titles.js";
import { isTokenBoundary } from "../sentence-context.js";
import { compileLexicon } from "./lexicon-matcher.js";

const TITLE = compileLexicon(TITLES);
const PERSONNEL = compileLexicon(PERSONNEL_VERBS);
const TRAILING = compileLexicon(TRAILING_TITLES);
const AFTER = [...AFTER_NAME].sort((a, b) => b.length - a.length);
/** Characters that never end a given name: particles and the heads of other kinds of word. */
const NOT_IN_NAME = /[的了和与及在是为对把被等、，。；：！？“”《》()（）\s\d]/u;
/** Tags of words a name can be or be split into. */
const NAME_TAGS = new Set(["nr", "nrfg", "nrt", "x", "nz", "ng", "m", "a", "n", "vg", "ag", "tg", "z", "j", "v"]);
const LIST_SEPARATOR = /^[、，,和及 ]$/u;

/** The person extractor: names in title, personnel, list and byline positions. */
export const personExtractor: MentionExtractor = {
  type: "Person",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of TITLE.findAll(context.text)) {
      let end = match.index + match.word.length;
      // Bylines put a colon or spaces between a role and a name: 记者 张三, 责编：李四.
      while (/[\s:：]/u.test(context.text[end] ?? "") && end - match.index - match.word.length < 3) end++;
      const length = nameAt(context, end, false);
      if (length) addWithList(context, found, end, length, "person-after-title");
    }
    for (const match of PERSONNEL.findAll(context.text)) {
      const end = match.index + match.word.length;
      const length = nameAt(context, end, true);
      if (length) addWithList(context, found, end, length, "person-personnel");
    }
    for (const match of TRAILING.findAll(context.text)) {
      const start = match.index;
      const length = nameBefore(context, start);
      if (length) found.push({ type: "Person", start: start - length, end: start, rule: "person-before-title", priority: 4 });
    }
    for (const token of context.tokens) {
      // An unknown word of 2-3 characters starting with a surname, standing alone between spaces or punctuation.
      if (token.tag !== "x" || token.word.length < 2 || token.word.length > 3 || surnameLength(token.word) === 0 || !/^[\u4e00-\u9fff]+$/u.test(token.word)) continue;
      const before = context.text[token.start - 1] ?? "";
      if ((before === "" || /[\s(（、，,：:]/u.test(before)) && followedByNameCue(context.text, token.word.length, token.start) && nameAt(context, token.start, true) === token.word.length) {
        found.push({ type: "Person", start: token.start, end: token.end, rule: "person-unknown-word", priority: 3 });
      }
    }
    const opening = nameAt(context, 0, true);
    if (opening && (opening === context.text.length || followedByNameCue(context.text, opening))) addWithList(context, found, 0, opening, opening === context.text.length ? "person-byline" : "person-subject");
    return found;
  },
};

/** Adds a name and the names listed after it with 、 or spaces (副主席张三、李四、王五). */
function addWithList(context: SentenceContext, found: Candidate[], start: number, length: number, rule: string): void {
  found.push({ type: "Person", start, end: start + length, rule, priority: 4 });
  let next = start + length;
  while (LIST_SEPARATOR.test(context.text[next] ?? "")) {
    const more = nameAt(context, next + 1, true);
    if (!more) break;
    found.push({ type: "Person", start: next + 1, end: next + 1 + more, rule: "person-list", priority: 4 });
    next = next + 1 + more;
  }
}

/**
 * Length of a personal name starting at `start` (2 or 3 characters, or 3-4 with a double surname), or 0.
 * `strict` asks for a name that ends at a cue (辞去, 的, 、) or the end of the sentence, for contexts weaker than a title.
 */
function nameAt(context: SentenceContext, start: number, strict: boolean): number {
  const { text } = context;
  const surname = surnameLength(text.slice(start, start + 2));
  if (surname === 0) return 0;
  for (const given of [2, 1]) {
    const end = start + surname + given;
    if (end > text.length) continue;
    const name = text.slice(start, end);
    if (NOT_IN_NAME.test(name) || !/^[\u4e00-\u9fff]+$/u.test(name)) continue;
    if (!isTokenBoundary(context, end) && !softInside(context, end)) continue;
    if (!wordsLookLikeName(context, start, end)) continue;
    if (strict && end < text.length && !followedByNameCue(text, end - start, start)) continue;
    return end - start;
  }
  return 0;
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
  for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
    const token = context.tokens[i];
    if (!token || token.start >= end) break;
    if (!NAME_TAGS.has(token.tag)) return false;
    if (token.start === start && token.end === end && !PERSON_TAGS.has(token.tag)) return false;
    if (token.word.length >= 2 && (token.tag === "n" || token.tag === "a") && token.end - token.start === end - start - 1 && token.start === start) return false;
  }
  return true;
}

const PERSON_TAGS = new Set(["nr", "nrfg", "nrt", "x"]);

function followedByNameCue(text: string, length: number, start = 0): boolean {
  const rest = text.slice(start + length);
  return rest.length === 0 || LIST_SEPARATOR.test(rest[0] ?? "") || /^[，。；：:)）\s]/u.test(rest) || AFTER.some((word) => rest.startsWith(word)) || TITLE_AT.test(rest);
}

const TITLE_AT = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join("|")})`, "u");

/** Length of a name that ends at `end` (before 同志, 总书记, 主任), or 0. */
function nameBefore(context: SentenceContext, end: number): number {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const name = context.text.slice(start, end);
    const surname = surnameLength(name);
    if (surname === 0 || length - surname < 1 || length - surname > 2) continue;
    if (NOT_IN_NAME.test(name) || !isTokenBoundary(context, start)) continue;
    const token = context.tokens[context.tokenAt[start] ?? -1];
    if (!token || token.end !== end || !["nr", "nrfg", "nrt", "x"].includes(token.tag)) continue;
    return length;
  }
  return 0;
}

// Foreign and minority names: transliterations next to a title (美国总统克林顿, 尼赫鲁总理) and names with a middle dot.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { soundsForeign } from "../../lexicon/foreign-names.js";
import { surnameLength } from "../../lexicon/surnames.js";
import { isTokenBoundary } from "../../sentence-context.js";

/** A foreign or minority name written with a middle dot (托尼·布莱尔, 阿依古丽·买买提). */
const DOT = "·";
/** Tags of transliterated names: known names, foreign names, unknown words. */
const FOREIGN_TAGS = new Set(["nr", "nrt", "x"]);

/**
 * 美国总统克林顿, 主席伏罗希洛夫: a foreign name that jieba knows or does not know, right after a title; two-character
 * ones only when jieba knows them as names (克林顿 yes, 王平 is Chinese).
 */
export function foreignAfterTitle(context: SentenceContext, found: Candidate[], start: number): boolean {
  const first = context.tokenAt[start] ?? -1;
  if (context.tokens[first]?.start !== start) return false;
  // jieba may split a long transliteration (伏/v 罗希洛夫/nr): the name runs over every word of foreign syllables.
  let end = start;
  let named = false;
  for (let i = first; i < context.tokens.length; i++) {
    const token = context.tokens[i];
    if (!token || !soundsForeign(token.word) || token.end - start > 6) break;
    named ||= FOREIGN_TAGS.has(token.tag) && token.word.length >= 2;
    end = token.end;
  }
  const word = context.text.slice(start, end);
  if (!named || word.length < 3 || (word.length === 3 && surnameLength(word) > 0 && context.tokens[first]?.tag === "x"))
    return false;
  found.push({ type: "Person", start, end, rule: "person-foreign", priority: 4 });
  return true;
}

/** 克林顿总统, 尼赫鲁总理: a foreign name jieba knows, right before a title. */
export function foreignBeforeTitle(context: SentenceContext, found: Candidate[], end: number): void {
  const token = context.tokens[context.tokenAt[end - 1] ?? -1];
  if (
    !token ||
    token.end !== end ||
    token.word.length < 3 ||
    !FOREIGN_TAGS.has(token.tag) ||
    !soundsForeign(token.word)
  )
    return;
  if (surnameLength(token.word) > 0 && token.tag === "x") return;
  found.push({ type: "Person", start: token.start, end, rule: "person-foreign", priority: 4 });
}

/** 托尼·布莱尔: transliterated syllables on both sides of a middle dot, cut where jieba's words begin and end. */
export function dottedNames(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  // indexOf, not matchAll: most sentences have no dot, and a match iterator costs more than the search.
  for (let dot = text.indexOf(DOT); dot >= 0; dot = text.indexOf(DOT, dot + 1)) {
    let start = dot;
    while (start > 0 && start > dot - 6 && soundsForeign(text[start - 1] ?? "")) start--;
    let end = dot + 1;
    while (end < text.length && end < dot + 8 && (soundsForeign(text[end] ?? "") || text[end] === "·")) end++;
    while (start < dot && !isTokenBoundary(context, start))
      start = context.tokens[context.tokenAt[start] ?? -1]?.end ?? dot;
    while (end > dot + 1 && !isTokenBoundary(context, end))
      end = context.tokens[context.tokenAt[end] ?? -1]?.start ?? dot + 1;
    if (dot - start >= 1 && end - dot >= 2 && !found.some((c) => c.start <= start && c.end >= end)) {
      found.push({ type: "Person", start, end, rule: "person-foreign", priority: 4 });
    }
  }
}

// Word tables and cue tests that every person rule reads: titles, verbs of people, list separators, clause starts.

import {
  AFTER_NAME,
  PERSON_VERB_LEADS,
  PERSON_VERBS,
  PERSONNEL_VERBS,
  TITLES,
  TRAILING_TITLES,
} from "../../lexicon/titles.js";
import { compileLexicon } from "../lexicon-matcher.js";

export const TITLE = compileLexicon(TITLES);
export const PERSONNEL = compileLexicon(PERSONNEL_VERBS);
export const TRAILING = compileLexicon(TRAILING_TITLES);
export const AFTER = compileLexicon(AFTER_NAME);
const VERB = compileLexicon(PERSON_VERBS);
const LEAD = compileLexicon(PERSON_VERB_LEADS);
export const LIST_SEPARATOR = /^[、，,和及与 ]$/u;
/** Punctuation or a space: what may stand before a name that opens a clause. */
export const CLAUSE_START = /[\s(（、，,：:；;。“"]/u;
/** Further names of a list: a separator and two or three characters, once or more. */
const NAME_LIST = /^(?:[、和与][\u4e00-\u9fff]{2,3})+/u;

/** A person acts right after the name: a speech or office verb, a title (张三主任), or a lead to one (张三在会上说). */
export function actsAfter(text: string, end: number): boolean {
  if (VERB.longestAt(text, end) || TRAILING.longestAt(text, end)) return true;
  const lead = LEAD.longestAt(text, end);
  if (!lead) return false;
  for (let i = end + lead.length; i < Math.min(text.length, end + lead.length + 12); i++) {
    if (/[，,。；;：:！？!?]/u.test(text[i] ?? "")) return false;
    if (VERB.longestAt(text, i)) return true;
  }
  return false;
}

/** 张建国、李秀英夫妇: the first of names listed together, whose list is followed by what people do. */
export function actsAfterList(text: string, end: number): boolean {
  const list = NAME_LIST.exec(text.slice(end, end + 20));
  return list !== null && actsAfter(text, end + list[0].length);
}

/** What may follow a name in personnel and list contexts (辞去, 的, 、, end of sentence, a title, a verb). */
export function endsAtCue(text: string, end: number): boolean {
  const rest = text.slice(end);
  return (
    rest.length === 0 ||
    LIST_SEPARATOR.test(rest[0] ?? "") ||
    /^[，。；：:)）\s]/u.test(rest) ||
    AFTER.longestAt(text, end) !== undefined ||
    TITLE.longestAt(text, end) !== undefined ||
    actsAfter(text, end)
  );
}

// Names vouched for by their place: after a title or a personnel verb, before a title, and alone in a byline.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { foreignAfterTitle, foreignBeforeTitle } from "./foreign-names.js";
import { addWithList, withCanonical } from "./name-lists.js";
import { givenNameFits, nameAt, nameBefore } from "./person-name-shape.js";
import { AFTER, CLAUSE_START, endsAtCue, PERSONNEL, TITLE, TRAILING } from "./person-words.js";

/** Words after an opening name that are common after any subject (党领导的, 全国的): they need a post to follow. */
const WEAK_OPENING_CUES = new Set(["的", "为", "任", "等"]);
/** Tags of words jieba made of a title and a name it did not know (主任王/x): a name may start inside them. */
const UNKNOWN_TAGS = new Set(["x", "nr", "nrfg"]);

/** 副主席张三, 任命李四为, 王五同志: names right after a title or a personnel verb, and right before a title. */
export function titledNames(context: SentenceContext, found: Candidate[]): void {
  for (const match of TITLE.findAll(context.text)) {
    let end = match.index + match.word.length;
    // Bylines put a colon or spaces between a role and a name: 记者 张三, 责编：李四.
    while (/[\s:：]/u.test(context.text[end] ?? "") && end - match.index - match.word.length < 3) end++;
    if (!isTokenBoundary(context, end) && !UNKNOWN_TAGS.has(context.tokens[context.tokenAt[end] ?? -1]?.tag ?? ""))
      continue;
    // 美国总统艾森豪威尔: a long foreign name is not a surname and the start of a given name.
    if (foreignAfterTitle(context, found, end)) continue;
    const name = nameAt(context, end, "title");
    if (name) addWithList(context, found, end, name.length, "person-after-title", name.canonical);
  }
  for (const match of PERSONNEL.findAll(context.text)) {
    const end = match.index + match.word.length;
    const name = nameAt(context, end, "title");
    if (name && endsAtCue(context.text, end + name.length))
      addWithList(context, found, end, name.length, "person-personnel", name.canonical);
  }
  for (const match of TRAILING.findAll(context.text)) {
    const length = nameBefore(context, match.index);
    if (length)
      found.push({
        type: "Person",
        start: match.index - length,
        end: match.index,
        rule: "person-before-title",
        priority: 4,
      });
    else if (match.word === "同志") givenNamesBefore(context, found, match.index);
    else foreignBeforeTitle(context, found, match.index);
  }
}

/**
 * 晓岚、志刚同志: colleagues named by their given names alone before 同志, one unknown two-character word each,
 * listed from the start of a clause.
 */
function givenNamesBefore(context: SentenceContext, found: Candidate[], end: number): void {
  const names: Candidate[] = [];
  for (let index = context.tokenAt[end - 1] ?? -1; index >= 0; index -= 2) {
    const token = context.tokens[index];
    if (
      !token ||
      (token.tag !== "x" && token.tag !== "nr") ||
      token.word.length !== 2 ||
      !givenNameFits(token.word, "title")
    )
      return;
    names.push({
      type: "Person",
      start: token.start,
      end: token.end,
      rule: names.length ? "person-list" : "person-before-title",
      priority: 4,
    });
    const before = context.text[token.start - 1] ?? "";
    if (before === "、") continue;
    if (before === "" || CLAUSE_START.test(before)) found.push(...names);
    return;
  }
}

/**
 * 工作报告 / 张恒军: a name alone on its line, as the signature of a report; or opening a line before the salutation
 * or a personnel phrase (张三各位委员, 免去： / 李四的…职务).
 */
export function byline(context: SentenceContext, found: Candidate[]): void {
  const text = context.text.trim();
  const offset = context.text.indexOf(text);
  if (offset > 0 && !CLAUSE_START.test(context.text[offset - 1] ?? "")) return;
  const name = nameAt(context, offset, "title");
  if (!name) return;
  const end = offset + name.length;
  if (name.length === text.length) {
    found.push(
      withCanonical({ type: "Person", start: offset, end, rule: "person-byline", priority: 4 }, name.canonical),
    );
  } else if (openingCue(context.text, end)) {
    found.push(
      withCanonical({ type: "Person", start: offset, end, rule: "person-subject", priority: 4 }, name.canonical),
    );
  }
}

/** After a name opening a line: a salutation or personnel word (各位, 辞去, 同志); 的 or 为 only before a post (职务). */
function openingCue(text: string, end: number): boolean {
  const word = AFTER.longestAt(text, end);
  if (!word) return false;
  return !WEAK_OPENING_CUES.has(word) || /职务|职位/u.test(text.slice(end));
}

// Names with no title: a common surname and given name that acts (张三说), a name seen before, or one listed with a person.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { soundsForeign } from "../../lexicon/foreign-names.js";
import { compileLexicon } from "../lexicon-matcher.js";
import { nameAt } from "./person-name-shape.js";
import { actsAfter, actsAfterList } from "./person-words.js";

/** Verbs of speech: what a foreign name must be followed by to be taken without a title (a place may also act). */
const SPEECH = compileLexicon(["表示", "说", "指出", "强调", "认为", "透露", "宣布", "告诉", "坦言", "回答"]);
/** Tags of a two-character word that may be a name seen before (高峰 the noun is not 高峰 the person). */
const SEEN_TAGS = new Set(["nr", "nrfg", "nrt", "x", "nz", "t"]);

/**
 * Names with no title (news: 张三说, 李四出任总裁, 据王五介绍): a common surname and given-name characters, cut by
 * jieba as a name, followed by what people do; or a name this document already introduced; or listed with a person.
 */
export function plainNames(context: SentenceContext, found: Candidate[], seen: ReadonlySet<string>): void {
  const { text, tokens } = context;
  const pending: Candidate[] = [];
  for (const token of tokens) {
    if (seen.has(token.word) && (token.word.length >= 3 || SEEN_TAGS.has(token.tag))) {
      found.push({ type: "Person", start: token.start, end: token.end, rule: "person-seen", priority: 4 });
      continue;
    }
    const name = nameAt(context, token.start, "plain");
    if (!name) {
      if (
        token.tag === "nr" &&
        token.word.length >= 3 &&
        soundsForeign(token.word) &&
        SPEECH.longestAt(text, token.end) &&
        !/[去到在赴于从向]/u.test(text[token.start - 1] ?? "")
      ) {
        found.push({ type: "Person", start: token.start, end: token.end, rule: "person-foreign", priority: 3 });
      }
      continue;
    }
    const end = token.start + name.length;
    const candidate: Candidate = { type: "Person", start: token.start, end, rule: "person-plain", priority: 3 };
    if (seen.has(text.slice(token.start, end))) found.push({ ...candidate, rule: "person-seen", priority: 4 });
    else if (actsAfter(text, end) || actsAfterList(text, end)) found.push(candidate);
    else pending.push(candidate);
  }
  // 李军、谢小青均认为: a plausible name listed right next to a person is one too.
  const accepted = new Set<Candidate>();
  for (let changed = true; changed;) {
    changed = false;
    for (const candidate of pending) {
      if (accepted.has(candidate) || !found.some((other) => listedTogether(text, candidate, other))) continue;
      accepted.add(candidate);
      found.push({ ...candidate, rule: "person-list" });
      changed = true;
    }
  }
}

/** Two names with only a list separator between them. */
function listedTogether(text: string, a: Candidate, b: Candidate): boolean {
  if (b.type !== "Person") return false;
  const between = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : "";
  return between.length === 1 && /[、和与及]/u.test(between);
}

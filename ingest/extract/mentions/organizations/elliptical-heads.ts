// Heads that stand for a whole name by ellipsis after a joiner (市政协及其常委会, 机关党委和纪委).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { GENERIC_ALONE } from "../../lexicon/organization-heads.js";
import { respectsWords } from "../../sentence-context.js";
import { escapeRegExp } from "../lexicon-matcher.js";
import { LONG_HEADS_BY_LENGTH } from "./head-words.js";

/** Whether a name found is followed by a joiner (及其, 和, 及, 、): read as one character, with no slice per name. */
export function endsBeforeJoiner(text: string, found: readonly Candidate[]): boolean {
  for (const candidate of found) if (JOINER_FIRST.has(text.charCodeAt(candidate.end))) return true;
  return false;
}

/** First characters of the joiners an elliptical head follows (及其 starts as 及 does). */
const JOINER_FIRST = new Set(["及", "和", "、"].map((joiner) => joiner.charCodeAt(0)));
const ELLIPSIS = new RegExp(
  `(及其|和|及|、)(${LONG_HEADS_BY_LENGTH.filter((h) => GENERIC_ALONE.has(h) || h.length >= 2)
    .map(escapeRegExp)
    .join("|")})(?![\u4e00-\u9fff]{0,1}(?:员|成员))`,
  "gu",
);

/**
 * Heads standing for a whole name by ellipsis: 市政协及其常委会 (the CPPCC's standing committee), 机关党委和纪委.
 * The canonical name borrows the body before them.
 */
export function ellipticalHeads(context: SentenceContext, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of context.text.matchAll(ELLIPSIS)) {
    const joiner = match[1] ?? "";
    const head = match[2] ?? "";
    const start = (match.index ?? 0) + joiner.length;
    const end = start + head.length;
    if (!respectsWords(context, start, end)) continue;
    const before = found.filter((c) => c.end === match.index).sort((a, b) => a.start - b.start)[0];
    if (!before) continue;
    const name = context.text.slice(before.start, before.end);
    const base = joiner === "及其" ? name : stripHead(name);
    if (base === undefined || base.length === 0) continue;
    out.push({
      type: "Organization",
      start,
      end,
      rule: joiner === "及其" ? "org-part-ellipsis" : "org-coordinated-ellipsis",
      priority: 3,
      canonical: base + head,
    });
  }
  return out;
}

/** The name without its head (政协机关党委 -> 政协机关). */
function stripHead(name: string): string | undefined {
  for (const head of LONG_HEADS_BY_LENGTH)
    if (name.endsWith(head) && name.length > head.length) return name.slice(0, -head.length);
  return undefined;
}

// Helpers the relation rules share: clauses of a sentence, mentions in a span, enumerations (A、B和C等).

import type { EntityType } from "../../types.js";
import type { LocalMention, SentenceFacts } from "./relation-types.js";
import { outermost, localSpan } from "../spans.js";

/** Start and end (relative) of the clause holding `offset`: clauses end at ，；： and sentence punctuation. */
export function clauseAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !CLAUSE_END.has(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !CLAUSE_END.has(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Characters that end a clause, as char codes: this scan runs for every mention of every sentence. */
const CLAUSE_END = new Set([..."，,；;：:。！？!?"].map((c) => c.charCodeAt(0)));

/** Mentions of the given types lying wholly inside [start, end), outermost only. */
export function mentionsIn(
  facts: SentenceFacts,
  start: number,
  end: number,
  types: readonly EntityType[],
): LocalMention[] {
  const inside = facts.mentions.filter((m) => types.includes(m.type) && m.localStart >= start && m.localEnd <= end);
  return inside.filter(
    (m) =>
      !inside.some(
        (o) =>
          o !== m &&
          o.type === m.type &&
          o.localStart <= m.localStart &&
          m.localEnd <= o.localEnd &&
          o.localEnd - o.localStart > m.localEnd - m.localStart,
      ),
  );
}

/** The mentions joined to `mention` by 、 和 及 与 (an enumeration), itself included, in text order. */
export function enumerationOf(
  facts: SentenceFacts,
  mention: LocalMention,
  types: readonly EntityType[],
): LocalMention[] {
  const { text } = facts.context;
  const all = mentionsIn(facts, 0, text.length, types);
  const group = [mention];
  let left = mention;
  for (;;) {
    const previous = all
      .filter((m) => m.localEnd <= left.localStart && JOINER.test(text.slice(m.localEnd, left.localStart)))
      .sort((a, b) => b.localEnd - a.localEnd)[0];
    if (!previous) break;
    group.unshift(previous);
    left = previous;
  }
  let right = mention;
  for (;;) {
    const next = all
      .filter((m) => m.localStart >= right.localEnd && JOINER.test(text.slice(right.localEnd, m.localStart)))
      .sort((a, b) => a.localStart - b.localStart)[0];
    if (!next) break;
    group.push(next);
    right = next;
  }
  return group;
}

const JOINER = /^(?:、|和|及|以及|,|，)$/u;
const PAIR_WORD = /^(?:与|同|跟)$/u;

/**
 * The list around `mention` going one way (or both), as `enumerationOf`, but a list of pairs is not one list:
 * in 甲与乙、丙与丁 the list of 丙 going left stops before 乙 (the partner of 甲), and the list of 乙 going right stops
 * before 丙 (which starts the next pair). Types are taken together, outermost first (长春 in 长春师范大学 is no item).
 */
export function listAround(
  facts: SentenceFacts,
  mention: LocalMention,
  types: readonly EntityType[],
  direction: "left" | "right" | "both",
): LocalMention[] {
  const { text } = facts.context;
  const typed = facts.mentions.filter((m) => types.includes(m.type));
  const all = outermost(typed, localSpan);
  const group = [mention];
  for (let left = mention; direction !== "right";) {
    const previous = all
      .filter((m) => m.localEnd <= left.localStart && JOINER.test(text.slice(m.localEnd, left.localStart)))
      .sort((a, b) => b.localEnd - a.localEnd)[0];
    if (!previous || PAIR_WORD.test(text[previous.localStart - 1] ?? "")) break;
    group.unshift(previous);
    left = previous;
  }
  for (let right = mention; direction !== "left";) {
    const next = all
      .filter((m) => m.localStart >= right.localEnd && JOINER.test(text.slice(right.localEnd, m.localStart)))
      .sort((a, b) => a.localStart - b.localStart)[0];
    if (!next || PAIR_WORD.test(text[next.localEnd] ?? "")) break;
    group.push(next);
    right = next;
  }
  return group;
}

/** The explicit subject of a clause: an organization (or a group of them) opening it, before its verb. */
export function clauseSubject(facts: SentenceFacts, clauseStart: number, before: number): LocalMention[] {
  const text = facts.context.text;
  const opening = mentionsIn(facts, clauseStart, before, ["Organization"]).filter((m) =>
    /^(?:[\s(（一二三四五六七八九十、)）]*|(?:\d{4}年|今年|一年来|同时)，?)$/u.test(
      text.slice(clauseStart, m.localStart),
    ),
  );
  const first = opening[0];
  return first ? enumerationOf(facts, first, ["Organization"]) : [];
}

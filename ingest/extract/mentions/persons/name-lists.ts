// Names listed after a person with 、 or spaces (副主席张三、李四、王五; 李 强 王沪宁), and a candidate's compact form.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { type NameContext, nameAt } from "./person-name-shape.js";
import { endsAtCue, LIST_SEPARATOR } from "./person-words.js";

/** Adds a name and the names listed after it with 、 or spaces (副主席张三、李四、王五; 李 强 王沪宁). */
export function addWithList(
  context: SentenceContext,
  found: Candidate[],
  start: number,
  length: number,
  rule: string,
  canonical?: string,
): void {
  found.push(withCanonical({ type: "Person", start, end: start + length, rule, priority: 4 }, canonical));
  addListAfter(context, found, start + length);
}

/** Adds the names listed with 、 or spaces after a person's name ending at `end`. */
export function addListAfter(context: SentenceContext, found: Candidate[], end: number): void {
  let next = end;
  for (;;) {
    let gap = next;
    while (gap < context.text.length && gap - next < 4 && LIST_SEPARATOR.test(context.text[gap] ?? "")) gap++;
    if (gap === next || (gap - next > 1 && !/^ +$/u.test(context.text.slice(next, gap)))) break;
    const more = nameAt(context, gap, "title" satisfies NameContext);
    if (!more || !endsAtCue(context.text, gap + more.length)) break;
    found.push(
      withCanonical(
        { type: "Person", start: gap, end: gap + more.length, rule: "person-list", priority: 4 },
        more.canonical,
      ),
    );
    next = gap + more.length;
  }
}

export function withCanonical(candidate: Candidate, canonical: string | undefined): Candidate {
  return canonical ? { ...candidate, canonical } : candidate;
}

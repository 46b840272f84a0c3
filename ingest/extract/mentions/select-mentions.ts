// Chooses among overlapping candidates: nested names stay (长春 in 长春大学), crossing ones keep the stronger.

import type { EntityType } from "../../types.js";
import type { Candidate } from "../extraction-types.js";

/** Order in which types win a tie for the same span. */
const TYPE_RANK: Readonly<Record<EntityType, number>> = { Organization: 5, Person: 4, Project: 3, Place: 2, Topic: 1 };
/** Span keys as numbers (start * SPAN + end): cheaper than strings, and sentences are far shorter than this. */
const SPAN = 1_000_000;

/**
 * Keeps one candidate per span, drops a candidate that crosses a stronger one, drops persons inside other names
 * (吉广 in 吉广传媒), places inside a body's name, and a body's name inside a longer name of the same body (建设银行 in
 * 市建设银行).
 * Output is sorted by start, then longest first.
 */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const bySpan = new Map<number, Candidate>();
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue;
    if (candidate.type === "Organization" && yieldsToAnother(candidate, candidates)) continue;
    const key = candidate.start * SPAN + candidate.end;
    const kept = bySpan.get(key);
    if (!kept || strength(candidate) > strength(kept)) bySpan.set(key, candidate);
  }
  const spans = [...bySpan.values()].sort((a, b) => strength(b) - strength(a) || a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const candidate of spans) {
    let conflict = false;
    for (const other of chosen) {
      if (
        crosses(candidate, other) ||
        (candidate.type === "Person" && contains(other, candidate)) ||
        (other.type === "Person" && contains(candidate, other) && candidate.type !== "Project") ||
        swallowedPlace(candidate, other)
      ) {
        conflict = true;
        break;
      }
    }
    if (!conflict) chosen.push(candidate);
  }
  // A place inside a body's name (湖南 in 湖南日报, 上海 in 民建上海市委) is part of that name, not a place the text names.
  const kept = chosen.filter(
    (candidate) =>
      candidate.type !== "Place" ||
      !chosen.some((other) => other.type === "Organization" && contains(other, candidate)),
  );
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || TYPE_RANK[b.type] - TYPE_RANK[a.type]);
}

/** Whether a body's name is the same body as a longer name, or overreaches a stronger one (a loop: this runs per name). */
function yieldsToAnother(candidate: Candidate, candidates: readonly Candidate[]): boolean {
  for (const other of candidates) if (sameBodyInside(candidate, other) || overreaches(candidate, other)) return true;
  return false;
}

/**
 * 上海 inside 上海合作组织, 中国 inside 中国人民解放军: a known body's name holds no place of its own. (A place inside
 * a name built from the text, 长春 in 长春大学, stays: it says where the body is.)
 */
function swallowedPlace(candidate: Candidate, other: Candidate): boolean {
  return (
    candidate.type === "Place" &&
    other.type === "Organization" &&
    other.rule === "org-lexicon" &&
    contains(other, candidate)
  );
}

/** 建设银行 inside 市建设银行: a shorter name with the same end inside a longer one is that body, not another. */
function sameBodyInside(inner: Candidate, outer: Candidate): boolean {
  return (
    outer.type === "Organization" &&
    inner.end === outer.end &&
    outer.start < inner.start &&
    outer.priority >= inner.priority
  );
}

/** 受让方东方电气集团: a weaker, longer name ending with a stronger one ran past that name's start into the clause. */
function overreaches(outer: Candidate, inner: Candidate): boolean {
  // An admin organ (区政协) does not stop its place from being written before it (北京市海淀区政协).
  return (
    inner.type === "Organization" &&
    inner.end === outer.end &&
    outer.start < inner.start &&
    inner.priority > outer.priority &&
    inner.rule !== "org-admin-organ"
  );
}

function strength(candidate: Candidate): number {
  // A candidate that knows its full name (纪委 of 机关党委和纪委) beats the same span without one.
  return (
    candidate.priority * 10 +
    TYPE_RANK[candidate.type] +
    (candidate.canonical ? 0.5 : 0) +
    (candidate.end - candidate.start) / 1000
  );
}

function crosses(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end && !contains(a, b) && !contains(b, a);
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

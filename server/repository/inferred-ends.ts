// Which ends of a relation an evidence sentence never names: the extraction inferred them (the report's author). Pure.

import type { EvidenceItem } from "../../common/api.js";

/**
 * The ends (entity keys) with no mention among the sentence's mentions, in the order given. A sentence such as
 * 「与长春师范大学联合开展…」 names only the partner; the report's author was taken as the subject.
 */
export function inferredEnds(ends: readonly string[], mentions: EvidenceItem["mentions"]): string[] {
  const named = new Set(mentions.map((m) => m.entity));
  return [...new Set(ends)].filter((end) => !named.has(end));
}

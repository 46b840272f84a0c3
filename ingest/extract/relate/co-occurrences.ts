// CO_OCCURS relations: entities named in the same sentence with no stated relation between them.

import type { Evidence, ExtractedEntity, ExtractedRelation, Sentence } from "../../types.js";

/** One CO_OCCURS relation per unordered pair sharing a sentence (source id < target id), unless a typed relation links them. */
export function buildCoOccurrences(
  entities: readonly ExtractedEntity[],
  sentences: readonly Sentence[],
  typed: readonly ExtractedRelation[] = [],
): ExtractedRelation[] {
  // Entities are numbered in id order, so a pair is one number and the smaller number is the smaller id.
  const ordered = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const numberOf = new Map(ordered.map((e, i) => [e.id, i]));
  const count = ordered.length;
  const pairKey = (a: number, b: number) => (a < b ? a * count + b : b * count + a);
  const stated = new Set<number>();
  for (const r of typed) {
    const a = numberOf.get(r.source);
    const b = numberOf.get(r.target);
    if (a !== undefined && b !== undefined) stated.add(pairKey(a, b));
  }
  // Every (sentence, entity) pair as one number, sorted: sentences come in order with their entities in order, and
  // repeats sit side by side. A typed array sorts numbers without a comparator or a set per sentence.
  let total = 0;
  for (const entity of ordered) total += entity.mentions.length;
  const keys = new Float64Array(total);
  let filled = 0;
  for (const [n, entity] of ordered.entries())
    for (const mention of entity.mentions) keys[filled++] = mention.sentence * count + n;
  keys.sort();
  const byPair = new Map<number, ExtractedRelation>();
  for (let at = 0; at < total;) {
    const first = keys[at] as number;
    const index = (first - (first % count)) / count;
    const numbers: number[] = [];
    for (; at < total && (keys[at] as number) - index * count < count; at++) {
      const n = (keys[at] as number) - index * count;
      if (numbers[numbers.length - 1] !== n) numbers.push(n);
    }
    const sentence = sentences[index];
    if (!sentence || numbers.length < 2) continue;
    // One evidence object per sentence, shared by its pairs: a long document has many pairs per sentence.
    const evidence: Evidence = {
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
    };
    for (let i = 0; i < numbers.length; i++) {
      for (let j = i + 1; j < numbers.length; j++) {
        const a = numbers[i] as number;
        const b = numbers[j] as number;
        const key = pairKey(a, b);
        if (stated.has(key)) continue;
        let relation = byPair.get(key);
        if (!relation) {
          relation = {
            type: "CO_OCCURS",
            source: ordered[a]?.id ?? "",
            target: ordered[b]?.id ?? "",
            rule: "co-occurrence",
            evidence: [],
          };
          byPair.set(key, relation);
        }
        relation.evidence.push(evidence);
      }
    }
  }
  return [...byPair.values()];
}

// CO_OCCURS relations: entities named in the same sentence, with that sentence as evidence.

import type { ExtractedEntity, ExtractedRelation, Sentence } from "../types.js";

/** One CO_OCCURS relation per unordered pair of entities sharing a sentence (source id < target id). */
export function buildCoOccurrences(entities: readonly ExtractedEntity[], sentences: readonly Sentence[]): ExtractedRelation[] {
  const idsBySentence = new Map<number, Set<string>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const ids = idsBySentence.get(mention.sentence) ?? new Set<string>();
      ids.add(entity.id);
      idsBySentence.set(mention.sentence, ids);
    }
  }
  const byPair = new Map<string, ExtractedRelation>();
  for (const [index, idSet] of [...idsBySentence].sort(([a], [b]) => a - b)) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const ids = [...idSet].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        const key = `${source}\u0000${target}`;
        const relation = byPair.get(key) ?? { type: "CO_OCCURS", source, target, rule: "co-occurrence", evidence: [] };
        relation.evidence.push({ sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text });
        byPair.set(key, relation);
      }
    }
  }
  return [...byPair.values()];
}

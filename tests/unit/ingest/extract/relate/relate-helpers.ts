// Test helpers for the relation rules: mentions given by hand (so that a test checks the rules alone, whatever the
// mention extractors find), and the relations of one type as short strings.

import { buildRelations } from "../../../../../ingest/extract/relate/build-relations.js";
import { splitSentences } from "../../../../../ingest/extract/sentences.js";
import type { ResolvedMention } from "../../../../../ingest/extract/resolve/resolve-entities.js";
import type { EntityType, ExtractedEntity, ExtractedRelation, RelationType } from "../../../../../ingest/types.js";

// The relation rules read mentions; these tests give them by hand, so that they test the rules alone, whatever the
// mention extractors find. Each mark is [surface, type] (its first occurrence after the previous mark of the same
// surface), or [surface, type, rule].
export type Mark = [string, EntityType] | [string, EntityType, string];

/** Builds the relations of an inline text whose mentions are the marks. */
export function relate(
  text: string,
  marks: readonly Mark[],
): { relations: ExtractedRelation[]; name: (id: string) => string } {
  const sentences = splitSentences(text);
  const entities = new Map<string, ExtractedEntity>();
  const mentions: ResolvedMention[] = [];
  const from = new Map<string, number>();
  for (const [surface, type, rule] of marks) {
    const start = text.indexOf(surface, from.get(surface) ?? 0);
    if (start < 0) throw new Error(`mark not in text: ${surface}`);
    from.set(surface, start + 1);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    const id = `${type}:${surface}`;
    const mention = { start, end: start + surface.length, surface, sentence };
    const entity = entities.get(id) ?? { id, type, name: surface, aliases: [surface], mentions: [] };
    entity.mentions.push(mention);
    entities.set(id, entity);
    mentions.push({ ...mention, type, entity: id, rule: rule ?? "test" });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const list = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const relations = buildRelations({
    document: { title: sentences[0]?.text ?? "" },
    sentences: sentences.map((s) => ({ sentence: s, text: s.text })),
    entities: list,
    mentions,
  });
  return { relations, name: (id) => entities.get(id)?.name ?? id };
}

/** Relations of one type as "source -> target (rule)", symmetric ones with their names sorted. */
export function of(result: ReturnType<typeof relate>, type: RelationType): string[] {
  return result.relations
    .filter((r) => r.type === type)
    .map((r) => {
      const ends = [result.name(r.source), result.name(r.target)];
      return `${(type === "COLLABORATES_WITH" ? ends.sort() : ends).join(" -> ")} (${r.rule})`;
    })
    .sort();
}

/** Organizations as marks, in the order given. */
export function orgs(...names: string[]): Mark[] {
  return names.map((n) => [n, "Organization"]);
}

// Groups mentions into entities: one per type and canonical name, every surface kept as an alias, ids stable.

import { entityKey } from "../../../common/domain.js";
import type { EntityType, ExtractedEntity, Mention } from "../../types.js";
import type { Candidate, DocumentContext } from "../extraction-types.js";
import { canonicalName } from "./canonical-names.js";

/** A chosen mention with the sentence it belongs to and the entity it resolved to. */
export interface ResolvedMention extends Mention {
  type: EntityType;
  entity: string;
  rule: string;
}

/** The id of an entity: its type and canonical name (the graph's entity key). */
export const entityId = entityKey;

/** Resolves candidates (with absolute offsets) to entities; returns the entities sorted by id and the resolved mentions. */
export function resolveEntities(
  chosen: ReadonlyArray<{ candidate: Candidate; sentence: number; surface: string }>,
  document: DocumentContext,
): { entities: ExtractedEntity[]; mentions: ResolvedMention[] } {
  const byId = new Map<string, ExtractedEntity>();
  const mentions: ResolvedMention[] = [];
  const names = new Map<string, string>();
  for (const { candidate, sentence, surface } of chosen) {
    const key = `${candidate.type}\u0000${candidate.canonical ?? surface}`;
    const name = names.get(key) ?? canonicalName(candidate.type, candidate.canonical ?? surface, document);
    names.set(key, name);
    if (name.length === 0) continue;
    const id = entityId(candidate.type, name);
    const entity = byId.get(id) ?? { id, type: candidate.type, name, aliases: [name], mentions: [] };
    if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
    const mention: Mention = { start: candidate.start, end: candidate.end, surface, sentence };
    entity.mentions.push(mention);
    byId.set(id, entity);
    mentions.push({
      start: mention.start,
      end: mention.end,
      surface,
      sentence,
      type: candidate.type,
      entity: id,
      rule: candidate.rule,
    });
  }
  const entities = [...byId.values()].sort((a, b) => compare(a.id, b.id));
  for (const entity of entities) {
    entity.aliases.sort(compare);
    entity.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return {
    entities,
    mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end || compare(a.entity, b.entity)),
  };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

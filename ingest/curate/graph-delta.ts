// The change to the graph when documents' rows change from one curation to another: what moving each document out and
// back in would do, touching only what differs.

import { relationKey } from "../../common/domain.js";
import type { ExtractedRows } from "./curate-rows.js";

type Entity = ExtractedRows["entities"][number];
type Relation = ExtractedRows["relations"][number];

export interface EntityChange {
  key: string;
  type: string;
  name: string;
  /** Added to the entity's mention and document counts. */
  mentions: number;
  documents: number;
  /** Aliases the new rows give it; aliases only the old rows gave (kept if still its name or a surface of a mention). */
  aliases: string[];
  dropAliases: string[];
}

export interface RelationChange {
  type: string;
  source: string;
  target: string;
  rule: string;
  role: string | null;
  /** Evidence sentence keys to add and to take out. */
  added: string[];
  removed: string[];
}

/** Every change, ready for the curation statements (cypher/curation/apply-*.cypher). */
export interface GraphDelta {
  entities: EntityChange[];
  /** [sentence, start, end, entity key] of mentions to delete; [sentence, start, end, surface, entity key] to create. */
  removedMentions: Array<[string, number, number, string]>;
  addedMentions: Array<[string, number, number, string, string]>;
  relations: RelationChange[];
}

export const emptyDelta = (): GraphDelta => ({ entities: [], removedMentions: [], addedMentions: [], relations: [] });

/** Adds to `delta` the change from a document's old rows to its new rows; true when they differ. Pure but for `delta`. */
export function addDocumentDelta(delta: GraphDelta, before: ExtractedRows, after: ExtractedRows): boolean {
  const size = () =>
    delta.entities.length + delta.relations.length + delta.addedMentions.length + delta.removedMentions.length;
  const sizeBefore = size();
  const mentionKey = (m: ExtractedRows["mentions"][number]) => `${m.sentence}\u0000${m.start}\u0000${m.end}`;
  const old = new Map(before.mentions.map((m) => [mentionKey(m), m]));
  const now = new Map(after.mentions.map((m) => [mentionKey(m), m]));
  for (const [key, m] of old) {
    if (now.get(key)?.entity !== m.entity) delta.removedMentions.push([m.sentence, m.start, m.end, m.entity]);
  }
  for (const [key, m] of now) {
    if (old.get(key)?.entity !== m.entity) delta.addedMentions.push([m.sentence, m.start, m.end, m.surface, m.entity]);
  }

  const oldEntities = new Map(before.entities.map((e) => [e.key, e]));
  const newEntities = new Map(after.entities.map((e) => [e.key, e]));
  for (const key of new Set([...oldEntities.keys(), ...newEntities.keys()])) {
    const change = entityChange(oldEntities.get(key), newEntities.get(key));
    if (change) delta.entities.push(change);
  }

  const oldRelations = relationsByKey(before.relations);
  const newRelations = relationsByKey(after.relations);
  for (const key of new Set([...oldRelations.keys(), ...newRelations.keys()])) {
    const was = oldRelations.get(key);
    const is = newRelations.get(key);
    const wasSentences = new Set(was?.sentences);
    const isSentences = new Set(is?.sentences);
    const added = [...isSentences].filter((s) => !wasSentences.has(s));
    const removed = [...wasSentences].filter((s) => !isSentences.has(s));
    if (added.length === 0 && removed.length === 0) continue;
    const { type, source, target, rule } = (is ?? was) as Relation;
    // A role only the old rows gave is not one to fill in.
    delta.relations.push({ type, source, target, rule, role: is?.role ?? null, added, removed });
  }
  return size() > sizeBefore;
}

function entityChange(was: Entity | undefined, is: Entity | undefined): EntityChange | undefined {
  const wasAliases = new Set(was?.aliases);
  const isAliases = new Set(is?.aliases);
  const mentions = (is?.mentions ?? 0) - (was?.mentions ?? 0);
  const documents = (is ? 1 : 0) - (was ? 1 : 0);
  const aliases = [...isAliases].filter((a) => !wasAliases.has(a));
  const dropAliases = [...wasAliases].filter((a) => !isAliases.has(a));
  if (mentions === 0 && documents === 0 && aliases.length === 0 && dropAliases.length === 0) return undefined;
  const { key, type, name } = (is ?? was) as Entity;
  return { key, type, name, mentions, documents, aliases, dropAliases };
}

/** A document's relation rows by key, repeated rows together (as the writer merges them). */
function relationsByKey(relations: readonly Relation[]): Map<string, Relation> {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const key = relationKey(r.source, r.type, r.target);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { ...r, sentences: [...r.sentences] });
    else known.sentences.push(...r.sentences.filter((s) => !known.sentences.includes(s)));
  }
  return byKey;
}

/** The delta with one row per entity and per relation (a statement must not meet one key twice). Pure. */
export function settleDelta(delta: GraphDelta): GraphDelta {
  const entities = new Map<string, EntityChange>();
  for (const change of delta.entities) {
    const known = entities.get(change.key);
    if (!known)
      entities.set(change.key, { ...change, aliases: [...change.aliases], dropAliases: [...change.dropAliases] });
    else {
      known.mentions += change.mentions;
      known.documents += change.documents;
      known.aliases = [...new Set([...known.aliases, ...change.aliases])];
      known.dropAliases = [...new Set([...known.dropAliases, ...change.dropAliases])];
    }
  }
  for (const change of entities.values())
    change.dropAliases = change.dropAliases.filter((a) => !change.aliases.includes(a));
  const relations = new Map<string, RelationChange>();
  for (const change of delta.relations) {
    const key = relationKey(change.source, change.type, change.target);
    const known = relations.get(key);
    if (!known) relations.set(key, { ...change, added: [...change.added], removed: [...change.removed] });
    else {
      known.added.push(...change.added);
      known.removed.push(...change.removed);
      known.role ??= change.role;
    }
  }
  return { ...delta, entities: [...entities.values()], relations: [...relations.values()] };
}

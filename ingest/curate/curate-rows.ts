// Applies curation rules to one document's extracted rows: the rows the graph gets, and the rules that changed them.

import type { EntityName } from "../../common/curation.js";
import { relationKey, type RelationType } from "../../common/domain.js";
import { compare } from "../extract/resolve/resolve-entities.js";
import type { DocumentRows } from "../write/document-rows.js";
import type { CompiledRules, EntityResolution } from "./compiled-rules.js";

type Relation = DocumentRows["relations"][number];
type Entity = DocumentRows["entities"][number];

/** Rule (by id) that hand-made relations carry as theirs. */
export const CURATED_RULE = "curated";

/** What curation reads of a document's rows: its key, sentence bounds, entities, mentions and relations. */
export interface ExtractedRows {
  document: { key: string };
  sentences: ReadonlyArray<Pick<DocumentRows["sentences"][number], "key" | "start" | "end">>;
  entities: DocumentRows["entities"];
  mentions: DocumentRows["mentions"];
  relations: DocumentRows["relations"];
}

export interface CuratedDocument<Rows extends ExtractedRows> {
  rows: Rows;
  /** Ids of the rules that changed this document's rows, in the order they were made. */
  fired: string[];
}

/**
 * The rows of a document with the rules applied: mentions moved to the entity they were merged, renamed or split
 * into (or dropped when excluded), relations following their ends (an end named in the evidence sentence follows that
 * mention, an inferred one the entity), then rejected, retyped or reversed; hand-made relations added; a relation that
 * now joins an entity to itself dropped, and co-occurrence left out where a stated relation joins the same pair.
 * Rows that no rule touches come back as they are. Pure.
 */
export function curateRows<Rows extends ExtractedRows>(raw: Rows, rules: CompiledRules): CuratedDocument<Rows> {
  if (rules.inert) return { rows: raw, fired: [] };
  const fired = new Set<string>();
  const note = (ids: readonly string[]) => ids.forEach((id) => fired.add(id));
  const rawEntities = new Map(raw.entities.map((e) => [e.key, e]));
  const nameOf = (key: string, resolution: EntityResolution): EntityName | undefined => {
    if (resolution.excluded) return undefined;
    if (resolution.name) return resolution.name;
    const entity = rawEntities.get(key);
    return entity && { type: entity.type as EntityName["type"], name: entity.name };
  };

  // Mentions, and where each raw entity's mentions went sentence by sentence (for the ends of relations).
  const names = new Map<string, EntityName>();
  const mentions: DocumentRows["mentions"] = [];
  const landed = new Map<string, Set<string | null>>();
  const diverted = new Map<string, Map<string, Set<string>>>();
  for (const mention of raw.mentions) {
    const resolution = rules.resolveEntity(mention.entity, mention.surface);
    note(resolution.fired);
    const whole = rules.resolveEntity(mention.entity);
    const target = resolution.excluded ? null : resolution.key;
    const spot = `${mention.sentence}\u0000${mention.entity}`;
    (landed.get(spot) ?? landed.set(spot, new Set()).get(spot))?.add(target);
    const wholeKey = whole.excluded ? null : whole.key;
    if (wholeKey !== null && target !== wholeKey) addTo(diverted, wholeKey, mention.entity, mention.surface);
    if (target === null) continue;
    mentions.push({ ...mention, entity: target });
    const name = nameOf(mention.entity, resolution);
    if (name) names.set(target, name);
  }

  // An end that no mention of the sentence names (the report's inferred subject) is the entity as a whole, as long as
  // the document still mentions it somewhere: an entity whose every form here was excluded or split off takes no part
  // in this document's relations (a row without mentions would outlive the document's removal).
  const mentioned = new Set(raw.mentions.map((m) => m.entity));
  const keptEntities = new Set(mentions.map((m) => m.entity));
  const endOf = (rawKey: string, sentence: string): string | null => {
    const here = landed.get(`${sentence}\u0000${rawKey}`);
    const named = here && [...here].filter((key): key is string => key !== null);
    if (here && named?.length === 0) return null;
    if (named?.length === 1) return named[0] as string;
    const whole = rules.resolveEntity(rawKey);
    note(whole.fired);
    if (whole.excluded || (mentioned.has(rawKey) && !keptEntities.has(whole.key))) return null;
    const name = nameOf(rawKey, whole);
    if (name) names.set(whole.key, name);
    return whole.key;
  };

  const relations = new Map<string, Relation>();
  const add = (type: RelationType, source: string, target: string, rule: string, role: string | null, at: string) => {
    if (source === target) return;
    if (type === "CO_OCCURS" && compare(source, target) > 0) [source, target] = [target, source];
    const key = relationKey(source, type, target);
    const known = relations.get(key);
    if (!known) relations.set(key, { type, source, target, rule, role, sentences: [at] });
    else {
      known.role ??= role;
      if (!known.sentences.includes(at)) known.sentences.push(at);
    }
  };
  for (const relation of raw.relations) {
    for (const sentence of relation.sentences) {
      const source = endOf(relation.source, sentence);
      const target = endOf(relation.target, sentence);
      if (source === null || target === null) continue;
      const moved = rules.resolveRelation(source, relation.type as RelationType, target);
      note(moved.fired);
      if (!moved.dropped) add(moved.type, moved.source, moved.target, relation.rule, relation.role, sentence);
    }
  }
  for (const { position, rule } of rules.relatesIn(raw.document.key)) {
    const source = rules.resolveEntity(rule.relation.source, undefined, position + 1);
    const target = rules.resolveEntity(rule.relation.target, undefined, position + 1);
    if (source.excluded || target.excluded || !keptEntities.has(source.key) || !keptEntities.has(target.key)) continue;
    const at = raw.sentences.filter((s) => s.start < rule.evidence.end && rule.evidence.start < s.end);
    if (at.length === 0) continue;
    const moved = rules.resolveRelation(source.key, rule.relation.type, target.key, position + 1);
    fired.add(rule.id);
    note(moved.fired);
    if (moved.dropped) continue;
    for (const s of at) add(moved.type, moved.source, moved.target, CURATED_RULE, null, s.key);
  }
  const stated = new Set<string>();
  for (const r of relations.values()) if (r.type !== "CO_OCCURS") stated.add(pairKey(r.source, r.target));
  const kept = [...relations.values()].filter(
    (r) => r.type !== "CO_OCCURS" || !stated.has(pairKey(r.source, r.target)),
  );

  if (fired.size === 0) return { rows: raw, fired: [] };
  const entities = entityRows(raw, mentions, kept, names, diverted, rules);
  return {
    rows: { ...raw, entities, mentions, relations: kept },
    fired: rules.rules.filter((rule) => fired.has(rule.id)).map((rule) => rule.id),
  };
}

/**
 * The entity rows of curated rows: every entity with a mention or a relation; its aliases are its name, the surfaces
 * of its mentions and the aliases of the entities merged into it, less the surfaces that a rule took elsewhere.
 */
function entityRows(
  raw: ExtractedRows,
  mentions: DocumentRows["mentions"],
  relations: readonly Relation[],
  names: ReadonlyMap<string, EntityName>,
  diverted: ReadonlyMap<string, Map<string, Set<string>>>,
  rules: CompiledRules,
): Entity[] {
  const rows = new Map<string, { entity: Entity; aliases: Set<string> }>();
  const row = (key: string) => {
    const known = rows.get(key);
    if (known) return known;
    const name = names.get(key) as EntityName;
    const created = {
      entity: { key, type: name.type, name: name.name, aliases: [], mentions: 0 },
      aliases: new Set([name.name]),
    };
    rows.set(key, created);
    return created;
  };
  for (const mention of mentions) {
    const target = row(mention.entity);
    target.entity.mentions += 1;
    target.aliases.add(mention.surface);
  }
  for (const relation of relations) {
    row(relation.source);
    row(relation.target);
  }
  for (const entity of raw.entities) {
    const whole = rules.resolveEntity(entity.key);
    if (whole.excluded) continue;
    const target = rows.get(whole.key) ?? (entity.mentions === 0 && names.has(whole.key) ? row(whole.key) : undefined);
    if (!target) continue;
    const away = diverted.get(whole.key)?.get(entity.key);
    for (const alias of entity.aliases) if (!away?.has(alias)) target.aliases.add(alias);
  }
  return [...rows.values()]
    .map(({ entity, aliases }) => ({ ...entity, aliases: [...aliases].sort(compare) }))
    .sort((a, b) => compare(a.key, b.key));
}

function addTo(map: Map<string, Map<string, Set<string>>>, outer: string, inner: string, value: string): void {
  let byInner = map.get(outer);
  if (!byInner) map.set(outer, (byInner = new Map<string, Set<string>>()));
  let values = byInner.get(inner);
  if (!values) byInner.set(inner, (values = new Set<string>()));
  values.add(value);
}

const pairKey = (a: string, b: string): string => (compare(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

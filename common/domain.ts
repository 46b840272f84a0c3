// The graph's domain, shared by ingest, server and client: entity and relation types, a relation's key, and the
// overview's views and cap.

export const ENTITY_TYPES = ["Organization", "Person", "Project", "Topic", "Place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "COLLABORATES_WITH",
  "PARTNER_IN",
  "ORGANIZED",
  "HOLDS_POSITION",
  "MEMBER_OF",
  "PART_OF",
  "LOCATED_IN",
  "ADDRESSES",
  "PUBLISHED",
  "CO_OCCURS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A relation's key: the graph keeps one relation of a type from one entity to another (MERGE), so the three name it
 * for good. The same text in every layer: `cypher/write/known-relations.cypher` and the edge keys the API sends build
 * it alike.
 */
export const relationKey = (source: string, type: string, target: string): string => `${source}-[${type}]->${target}`;

/** An entity's key: its type and canonical name, e.g. `Organization:辽源市政协` (imported entities keep their own ids). */
export const entityKey = (type: EntityType, name: string): string => `${type}:${name}`;

/** How the overview shows the graph: its top entities, or its communities when it holds more entities than the cap. */
export type OverviewView = "entities" | "communities";

/** Most nodes an overview request may ask for: more than a neighbourhood, as sigma's fast programs still draw them. */
export const MAX_OVERVIEW_NODES = 20_000;

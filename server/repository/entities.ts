// One entity: its details, its mentions in their sentences, and the evidence of its relations with another.

import neo4j from "neo4j-driver";
import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { EntityDetails, EvidenceItem, MentionItem, RelationPage, RelationType } from "../../common/api.js";
import { inferredEnds } from "./inferred-ends.js";
import { pageParams, read } from "./read.js";

/** A row of entity-details.cypher: the entity's own properties (counts null when unset), its documents and relations. */
interface EntityDetailsRow {
  entity: Omit<EntityDetails, "inDocuments" | "relations" | "relationCounts" | "aliases" | "mentions" | "documents"> & {
    aliases: string[] | null;
    mentions: number | null;
    documents: number | null;
  };
  documents: EntityDetails["inDocuments"];
  relations: EntityDetails["relations"];
  relationCounts: EntityDetails["relationCounts"];
}

/** Relations of each type that an entity's details bring; "more" in the panel pages through the rest. */
export const RELATIONS_PER_TYPE = 20;

/** An entity with its counts, the documents that mention it most, its relation counts per type and the strongest
 * relations of each type; null if unknown. */
export async function entityDetails(db: GraphTarget, key: string): Promise<EntityDetails | null> {
  const [row] = await read<EntityDetailsRow>(db, cypher("entity-details"), {
    key,
    documentLimit: neo4j.int(50),
    relationLimit: neo4j.int(RELATIONS_PER_TYPE),
  });
  if (!row) return null;
  const e = row.entity;
  return {
    ...e,
    aliases: e.aliases ?? [],
    mentions: e.mentions ?? 0,
    documents: e.documents ?? 0,
    inDocuments: row.documents,
    relations: row.relations,
    relationCounts: row.relationCounts,
  };
}

/** One page of an entity's relations of one type, strongest first; null when there is no such entity. */
export async function entityRelations(
  db: GraphTarget,
  key: string,
  relation: RelationType,
  offset: number,
  limit: number,
): Promise<RelationPage | null> {
  const [row] = await read<{ total: number; items: RelationPage["items"] }>(db, cypher("entity-relations-page"), {
    key,
    relation,
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  return row ? { relation, total: row.total, offset, items: row.items } : null;
}

/** How often an entity is mentioned; null when there is no such entity. */
export async function mentionCount(db: GraphTarget, key: string): Promise<number | null> {
  const [row] = await read<{ mentions: number }>(db, cypher("entity-mention-count"), { key });
  return row ? row.mentions : null;
}

/** One page of an entity's mentions in their sentences. */
export function entityMentions(db: GraphTarget, key: string, page: number, pageSize: number): Promise<MentionItem[]> {
  return read<MentionItem>(db, cypher("entity-mentions"), { key, ...pageParams(page, pageSize) });
}

/** One page of the sentences that support the relations between two entities (of one type, or all stated ones). */
export async function relationEvidence(
  db: GraphTarget,
  source: string,
  target: string,
  type: RelationType | null,
  page: number,
  pageSize: number,
): Promise<EvidenceItem[]> {
  const rows = await read<Omit<EvidenceItem, "inferred">>(db, cypher("relation-evidence"), {
    source,
    target,
    type,
    ...pageParams(page, pageSize),
  });
  return rows.map((row) => ({ ...row, inferred: inferredEnds([source, target], row.mentions) }));
}

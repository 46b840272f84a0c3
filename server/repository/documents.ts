// The documents the graph holds, and what it holds counted.

import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import { readGraphStats } from "../../neo4j/graph-stats.js";
import type { DocumentSummary, GraphStats } from "../../common/api.js";
import { pageParams, read, READ_TIMEOUT_MS } from "./read.js";

/** One page of the stored documents, newest first. */
export async function listDocuments(db: GraphTarget, page: number, pageSize: number): Promise<DocumentSummary[]> {
  return (await read<{ document: DocumentSummary }>(db, cypher("list-documents-page"), pageParams(page, pageSize))).map(
    (row) => row.document,
  );
}

/** How many documents the graph holds. */
export async function documentCount(db: GraphTarget): Promise<number> {
  return (await read<{ documents: number }>(db, cypher("count-documents")))[0]?.documents as number;
}

/** Counts per entity and relation type, documents and dates, and the top collaborating pairs. */
export function graphStats(db: GraphTarget, topPairs = 10): Promise<GraphStats> {
  return readGraphStats(db, topPairs, READ_TIMEOUT_MS);
}

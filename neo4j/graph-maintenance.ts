// Whole-graph operations for tests, benchmarks and starting a corpus over: size, fingerprint, emptying.

import { createHash } from "node:crypto";
import { cypher } from "./cypher-files.js";
import { readObjects, runAutoCommit, type GraphTarget } from "./graph-database.js";

/** Deletes every relationship and node in batches; the schema stays. */
export async function emptyGraph(db: GraphTarget): Promise<void> {
  await runAutoCommit(db, "delete-everything");
}

/** Node and relationship counts. */
export async function graphSize(db: GraphTarget): Promise<{ nodes: number; relationships: number }> {
  const [size] = await readObjects<{ nodes: number; relationships: number }>(db, cypher("graph-size"));
  return { nodes: size?.nodes as number, relationships: size?.relationships as number };
}

/** sha256 over every key, count, alias, relationship and evidence list: equal graphs, equal fingerprints. */
export async function graphFingerprint(db: GraphTarget): Promise<string> {
  const rows = await readObjects<{ row: string }>(db, cypher("graph-fingerprint-rows"));
  const hash = createHash("sha256");
  for (const { row } of rows) hash.update(`${row}\n`);
  return hash.digest("hex");
}

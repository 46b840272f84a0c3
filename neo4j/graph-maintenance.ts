// Whole-graph operations for tests, benchmarks and starting a corpus over: size, fingerprint, emptying.

import { createHash } from "node:crypto";
import { cypher } from "./cypher-files.js";
import { readRows, runAutoCommit, type GraphTarget } from "./graph-database.js";

/** Deletes every relationship and node in batches; the schema stays. */
export async function emptyGraph(db: GraphTarget): Promise<void> {
  await runAutoCommit(db, "delete-everything");
}

/** Node and relationship counts. */
export async function graphSize(db: GraphTarget): Promise<{ nodes: number; relationships: number }> {
  const records = await readRows(db, cypher("graph-size"));
  return { nodes: records[0]?.get("nodes") as number, relationships: records[0]?.get("relationships") as number };
}

/** sha256 over every key, count, alias, relationship and evidence list: equal graphs, equal fingerprints. */
export async function graphFingerprint(db: GraphTarget): Promise<string> {
  const records = await readRows(db, cypher("graph-fingerprint-rows"));
  const hash = createHash("sha256");
  for (const record of records) hash.update(`${record.get("row") as string}\n`);
  return hash.digest("hex");
}

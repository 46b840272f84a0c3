// Whole-graph operations for tests, benchmarks and starting a corpus over: size, fingerprint, emptying.

import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { cypher, cypherStatements } from "./cypher-files.js";
import type { GraphDatabase } from "./open-graph-database.js";

type Db = Pick<GraphDatabase, "driver" | "database">;

/** Runs each statement of `cypher/<name>.cypher` in its own auto-commit transaction, as CALL … IN TRANSACTIONS needs. */
export async function runAutoCommit({ driver, database }: Db, name: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of cypherStatements(name)) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Deletes every relationship and node in batches; the schema stays. */
export async function emptyGraph(db: Db): Promise<void> {
  await runAutoCommit(db, "delete-everything");
}

/** Node and relationship counts. */
export async function graphSize({ driver, database }: Db): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(cypher("graph-size"), {}, { database, routing: neo4j.routing.READ });
  return { nodes: records[0]?.get("nodes") as number, relationships: records[0]?.get("relationships") as number };
}

/** sha256 over every key, count, alias, relationship and evidence list: equal graphs, equal fingerprints. */
export async function graphFingerprint({ driver, database }: Db): Promise<string> {
  const { records } = await driver.executeQuery(cypher("graph-fingerprint-rows"), {}, { database, routing: neo4j.routing.READ });
  const hash = createHash("sha256");
  for (const record of records) hash.update(`${record.get("row") as string}\n`);
  return hash.digest("hex");
}

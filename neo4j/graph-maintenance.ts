// Whole-graph operations for tests, benchmarks and starting a corpus over: size, fingerprint, emptying.

import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import { cypher, cypherStatements } from "./cypher-files.js";
import type { GraphDatabase } from "./open-graph-database.js";

type Db = Pick<GraphDatabase, "driver" | "database">;

/** Deletes every relationship and node in batches; the schema stays. */
export async function emptyGraph({ driver, database }: Db): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    for (const statement of cypherStatements("delete-everything")) await session.run(statement);
  } finally {
    await session.close();
  }
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

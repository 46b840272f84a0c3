// Access to the test run's Neo4j from a test file: a driver, graph counts, and a way to empty the graph.

import neo4j from "neo4j-driver";
import { inject } from "vitest";
import type { GraphDatabase } from "../../neo4j/open-graph-database.js";

/** A GraphDatabase on the shared test Neo4j; close it in afterAll. */
export function openTestGraph(): GraphDatabase {
  const { uri, user, password, database } = inject("neo4j");
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  return { driver, database, description: uri, close: () => driver.close() };
}

/** Deletes every node and relationship (the schema stays). Test-only, hence not in cypher/. */
export async function emptyGraph({ driver, database }: GraphDatabase): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** Node and relationship counts, to compare two states of the graph. */
export async function graphCounts({ driver, database }: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database },
  );
  return { nodes: records[0]?.get("nodes") as number, relationships: records[0]?.get("relationships") as number };
}

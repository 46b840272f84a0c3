// Access to the test run's Neo4j from a test file: a driver, plus the whole-graph helpers tests use.

import neo4j from "neo4j-driver";
import { inject } from "vitest";
import type { GraphDatabase } from "../../neo4j/open-graph-database.js";

export { emptyGraph, graphFingerprint, graphSize as graphCounts } from "../../neo4j/graph-maintenance.js";

/** A GraphDatabase on the shared test Neo4j; close it in afterAll. */
export function openTestGraph(): GraphDatabase {
  const { uri, user, password, database } = inject("neo4j");
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  return { driver, database, description: uri, close: () => driver.close() };
}

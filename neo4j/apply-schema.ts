// Applies cypher/schema.cypher (constraints and the full-text index) and waits until the indexes are online.

import neo4j from "neo4j-driver";
import type { GraphDatabase } from "./open-graph-database.js";
import { cypher, cypherStatements } from "./cypher-files.js";

/** Creates what is missing of the schema; running it again changes nothing. */
export async function applySchema({ driver, database }: Pick<GraphDatabase, "driver" | "database">): Promise<void> {
  for (const statement of cypherStatements("schema")) {
    await driver.executeQuery(statement, {}, { database, routing: neo4j.routing.WRITE });
  }
  await driver.executeQuery(cypher("await-indexes"), {}, { database, routing: neo4j.routing.WRITE });
}

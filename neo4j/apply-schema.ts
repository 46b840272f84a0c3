// Applies cypher/schema.cypher (constraints, the full-text and text indexes), after moving a graph written under an
// older schema onto the Searchable search indexes, and waits until the indexes are online.

import neo4j from "neo4j-driver";
import type { GraphDatabase } from "./open-graph-database.js";
import { cypher, cypherStatements } from "./cypher-files.js";

type Db = Pick<GraphDatabase, "driver" | "database">;

/** Creates what is missing of the schema; running it again changes nothing. */
export async function applySchema(db: Db): Promise<void> {
  const { driver, database } = db;
  await replaceLegacySearchIndexes(db);
  for (const statement of cypherStatements("schema")) {
    await driver.executeQuery(statement, {}, { database, routing: neo4j.routing.WRITE });
  }
  await driver.executeQuery(cypher("await-indexes"), {}, { database, routing: neo4j.routing.WRITE });
}

/**
 * Older graphs indexed every entity for search; now only Searchable entities are, so that a document's commit leaves
 * the indexes alone. Such a graph gets the label on all its entities (in batches) and loses the old indexes, which
 * schema.cypher then builds again over the label, in one pass.
 */
async function replaceLegacySearchIndexes({ driver, database }: Db): Promise<void> {
  const { records } = await driver.executeQuery(cypher("legacy-search-indexes"), {}, { database, routing: neo4j.routing.WRITE });
  if (records.length === 0) return;
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction.
    await session.run(cypher("mark-entities-searchable"));
  } finally {
    await session.close();
  }
  for (const statement of cypherStatements("drop-legacy-search-indexes")) {
    await driver.executeQuery(statement, {}, { database, routing: neo4j.routing.WRITE });
  }
}

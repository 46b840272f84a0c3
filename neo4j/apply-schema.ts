// Applies cypher/schema/schema.cypher (constraints, the full-text and text indexes), after moving a graph written
// under an older schema onto the Searchable search indexes, and waits until the indexes are online.

import { cypher } from "./cypher-files.js";
import { runAutoCommit, runStatement, type GraphTarget } from "./graph-database.js";

/** Creates what is missing of the schema; running it again changes nothing. */
export async function applySchema(db: GraphTarget): Promise<void> {
  await replaceLegacySearchIndexes(db);
  await runAutoCommit(db, "schema");
  await runAutoCommit(db, "await-indexes");
}

/**
 * Older graphs indexed every entity for search; now only Searchable entities are, so that a document's commit leaves
 * the indexes alone. Such a graph gets the label on all its entities (in batches) and loses the old indexes, which
 * schema.cypher then builds again over the label, in one pass.
 */
async function replaceLegacySearchIndexes(db: GraphTarget): Promise<void> {
  // SHOW INDEXES on the writer, where the indexes are changed next.
  if ((await runStatement(db, cypher("legacy-search-indexes"), "WRITE")).length === 0) return;
  await runAutoCommit(db, "mark-entities-searchable");
  await runAutoCommit(db, "drop-legacy-search-indexes");
}

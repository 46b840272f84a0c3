// Writes one document's rows to Neo4j in a single transaction: all of it lands, or none of it.

import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { DocumentRows } from "./document-rows.js";

const BATCH = 5000;

/** Upserts a document, its sentences, entities, mentions and relations; re-running it changes nothing. */
export async function writeDocument({ driver, database }: Pick<GraphDatabase, "driver" | "database">, rows: DocumentRows): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(cypher("upsert-document"), { document: rows.document });
      for (const batch of batches(rows.sentences)) await tx.run(cypher("upsert-sentences"), { documentKey: rows.document.key, rows: batch });
      for (const batch of batches(rows.entities)) await tx.run(cypher("upsert-entities"), { rows: batch });
      for (const batch of batches(rows.mentions)) await tx.run(cypher("upsert-mentions"), { rows: batch });
      for (const batch of batches(rows.relations)) await tx.run(cypher("upsert-relations"), { rows: batch });
      for (const batch of batches(rows.entities.map((e) => e.key))) await tx.run(cypher("refresh-entity-counts"), { keys: batch });
    });
  } finally {
    await session.close();
  }
}

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

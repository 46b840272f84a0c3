// Writes or removes one document in a single transaction: all of it lands (or goes), or none of it.

import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { DocumentRows } from "./document-rows.js";

const BATCH = 5000;

type Db = Pick<GraphDatabase, "driver" | "database">;

/**
 * Stores a document, its sentences, entities, mentions and relations. With `replace`, what an earlier extraction of
 * the same document contributed is taken out first, in the same transaction.
 */
export async function writeDocument({ driver, database }: Db, rows: DocumentRows, { replace }: { replace: boolean }): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      if (replace) await removeDocumentIn(tx, rows.document.key);
      const { key, date } = rows.document;
      await tx.run(cypher("upsert-document"), { document: rows.document });
      for (const batch of batches(rows.sentences)) await tx.run(cypher("create-sentences"), { documentKey: key, rows: batch });
      for (const batch of batches(rows.entities)) await tx.run(cypher("upsert-entities"), { rows: batch });
      for (const batch of batches(rows.mentions)) await tx.run(cypher("create-mentions"), { rows: batch });
      for (const batch of batches(rows.relations)) await tx.run(cypher("upsert-relations"), { rows: batch, date });
    });
  } finally {
    await session.close();
  }
}

/** Removes a document and what only it supported; returns false when no such document is stored. */
export async function removeDocument({ driver, database }: Db, key: string): Promise<boolean> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(cypher("document-by-key"), { key });
      if (found.records.length === 0) return false;
      await removeDocumentIn(tx, key);
      return true;
    });
  } finally {
    await session.close();
  }
}

async function removeDocumentIn(tx: ManagedTransaction, key: string): Promise<void> {
  const params = { key, prefix: `${key}:` };
  await tx.run(cypher("remove-document-evidence"), params);
  await tx.run(cypher("remove-document-mentions"), params);
  await tx.run(cypher("delete-document"), params);
}

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

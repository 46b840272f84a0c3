// Writes or removes one document in a single transaction: all of it lands (or goes), or none of it.

import type { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../neo4j/cypher-files.js";
import { writeTransaction, type GraphTarget } from "../../neo4j/graph-database.js";
import { documentParameters } from "./document-parameters.js";
import type { DocumentRows } from "./document-rows.js";
import { curateForWrite, curationContext, type CurationContext } from "../curate/curation-context.js";
import { foldPendingIn } from "./fold-evidence.js";
import { recordRelations, splitRelations, type KnownRelations, type RelationSplit } from "./known-relations.js";
import { failFastOnMemory } from "./write-failure.js";

/**
 * Stores a document (its rows curated by the stored rules, see curateForWrite), its sentences, entities, mentions and relations, in one statement (cypher/write/write-document.cypher).
 * Relations new to the graph (by `known`, which is brought up to date once the document is committed) are created with
 * their evidence; the evidence the document adds to relations that already exist stays pending on the document, and
 * its new or changed entities stay out of the search indexes, until `foldPending`. With `replace`, what an earlier
 * extraction of the same document contributed is taken out first, in the same transaction, and its relations are
 * merged, since the removal may have deleted some.
 */
export async function writeDocument(
  db: GraphTarget,
  extracted: DocumentRows,
  {
    replace,
    known,
    curation = curationContext(),
  }: { replace: boolean; known: KnownRelations; curation?: CurationContext },
): Promise<void> {
  const versionBefore = curation.version;
  const roles = replace ? undefined : await known.roles();
  // A document too large for Neo4j's transaction memory fails at once rather than after the driver's retries.
  const { split, stale } = await writeTransaction(
    db,
    failFastOnMemory(async (tx) => {
      const rows = await curateForWrite(tx, extracted, curation);
      // Rules changed since this run last wrote: a curation may have created or deleted relations the run's list of
      // known relations does not show, so this document's relations are merged (as a replacement's are).
      const stale = versionBefore !== -1 && curation.version !== versionBefore;
      const split: RelationSplit =
        roles && !stale
          ? splitRelations(rows.relations, roles)
          : { created: [], existing: rows.relations, roleFills: [] };
      if (replace) {
        await tx.run(cypher("fold-pending-evidence"));
        await removeDocumentIn(tx, rows.document.key);
      }
      await tx.run(cypher("write-document"), documentParameters(rows, split, replace || stale));
      return { split, stale };
    }),
  );
  if (roles && !stale) recordRelations(roles, split);
  else known.forget();
}

/** Removes a document and what only it supported; returns false when no such document is stored. */
export function removeDocument(db: GraphTarget, key: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    // Curation reads documents' contributions and writes the difference: it must not meet a removal halfway.
    await tx.run(cypher("lock-curation"));
    const found = await tx.run(cypher("document-by-key"), { key });
    if (found.records.length === 0) return false;
    await foldPendingIn(tx);
    await removeDocumentIn(tx, key);
    return true;
  });
}

async function removeDocumentIn(tx: ManagedTransaction, key: string): Promise<void> {
  const params = { key, prefix: `${key}:` };
  await tx.run(cypher("remove-document-evidence"), params);
  await tx.run(cypher("remove-document-mentions"), params);
  await tx.run(cypher("delete-document"), params);
}

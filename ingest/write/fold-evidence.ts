// Folds what written documents leave pending (their evidence for relations that already existed, their new or changed
// entities for search) into the graph in batches, and says when the next batch is due.

import type { ManagedTransaction } from "neo4j-driver";
import { cypher } from "../../neo4j/cypher-files.js";
import { writeTransaction, type GraphTarget } from "../../neo4j/graph-database.js";
import type { DocumentRows } from "./document-rows.js";

/**
 * Evidence sentences written before the first fold of what documents leave pending: few enough that a fold is a
 * modest transaction and that new entities are not long out of search. Later folds wait for as much evidence as the
 * run has folded so far, up to FOLD_GROWTH times this: each fold rewrites the whole evidence list of every hub
 * relation it extends, so folds spaced out geometrically keep that rewriting in proportion to the evidence, with
 * fewer folds in a long run than a fixed spacing would make.
 */
export const FOLD_EVERY_EVIDENCE = 200_000;
const FOLD_GROWTH = 4;

/**
 * Folds what written documents left pending, in one transaction: their evidence into the relations it extends, and
 * their new or changed entities into the search indexes (a few large index updates cost far less than one per
 * document). Returns the relations extended.
 */
export function foldPending(db: GraphTarget): Promise<number> {
  return writeTransaction(db, (tx) => foldPendingIn(tx));
}

/**
 * `foldPending` inside a transaction the caller holds: a removal folds first, so that all the evidence it takes out is
 * in the relations, none of it still pending.
 */
export async function foldPendingIn(tx: ManagedTransaction): Promise<number> {
  // A curation change folds too: the lock keeps two folds from reading the same pending evidence.
  await tx.run(cypher("lock-curation"));
  const { records } = await tx.run(cypher("fold-pending-evidence"));
  await tx.run(cypher("index-pending-entities"));
  return Number(records[0]?.get("extended") ?? 0);
}

/** True when `unfolded` evidence sentences call for a fold, after `folded` already folded in this run (see FOLD_GROWTH). */
export function foldDue(unfolded: number, folded: number, every = FOLD_EVERY_EVIDENCE): boolean {
  return unfolded >= Math.min(Math.max(every, folded), every * FOLD_GROWTH);
}

/** Counts the evidence of written documents and says when enough is pending for a fold; `fold` folds and starts over. */
export function createEvidenceFolder(db: GraphTarget, every = FOLD_EVERY_EVIDENCE) {
  let unfolded = 0;
  let folded = 0;
  let documents = 0;
  return {
    /** Evidence sentences written since the last fold. */
    get unfolded(): number {
      return unfolded;
    },
    /** Documents written since the last fold (one without relations may still have new entities to index). */
    get documents(): number {
      return documents;
    },
    /** Counts a written document's evidence; true when a fold is due. */
    written(rows: DocumentRows): boolean {
      documents += 1;
      unfolded += rows.relations.reduce((sum, relation) => sum + relation.sentences.length, 0);
      return foldDue(unfolded, folded, every);
    },
    /** Folds what is pending, if anything was written since the last fold. */
    async fold(): Promise<void> {
      if (documents === 0) return;
      await foldPending(db);
      folded += unfolded;
      unfolded = 0;
      documents = 0;
    },
  };
}

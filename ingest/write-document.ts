// Writes or removes one document in a single transaction: all of it lands (or goes), or none of it.

import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { DocumentRows } from "./document-rows.js";
import { recordRelations, splitRelations, type KnownRelations, type RelationSplit } from "./known-relations.js";

const BATCH = 5000;

/**
 * Evidence sentences written between two folds of pending evidence into the relations it extends (about 150 documents
 * of 20,000 characters): few enough that a fold is a modest transaction, many enough that a hub relation's long
 * evidence list is rewritten rarely.
 */
export const FOLD_EVERY_EVIDENCE = 200_000;

type Db = Pick<GraphDatabase, "driver" | "database">;

/**
 * Stores a document, its sentences, entities, mentions and relations. Relations new to the graph (by `known`, which
 * is brought up to date once the document is committed) are created with their evidence; the evidence the document
 * adds to relations that already exist stays pending on the document until `foldPendingEvidence` (see
 * cypher/upsert-relations.cypher). With `replace`, what an earlier extraction of the same document contributed is taken
 * out first, in the same transaction, and its relations are merged, since the removal may have deleted some.
 */
export async function writeDocument(
  { driver, database }: Db,
  rows: DocumentRows,
  { replace, known }: { replace: boolean; known: KnownRelations },
): Promise<void> {
  const roles = replace ? undefined : await known.roles();
  const split: RelationSplit = roles ? splitRelations(rows.relations, roles) : { created: [], existing: rows.relations, roleFills: [] };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      if (replace) {
        await tx.run(cypher("fold-pending-evidence"));
        await removeDocumentIn(tx, rows.document.key);
      }
      const { key: documentKey, date } = rows.document;
      const sentenceIndex = sentenceIndexIn(documentKey);
      await tx.run(cypher("upsert-document"), { document: { ...rows.document, ...pendingEvidence(split.existing, sentenceIndex) } });
      const ids = new Map<string, string>();
      for (const batch of batches(rows.entities)) {
        const { records } = await tx.run(cypher("upsert-entities"), { rows: batch });
        for (const record of records) ids.set(record.get("key") as string, record.get("id") as string);
      }
      const entityIds = rows.entities.map((entity) => ids.get(entity.key) ?? missingEntity(documentKey, entity.key));
      const positions = new Map(rows.entities.map((entity, i) => [entity.key, i]));
      const entityIndex = (entityKey: string): number => positions.get(entityKey) ?? missingEntity(documentKey, entityKey);
      const shared = { documentKey, entityIds, date };
      for (const batch of batches(sentenceRows(rows, entityIndex))) await tx.run(cypher("create-sentences"), { ...shared, rows: batch });
      const statements: Array<[string, DocumentRows["relations"]]> = replace
        ? [["upsert-relations", rows.relations]]
        : [
            ["create-relations", split.created],
            ["fill-relation-roles", split.roleFills],
          ];
      for (const [statement, relations] of statements) {
        for (const batch of batches(relationRows(relations, entityIndex, sentenceIndex))) await tx.run(cypher(statement), { ...shared, rows: batch });
      }
    });
  } finally {
    await session.close();
  }
  if (roles) recordRelations(roles, split);
  else known.forget();
}

/** Appends every document's pending evidence to its relations, in one transaction; returns the relations extended. */
export async function foldPendingEvidence({ driver, database }: Db): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const { records } = await tx.run(cypher("fold-pending-evidence"));
      return Number(records[0]?.get("extended") ?? 0);
    });
  } finally {
    await session.close();
  }
}

/** Counts the evidence of written documents and says when enough is pending for a fold; `fold` folds and starts over. */
export function createEvidenceFolder(db: Db, every = FOLD_EVERY_EVIDENCE) {
  let unfolded = 0;
  return {
    /** Evidence sentences written since the last fold. */
    get unfolded(): number {
      return unfolded;
    },
    /** Counts a written document's evidence; true when a fold is due. */
    written(rows: DocumentRows): boolean {
      unfolded += rows.relations.reduce((sum, relation) => sum + relation.sentences.length, 0);
      return unfolded >= every;
    },
    /** Folds what is pending, if anything was written since the last fold. */
    async fold(): Promise<void> {
      if (unfolded === 0) return;
      await foldPendingEvidence(db);
      unfolded = 0;
    },
  };
}

/** Removes a document and what only it supported; returns false when no such document is stored. */
export async function removeDocument({ driver, database }: Db, key: string): Promise<boolean> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(cypher("document-by-key"), { key });
      if (found.records.length === 0) return false;
      await tx.run(cypher("fold-pending-evidence"));
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

/** Relation evidence as the four parallel lists fold-pending-evidence reads (sentences by index); none without relations. */
function pendingEvidence(relations: DocumentRows["relations"], sentenceIndex: (key: string) => number): Record<string, string[] | null> {
  if (relations.length === 0) return { pendingTypes: null, pendingSources: null, pendingTargets: null, pendingSentences: null };
  return {
    pendingTypes: relations.map((r) => r.type),
    pendingSources: relations.map((r) => r.source),
    pendingTargets: relations.map((r) => r.target),
    pendingSentences: relations.map((r) => r.sentences.map(sentenceIndex).join(" ")),
  };
}

/*
 * The statements' rows name the document's entities by their position in `entityIds` and its sentences by index (the
 * statements rebuild the keys), and a mention is a list: [entity, start, end, surface]. Each element id, sentence key
 * and property name would otherwise be packed again for every mention and every evidence sentence, and packing the
 * parameters is a good part of a write's cost.
 */

/** Sentence rows, each with the mentions it holds, for create-sentences. */
export function sentenceRows({ sentences, mentions }: Pick<DocumentRows, "sentences" | "mentions">, entityIndex: (entityKey: string) => number) {
  const bySentence = new Map<string, Array<[number, number, number, string]>>();
  for (const m of mentions) {
    const row: [number, number, number, string] = [entityIndex(m.entity), m.start, m.end, m.surface];
    const list = bySentence.get(m.sentence);
    if (list) list.push(row);
    else bySentence.set(m.sentence, [row]);
  }
  return sentences.map(({ index, start, end, text, key }) => ({ index, start, end, text, mentions: bySentence.get(key) ?? [] }));
}

/** Relation rows for create-relations, fill-relation-roles and upsert-relations. */
export function relationRows(relations: DocumentRows["relations"], entityIndex: (entityKey: string) => number, sentenceIndex: (key: string) => number) {
  return relations.map((r) => ({ type: r.type, source: entityIndex(r.source), target: entityIndex(r.target), rule: r.rule, role: r.role, sentences: r.sentences.map(sentenceIndex) }));
}

/** The index of one of the document's sentences from its key (see `sentenceKey`); throws for another document's. */
export function sentenceIndexIn(documentKey: string): (key: string) => number {
  const prefix = `${documentKey}:`;
  return (key) => {
    const suffix = key.startsWith(prefix) ? key.slice(prefix.length) : "";
    if (!/^\d+$/.test(suffix)) throw new Error(`document ${documentKey}: evidence or a mention names sentence ${key}, which is not one of the document's`);
    return Number(suffix);
  };
}

function missingEntity(documentKey: string, entityKey: string): never {
  throw new Error(`document ${documentKey}: a mention or relation names entity ${entityKey}, which the document's entity rows lack`);
}

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

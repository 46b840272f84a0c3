// Writes or removes one document in a single transaction: all of it lands (or goes), or none of it.

import type { ManagedTransaction } from "neo4j-driver";
import { writeTransaction, type GraphTarget } from "../neo4j/graph-database.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { DocumentRows } from "./document-rows.js";
import { recordRelations, splitRelations, type KnownRelations, type RelationSplit } from "./known-relations.js";

/**
 * Evidence sentences written before the first fold of what documents leave pending (about 150 documents of 20,000
 * characters): few enough that a fold is a modest transaction and that new entities are not long out of search.
 * Later folds wait for as much evidence as the run has folded so far, up to FOLD_GROWTH times this: each fold
 * rewrites the whole evidence list of every hub relation it extends, so folds spaced out geometrically keep that
 * rewriting in proportion to the evidence (four folds for 1,000 such documents instead of seven).
 */
export const FOLD_EVERY_EVIDENCE = 200_000;
const FOLD_GROWTH = 4;


/**
 * Stores a document, its sentences, entities, mentions and relations, in one statement (cypher/write-document.cypher).
 * Relations new to the graph (by `known`, which is brought up to date once the document is committed) are created with
 * their evidence; the evidence the document adds to relations that already exist stays pending on the document, and
 * its new or changed entities stay out of the search indexes, until `foldPending`. With `replace`, what an earlier
 * extraction of the same document contributed is taken out first, in the same transaction, and its relations are
 * merged, since the removal may have deleted some.
 */
export async function writeDocument(
  db: GraphTarget,
  rows: DocumentRows,
  { replace, known }: { replace: boolean; known: KnownRelations },
): Promise<void> {
  const roles = replace ? undefined : await known.roles();
  const split: RelationSplit = roles ? splitRelations(rows.relations, roles) : { created: [], existing: rows.relations, roleFills: [] };
  const parameters = documentParameters(rows, split, replace);
  await writeTransaction(db, async (tx) => {
    if (replace) {
      await tx.run(cypher("fold-pending-evidence"));
      await removeDocumentIn(tx, rows.document.key);
    }
    await tx.run(cypher("write-document"), parameters);
  });
  if (roles) recordRelations(roles, split);
  else known.forget();
}

/**
 * Folds what written documents left pending, in one transaction: their evidence into the relations it extends, and
 * their new or changed entities into the search indexes (a few large index updates cost far less than one per
 * document). Returns the relations extended.
 */
export function foldPending(db: GraphTarget): Promise<number> {
  return writeTransaction(db, (tx) => foldPendingIn(tx));
}

async function foldPendingIn(tx: ManagedTransaction): Promise<number> {
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

/** Removes a document and what only it supported; returns false when no such document is stored. */
export function removeDocument(db: GraphTarget, key: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
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

/*
 * The statement's rows name the document's entities by their position in its entity rows and its sentences by index
 * (the statement rebuilds the keys), and a mention is a list: [entity, start, end, surface]. Each entity key, sentence
 * key and property name would otherwise be packed again for every mention and every evidence sentence, and packing
 * the parameters is a good part of a write's cost.
 */

/**
 * The parameters of write-document.cypher for a document whose relations are split against the graph's: relations
 * to create, relations to merge (all of them when the document replaces an earlier version of itself), roles to fill,
 * and the evidence for existing relations, left pending on the document. Pure; throws when a mention or relation names
 * an entity or sentence the document lacks.
 */
export function documentParameters(rows: DocumentRows, split: RelationSplit, replace: boolean) {
  const documentKey = rows.document.key;
  const positions = new Map(rows.entities.map((entity, i) => [entity.key, i]));
  const entityIndex = (entityKey: string): number => positions.get(entityKey) ?? missingEntity(documentKey, entityKey);
  const sentenceIndex = sentenceIndexIn(documentKey);
  const relations = (list: DocumentRows["relations"]) => relationRows(list, entityIndex, sentenceIndex);
  return {
    document: { ...rows.document, ...pendingEvidence(split.existing, sentenceIndex) },
    entities: rows.entities,
    sentences: sentenceRows(rows, entityIndex),
    created: relations(replace ? [] : split.created),
    merged: relations(replace ? rows.relations : []),
    roleFills: relations(replace ? [] : split.roleFills),
  };
}

type PendingEvidence = Record<"pendingTypes" | "pendingSources" | "pendingTargets" | "pendingSentences", string[] | null>;

/** Relation evidence as the four parallel lists fold-pending-evidence reads (sentences by index); none without relations. */
function pendingEvidence(relations: DocumentRows["relations"], sentenceIndex: (key: string) => number): PendingEvidence {
  if (relations.length === 0) return { pendingTypes: null, pendingSources: null, pendingTargets: null, pendingSentences: null };
  return {
    pendingTypes: relations.map((r) => r.type),
    pendingSources: relations.map((r) => r.source),
    pendingTargets: relations.map((r) => r.target),
    pendingSentences: relations.map((r) => r.sentences.map(sentenceIndex).join(" ")),
  };
}

/** Sentence rows, each with the mentions it holds. */
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

/** Relation rows: source and target by position, evidence by sentence index. */
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

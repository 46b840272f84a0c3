// The parameters of write-document.cypher: a document's rows packed compactly, its relations split against the graph's.

import type { DocumentRows } from "./document-rows.js";
import type { RelationSplit } from "./known-relations.js";

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

type PendingEvidence = Record<
  "pendingTypes" | "pendingSources" | "pendingTargets" | "pendingSentences",
  string[] | null
>;

/** Relation evidence as the four parallel lists fold-pending-evidence reads (sentences by index); none without relations. */
function pendingEvidence(
  relations: DocumentRows["relations"],
  sentenceIndex: (key: string) => number,
): PendingEvidence {
  if (relations.length === 0)
    return { pendingTypes: null, pendingSources: null, pendingTargets: null, pendingSentences: null };
  return {
    pendingTypes: relations.map((r) => r.type),
    pendingSources: relations.map((r) => r.source),
    pendingTargets: relations.map((r) => r.target),
    pendingSentences: relations.map((r) => r.sentences.map(sentenceIndex).join(" ")),
  };
}

/** Sentence rows, each with the mentions it holds. */
export function sentenceRows(
  { sentences, mentions }: Pick<DocumentRows, "sentences" | "mentions">,
  entityIndex: (entityKey: string) => number,
) {
  const bySentence = new Map<string, Array<[number, number, number, string]>>();
  for (const m of mentions) {
    const row: [number, number, number, string] = [entityIndex(m.entity), m.start, m.end, m.surface];
    const list = bySentence.get(m.sentence);
    if (list) list.push(row);
    else bySentence.set(m.sentence, [row]);
  }
  return sentences.map(({ index, start, end, text, key }) => ({
    index,
    start,
    end,
    text,
    mentions: bySentence.get(key) ?? [],
  }));
}

/** Relation rows: source and target by position, evidence by sentence index. */
export function relationRows(
  relations: DocumentRows["relations"],
  entityIndex: (entityKey: string) => number,
  sentenceIndex: (key: string) => number,
) {
  return relations.map((r) => ({
    type: r.type,
    source: entityIndex(r.source),
    target: entityIndex(r.target),
    rule: r.rule,
    role: r.role,
    sentences: r.sentences.map(sentenceIndex),
  }));
}

/** The index of one of the document's sentences from its key (see `sentenceKey`); throws for another document's. */
export function sentenceIndexIn(documentKey: string): (key: string) => number {
  const prefix = `${documentKey}:`;
  return (key) => {
    const suffix = key.startsWith(prefix) ? key.slice(prefix.length) : "";
    if (!/^\d+$/.test(suffix))
      throw new Error(
        `document ${documentKey}: evidence or a mention names sentence ${key}, which is not one of the document's`,
      );
    return Number(suffix);
  };
}

function missingEntity(documentKey: string, entityKey: string): never {
  throw new Error(
    `document ${documentKey}: a mention or relation names entity ${entityKey}, which the document's entity rows lack`,
  );
}

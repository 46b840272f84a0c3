// A document's extraction before curation, kept on its Document node as deflated compact JSON, so rules can be
// applied to it again (or taken back) without the file or a second extraction.

import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { DocumentRows } from "../write/document-rows.js";
import { sentenceIndexIn } from "../write/document-parameters.js";
import { sentenceKey } from "../write/document-rows.js";
import type { ExtractedRows } from "./curate-rows.js";

/**
 * Entities as [key, type, name, aliases], mentions as [entity, sentence, start, end, surface], relations as [type,
 * source, target, rule, role, sentences], sentences as [start, end]; entities and sentences by position.
 */
interface StoredExtraction {
  v: 1;
  entities: Array<[string, string, string, string[]]>;
  mentions: Array<[number, number, number, number, string]>;
  relations: Array<[string, number, number, string, string | null, number[]]>;
  sentences: Array<[number, number]>;
}

/**
 * The stored form of a document's extracted (uncurated) rows: bytes (Neo4j stores an Int8Array as a byte array), a
 * quarter of the JSON's size. As JSON it took more room than the document's sentences, and writing it slowed the ingest.
 * Pure; cheap enough for the extraction threads, where ingest calls it.
 */
export function storeExtraction(rows: DocumentRows): Int8Array {
  const position = new Map(rows.entities.map((e, i) => [e.key, i]));
  const entity = (key: string) => position.get(key) as number;
  const sentence = sentenceIndexIn(rows.document.key);
  const stored: StoredExtraction = {
    v: 1,
    entities: rows.entities.map((e) => [e.key, e.type, e.name, e.aliases]),
    mentions: rows.mentions.map((m) => [entity(m.entity), sentence(m.sentence), m.start, m.end, m.surface]),
    relations: rows.relations.map((r) => [
      r.type,
      entity(r.source),
      entity(r.target),
      r.rule,
      r.role,
      r.sentences.map(sentence),
    ]),
    sentences: rows.sentences.map((s) => [s.start, s.end]),
  };
  const bytes = deflateRawSync(JSON.stringify(stored), { level: 1 });
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The extracted rows of a document from their stored form. Pure; throws on a form it does not know. */
export function readStoredExtraction(documentKey: string, bytes: Int8Array | string): ExtractedRows {
  // Plain JSON is how the first version with curation stored it.
  const json = typeof bytes === "string" ? bytes : inflateRawSync(bytes).toString("utf8");
  const stored = JSON.parse(json) as StoredExtraction;
  if (stored.v !== 1)
    throw new Error(`document ${documentKey}: stored extraction of unknown version ${String(stored.v)}`);
  const keyOf = (index: number) => (stored.entities[index] as StoredExtraction["entities"][number])[0];
  const mentionCounts = new Map<number, number>();
  for (const [entity] of stored.mentions) mentionCounts.set(entity, (mentionCounts.get(entity) ?? 0) + 1);
  return {
    document: { key: documentKey },
    sentences: stored.sentences.map(([start, end], index) => ({ key: sentenceKey(documentKey, index), start, end })),
    entities: stored.entities.map(([key, type, name, aliases], i) => ({
      key,
      type,
      name,
      aliases,
      mentions: mentionCounts.get(i) ?? 0,
    })),
    mentions: stored.mentions.map(([entity, sentence, start, end, surface]) => ({
      entity: keyOf(entity),
      sentence: sentenceKey(documentKey, sentence),
      start,
      end,
      surface,
    })),
    relations: stored.relations.map(([type, source, target, rule, role, sentences]) => ({
      type,
      source: keyOf(source),
      target: keyOf(target),
      rule,
      role,
      sentences: sentences.map((index) => sentenceKey(documentKey, index)),
    })),
  };
}

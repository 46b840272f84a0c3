// Shapes one document's extraction into the rows the Cypher upserts take: keys, properties, evidence keys.

import type { DocumentMetadata } from "../read/document-metadata.js";
import type { Extraction, SourceDocument } from "../types.js";

export interface DocumentRows {
  document: {
    key: string;
    title: string;
    path: string;
    chars: number;
    sha256: string;
    extractor: string;
    date: string | null;
    source: string | null;
    sentences: number;
    /** The extraction before curation (ingest/curate/stored-extraction.ts) and the rules that changed it, by id. */
    extraction?: Int8Array;
    curation?: string[];
  };
  sentences: Array<{ key: string; index: number; start: number; end: number; text: string }>;
  entities: Array<{ key: string; type: string; name: string; aliases: string[]; mentions: number }>;
  mentions: Array<{ sentence: string; entity: string; start: number; end: number; surface: string }>;
  relations: Array<{
    type: string;
    source: string;
    target: string;
    rule: string;
    role: string | null;
    sentences: string[];
  }>;
}

/**
 * The key of a document: the first 16 hex digits of its sha256 (the full hash is kept in `sha256`). Short, because
 * every sentence key starts with it and relations list sentence keys as their evidence.
 */
export function documentKey(sha256: string): string {
  return sha256.slice(0, 16);
}

/** The key of a sentence: its document's key and its index. */
export function sentenceKey(documentKey: string, index: number): string {
  return `${documentKey}:${index}`;
}

/** Builds the write rows of a document from its extraction; `metadata` (flags, sidecar) wins over the text's. Pure. */
export function documentRows(
  source: SourceDocument,
  extraction: Extraction,
  extractor: string,
  metadata: DocumentMetadata = {},
): DocumentRows {
  const key = documentKey(source.sha256);
  return {
    document: {
      key,
      title: metadata.title ?? extraction.title,
      path: source.path,
      chars: source.text.length,
      sha256: source.sha256,
      extractor,
      date: metadata.date ?? extraction.date ?? null,
      source: metadata.source ?? null,
      sentences: extraction.sentences.length,
    },
    sentences: extraction.sentences.map((s) => ({
      key: sentenceKey(key, s.index),
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
    })),
    entities: extraction.entities.map((e) => ({
      key: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.length,
    })),
    mentions: extraction.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        sentence: sentenceKey(key, m.sentence),
        entity: e.id,
        start: m.start,
        end: m.end,
        surface: m.surface,
      })),
    ),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      rule: r.rule,
      role: r.role ?? null,
      sentences: [...new Set(r.evidence.map((e) => sentenceKey(key, e.sentence)))],
    })),
  };
}

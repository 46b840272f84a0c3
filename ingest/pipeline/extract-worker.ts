// Worker-thread task of `kg ingest`: read, extract and shape one document into write rows, off the main thread.

import os from "node:os";
import { isMainThread } from "node:worker_threads";
import { KgError } from "../../common/errors.js";
import { mergeMetadata, readSidecar, type DocumentMetadata } from "../read/document-metadata.js";
import { documentRows, type DocumentRows } from "../write/document-rows.js";
import { EXTRACTOR_VERSION, extractDocument } from "../extract/index.js";
import { readDocument } from "../read/read-document.js";
import { storeExtraction } from "../curate/stored-extraction.js";

export interface ExtractTask {
  path: string;
  /** Metadata given on the command line; it wins over the sidecar's and the text's. */
  metadata: DocumentMetadata;
  /** Larger documents are refused before they are read. */
  maxBytes?: number;
}

/**
 * Extraction threads yield the CPU to the writer: each document's write is a chain of steps between this process's
 * main thread and Neo4j, and it sets the pace, while extraction only has to stay a few documents ahead. On Linux a
 * nice value is a thread's own (elsewhere it would slow the whole process, so it is left alone there).
 */
const EXTRACTION_NICENESS = 10;
if (!isMainThread && process.platform === "linux") os.setPriority(EXTRACTION_NICENESS);

/** A KgError crosses the thread boundary as data, so its code and message reach the user intact. */
export type ExtractResult = { ok: true; rows: DocumentRows } | { ok: false; code: string; message: string };

/** Extracts one document; bad input becomes `{ ok: false }`, anything else is a bug and throws. */
export default async function extractForIngest({ path, metadata, maxBytes }: ExtractTask): Promise<ExtractResult> {
  try {
    const source = await readDocument(path, maxBytes === undefined ? {} : { maxBytes });
    const merged = mergeMetadata(metadata, await readSidecar(path));
    const rows = documentRows(source, extractDocument(source), EXTRACTOR_VERSION, merged);
    // The stored form curation reads back later, packed here rather than on the writing thread.
    rows.document.extraction = storeExtraction(rows);
    return { ok: true, rows };
  } catch (error) {
    if (error instanceof KgError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

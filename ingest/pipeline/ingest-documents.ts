// Ingests document files into Neo4j: extraction in worker threads overlaps with writing, one transaction per
// document, unchanged documents skipped by content hash and extractor version.

import { createHash } from "node:crypto";
import os from "node:os";
import { Piscina } from "piscina";
import { KgError } from "../../common/errors.js";
import type { Progress } from "../../common/progress.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { readObjects, type GraphDatabase, type GraphTarget } from "../../neo4j/graph-database.js";
import type { DocumentMetadata } from "../read/document-metadata.js";
import { readDocumentBytes } from "../read/read-document.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, MAX_DOCUMENT_SIZE_SETTING } from "../read/document-size-limit.js";
import { documentKey, type DocumentRows } from "../write/document-rows.js";
import extractForIngest, { type ExtractResult, type ExtractTask } from "./extract-worker.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import { knownRelations, type KnownRelations } from "../write/known-relations.js";
import { createEvidenceFolder, foldPending } from "../write/fold-evidence.js";
import { writeDocument } from "../write/write-document.js";
import { isTransactionMemoryError } from "../write/write-failure.js";
import { curationContext, type CurationContext } from "../curate/curation-context.js";

export interface IngestOptions {
  progress: Progress;
  /** Title, date or source given on the command line, for every file of this run. */
  metadata?: DocumentMetadata;
  /** Larger documents are refused before they are read (default DEFAULT_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  /** Extraction threads; 0 extracts on the main thread. Default: one per core. */
  workers?: number;
  /** Extract and report, write nothing (no database needed). */
  dryRun?: boolean;
  /** Evidence sentences written between two folds of pending evidence (default: FOLD_EVERY_EVIDENCE). */
  foldEvery?: number;
  /** Sees each document's rows once extracted (the ingest benchmark keeps them for its baseline). */
  onExtracted?: (rows: DocumentRows) => void;
}

export interface IngestSummary {
  files: number;
  /** Written for the first time. */
  ingested: number;
  /** Written again because the extractor changed since they were stored. */
  reextracted: number;
  unchanged: number;
  /** Refused or failed, each with a message that names it: nothing of them was written. */
  failed: Array<{ path: string; message: string }>;
  /** Without text (empty, only whitespace or markup): skipped, nothing written. */
  empty: Array<{ path: string; message: string }>;
  sentences: number;
  entities: number;
  mentions: number;
  relations: number;
  /** Relationships written: HAS_SENTENCE, MENTIONS and entity relations. */
  relationships: number;
  seconds: number;
  /** Time spent inside write transactions. */
  writeSeconds: number;
  /** The part of writeSeconds spent folding pending evidence into relations. */
  foldSeconds: number;
}

interface Pending {
  path: string;
  replace: boolean;
  /** The file's size, counted against MAX_BYTES_IN_FLIGHT. */
  bytes: number;
  result: Promise<ExtractResult>;
}

/** Bytes of documents extracted or being extracted ahead of the writer: a few dozen long reports. */
const MAX_BYTES_IN_FLIGHT = 4 * 1024 * 1024;

/** Ingests the files in the order given; a bad file is reported and skipped, the others go on. */
export async function ingestDocuments(
  db: GraphDatabase | undefined,
  files: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    files: files.length,
    ingested: 0,
    reextracted: 0,
    unchanged: 0,
    failed: [],
    empty: [],
    sentences: 0,
    entities: 0,
    mentions: 0,
    relations: 0,
    relationships: 0,
    seconds: 0,
    writeSeconds: 0,
    foldSeconds: 0,
  };
  const writing = db && !options.dryRun ? db : undefined;
  // A run killed after writing documents may have left their evidence and entities pending: fold them first.
  if (writing) await foldPending(writing);
  const known = writing && knownRelations(writing);
  const curation = curationContext();
  const stored = writing ? await storedExtractors(writing) : new Map<string, string | null>();
  const workers = options.workers ?? Math.min(os.availableParallelism(), files.length);
  const pool = workers > 0 ? createExtractPool(workers) : undefined;
  const extract = (task: ExtractTask): Promise<ExtractResult> =>
    pool ? (pool.run(task) as Promise<ExtractResult>) : extractForIngest(task);
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const seen = new Set<string>();
  const queue: Pending[] = [];
  // How far extraction may run ahead of writing: far enough to keep both cores busy through a fold, when only Neo4j
  // works (extraction threads run at a lower priority, see extract-worker.ts), and bounded by size, since a
  // document's rows take far more memory than its text.
  const maxInFlight = Math.max(2, workers * 24);
  let bytesInFlight = 0;
  let done = 0;
  const folder = writing && createEvidenceFolder(writing, options.foldEvery);
  const fold = async (): Promise<void> => {
    if (!folder || folder.documents === 0) return;
    const foldStarted = performance.now();
    options.progress.update(
      `${describeProgress(summary, done, foldStarted - started)} · adding ${folder.unfolded.toLocaleString("en")} evidence sentences to relations, new entities to search`,
    );
    await folder.fold();
    const seconds = (performance.now() - foldStarted) / 1000;
    summary.writeSeconds += seconds;
    summary.foldSeconds += seconds;
  };

  const report = (): void => options.progress.update(describeProgress(summary, done, performance.now() - started));
  const finishNext = async (): Promise<void> => {
    const next = queue.shift() as Pending;
    const result = await next.result;
    bytesInFlight -= next.bytes;
    if (!result.ok) {
      summary[result.code === "empty" ? "empty" : "failed"].push({ path: next.path, message: result.message });
    } else {
      const { rows } = result;
      options.onExtracted?.(rows);
      if (writing && known) {
        const writeStarted = performance.now();
        const refused = await write(writing, { known, curation }, next, result);
        summary.writeSeconds += (performance.now() - writeStarted) / 1000;
        if (refused) {
          summary.failed.push({ path: next.path, message: refused });
          done += 1;
          report();
          return;
        }
        if (folder?.written(rows)) await fold();
      }
      summary[next.replace ? "reextracted" : "ingested"] += 1;
      summary.sentences += rows.sentences.length;
      summary.entities += rows.entities.length;
      summary.mentions += rows.mentions.length;
      summary.relations += rows.relations.length;
      summary.relationships += rows.sentences.length + rows.mentions.length + rows.relations.length;
    }
    done += 1;
    report();
  };

  try {
    for (const path of files) {
      let key: string;
      let bytes: number;
      try {
        // The same checks as the extraction's read: a FIFO, a device or an oversized file is never read whole here.
        const content = await readDocumentBytes(path, maxBytes);
        key = documentKey(createHash("sha256").update(content).digest("hex"));
        bytes = content.length;
      } catch (error) {
        if (!(error instanceof KgError)) throw error;
        summary.failed.push({ path, message: error.message });
        done += 1;
        report();
        continue;
      }
      if (stored.get(key) === EXTRACTOR_VERSION || seen.has(key)) {
        summary.unchanged += 1;
        done += 1;
        report();
        continue;
      }
      seen.add(key);
      const metadata = options.metadata ?? {};
      queue.push({ path, replace: stored.has(key), bytes, result: extract({ path, metadata, maxBytes }) });
      bytesInFlight += bytes;
      // Keep extraction ahead of writing, but not so far ahead that memory grows with the corpus.
      if (queue.length >= maxInFlight || bytesInFlight >= MAX_BYTES_IN_FLIGHT) await finishNext();
    }
    while (queue.length > 0) await finishNext();
    await fold();
  } finally {
    // Settle what is still in flight after a failure, so no rejection goes unhandled, then stop the threads.
    await Promise.allSettled(queue.map((pending) => pending.result));
    await pool?.destroy();
  }
  summary.seconds = (performance.now() - started) / 1000;
  options.progress.done(describeSummary(summary, options.dryRun ?? false));
  return summary;
}

/**
 * Writes one extracted document. A transaction that needs more memory than Neo4j gives one is rolled back whole and
 * belongs to this document alone: its message is returned, and the run goes on. Any other failure (Neo4j gone, a
 * bug) stops the run.
 */
async function write(
  db: GraphDatabase,
  { known, curation }: { known: KnownRelations; curation: CurationContext },
  pending: Pending,
  result: Extract<ExtractResult, { ok: true }>,
): Promise<string | undefined> {
  try {
    await writeDocument(db, result.rows, { replace: pending.replace, known, curation });
    return undefined;
  } catch (error) {
    if (isTransactionMemoryError(error)) {
      return (
        `ingest: ${pending.path} needs more memory than Neo4j gives a transaction, and nothing of it was written ` +
        `(${(error as Error).message}). Split it into smaller documents, or give Neo4j more memory ` +
        `(server.memory.heap.max_size, dbms.memory.transaction.total.max); lower ${MAX_DOCUMENT_SIZE_SETTING} to ` +
        `refuse such files before reading them. The other files go on.`
      );
    }
    throw new KgError(
      "write",
      `ingest: writing ${pending.path} failed, and the graph is as it was before this document: ${(error as Error).message}. ` +
        "Documents written before it are stored; run the same command again to go on.",
      { cause: error },
    );
  }
}

/** The extractor version of every stored document, by document key. */
export async function storedExtractors(db: GraphTarget): Promise<Map<string, string | null>> {
  const rows = await readObjects<{ key: string; extractor: string | null }>(db, cypher("list-documents"));
  return new Map(rows.map((row) => [row.key, row.extractor]));
}

function createExtractPool(threads: number): Piscina {
  return new Piscina({
    filename: new URL("./extract-worker.ts", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Worker threads load TypeScript through tsx, whether the parent runs under tsx or vitest.
    execArgv: ["--import", "tsx"],
  });
}

function describeProgress(s: IngestSummary, done: number, elapsedMs: number): string {
  const rate = done / Math.max(elapsedMs / 1000, 0.001);
  const eta = rate > 0 ? Math.round((s.files - done) / rate) : 0;
  return (
    `${done}/${s.files} documents · ${s.sentences.toLocaleString("en")} sentences · ${s.entities.toLocaleString("en")} entities · ` +
    `${s.relations.toLocaleString("en")} relations · ${rate.toFixed(1)} docs/s · ETA ${eta} s`
  );
}

/** One line for people: what was ingested, re-extracted, skipped and refused. */
export function describeSummary(s: IngestSummary, dryRun = false): string {
  const verb = dryRun ? "extracted (dry run, nothing written)" : "ingested";
  const again = s.reextracted ? `, ${s.reextracted} re-extracted` : "";
  const failed = s.failed.length ? `, ${s.failed.length} failed` : "";
  const empty = s.empty.length ? `, ${s.empty.length} empty (skipped)` : "";
  return (
    `${s.ingested} ${verb}${again}, ${s.unchanged} unchanged${failed}${empty} in ${s.seconds.toFixed(1)} s ` +
    `(${s.sentences} sentences, ${s.entities} entities, ${s.mentions} mentions, ${s.relations} relations)`
  );
}

// `kg ingest <file|dir|glob>... [--dry-run] [--date D] [--title T] [--source S] [--workers N] [--max-document-size S]`.

import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import { validateDate, type DocumentMetadata } from "../read/document-metadata.js";
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  describeSize,
  MAX_DOCUMENT_SIZE_ENV,
  resolveMaxDocumentBytes,
} from "../read/document-size-limit.js";
import { locateDocuments } from "../read/find-documents.js";
import { ingestDocuments, type IngestSummary } from "../pipeline/ingest-documents.js";

export const INGEST_USAGE =
  "kg ingest <file|dir|glob>... [--dry-run] [--date YYYY-MM-DD] [--title T] [--source S] [--workers N]\n" +
  "          [--max-document-size SIZE]\n" +
  "      extract documents and store them in Neo4j; unchanged documents are skipped.\n" +
  `      --max-document-size: larger documents are refused before they are read (default ${describeSize(DEFAULT_MAX_DOCUMENT_BYTES)},\n` +
  `        or ${MAX_DOCUMENT_SIZE_ENV}), e.g. 16MB; each document is written in one transaction.\n` +
  "      A path that names no document, and a document refused (not a regular file, too large, undecodable, a bad\n" +
  "        sidecar), empty or failed is named on stderr with what to do; the others are ingested.\n" +
  "      exit status: 0 every document is stored or unchanged; 1 something named was not ingested (see stderr),\n" +
  "        or the command could not run";

/** Runs `kg ingest`; the exit code is 1 when any path named no document or any document was not ingested. */
export async function runIngest(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      date: { type: "string" },
      title: { type: "string" },
      source: { type: "string" },
      workers: { type: "string" },
      "max-document-size": { type: "string" },
    },
  });
  if (positionals.length === 0)
    throw new KgError(
      "usage",
      "kg ingest: name at least one file, directory or glob, e.g. npm run kg -- ingest samples/",
    );
  const metadata: DocumentMetadata = {};
  if (values.date !== undefined) metadata.date = validateDate(values.date, "kg ingest --date");
  if (values.title !== undefined) metadata.title = values.title;
  if (values.source !== undefined) metadata.source = values.source;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    throw new KgError(
      "usage",
      `kg ingest --workers ${values.workers}: give a whole number from 0 (main thread) to 64.`,
    );
  }

  const maxDocumentBytes = resolveMaxDocumentBytes(values["max-document-size"]);

  const { files, unmatched } = await locateDocuments(positionals);
  // Told at once, so that a mistyped name can be fixed while the rest is ingested.
  for (const problem of unmatched) console.error(`kg-explorer: ${problem.message}`);
  if (files.length === 0) {
    console.error(`kg-explorer: kg ingest: no documents (.txt .md .html .htm) found in ${positionals.join(" ")}.`);
    return 1;
  }
  const progress = createProgress(process.stderr, "ingest");
  const options = { progress, metadata, maxDocumentBytes, ...(workers === undefined ? {} : { workers }) };
  const summary: IngestSummary = values["dry-run"]
    ? await ingestDocuments(undefined, files, { ...options, dryRun: true })
    : await withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), (db) =>
        ingestDocuments(db, files, options),
      );
  for (const { message } of [...summary.failed, ...summary.empty]) console.error(`kg-explorer: ${message}`);
  const missed = describeMissed(unmatched.length, summary);
  if (missed) console.error(`kg-explorer: kg ingest: not everything named was ingested: ${missed} (each named above).`);
  return missed ? 1 : 0;
}

/** What a run left out, in words, or "" when it left out nothing. */
function describeMissed(unmatched: number, summary: IngestSummary): string {
  const parts = [
    unmatched ? `${unmatched} ${unmatched === 1 ? "path names" : "paths name"} no document` : "",
    summary.failed.length ? `${summary.failed.length} ${plural(summary.failed.length, "document")} failed` : "",
    summary.empty.length ? `${summary.empty.length} empty ${plural(summary.empty.length, "document")} skipped` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

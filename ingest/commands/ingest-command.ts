// `kg ingest <file|dir|glob>... [--dry-run] [--date D] [--title T] [--source S] [--workers N]`.

import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import { validateDate, type DocumentMetadata } from "../read/document-metadata.js";
import { findDocuments } from "../read/find-documents.js";
import { ingestDocuments, type IngestSummary } from "../pipeline/ingest-documents.js";

export const INGEST_USAGE =
  "kg ingest <file|dir|glob>... [--dry-run] [--date YYYY-MM-DD] [--title T] [--source S] [--workers N]\n" +
  "      extract documents and store them in Neo4j; unchanged documents are skipped";

/** Runs `kg ingest`; the exit code is 1 when any file failed. */
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

  const files = await findDocuments(positionals);
  if (files.length === 0)
    throw new KgError("usage", `kg ingest: no documents (.txt .md .html) found in ${positionals.join(" ")}.`);
  const progress = createProgress(process.stderr, "ingest");
  const options = { progress, metadata, ...(workers === undefined ? {} : { workers }) };
  const summary: IngestSummary = values["dry-run"]
    ? await ingestDocuments(undefined, files, { ...options, dryRun: true })
    : await withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), (db) =>
        ingestDocuments(db, files, options),
      );
  for (const failure of summary.failed) console.error(failure.message);
  return summary.failed.length > 0 ? 1 : 0;
}

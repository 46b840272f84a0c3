// Ingests document files into Neo4j: read, extract, write one transaction per document, skip what is unchanged.

import neo4j from "neo4j-driver";
import { KgError } from "../common/errors.js";
import type { Progress } from "../common/progress.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import { documentRows } from "./document-rows.js";
import { EXTRACTOR_VERSION, extractDocument } from "./extract/index.js";
import { readDocument } from "./read-document.js";
import { writeDocument } from "./write-document.js";

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: Array<{ path: string; message: string }>;
  sentences: number;
  entities: number;
  relations: number;
  seconds: number;
}

/** Ingests the files in order; a bad file is reported and skipped, the others go on. */
export async function ingestDocuments(db: GraphDatabase, files: readonly string[], progress: Progress): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: [], sentences: 0, entities: 0, relations: 0, seconds: 0 };
  for (const [i, file] of files.entries()) {
    progress.update(`${i + 1}/${files.length} ${file}`);
    try {
      const source = await readDocument(file);
      const stored = await db.driver.executeQuery(cypher("document-extractor"), { key: source.sha256 }, { database: db.database, routing: neo4j.routing.READ });
      if (stored.records[0]?.get("extractor") === EXTRACTOR_VERSION) {
        summary.unchanged += 1;
        continue;
      }
      const rows = documentRows(source, extractDocument(source), EXTRACTOR_VERSION);
      await writeDocument(db, rows);
      summary.ingested += 1;
      summary.sentences += rows.sentences.length;
      summary.entities += rows.entities.length;
      summary.relations += rows.relations.length;
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      summary.failed.push({ path: file, message: error.message });
    }
  }
  summary.seconds = (Date.now() - started) / 1000;
  progress.done(describeSummary(summary));
  return summary;
}

/** One line for people: what was ingested, skipped and refused. */
export function describeSummary(s: IngestSummary): string {
  const failed = s.failed.length ? `, ${s.failed.length} failed` : "";
  return `${s.ingested} ingested (${s.sentences} sentences, ${s.entities} entities, ${s.relations} relations), ${s.unchanged} unchanged${failed} in ${s.seconds.toFixed(1)} s`;
}

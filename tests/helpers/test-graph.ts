// Access to the test run's Neo4j from a test file: a driver, the sample report loaded, and whole-graph helpers.

import path from "node:path";
import neo4j from "neo4j-driver";
import { inject } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { applySchema } from "../../neo4j/apply-schema.js";
import { emptyGraph } from "../../neo4j/graph-maintenance.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";

export { emptyGraph, graphFingerprint, graphSize as graphCounts } from "../../neo4j/graph-maintenance.js";

/** A GraphDatabase on the shared test Neo4j; close it in afterAll. */
export function openTestGraph(): GraphDatabase {
  const { uri, user, password, database } = inject("neo4j");
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  return { driver, database, description: uri, close: () => driver.close() };
}

/** The user's sample report, the real fixture of every end-to-end check. */
export const SAMPLE_REPORT = path.join(import.meta.dirname, "..", "..", "samples", "liaoyuan-cppcc-2021.txt");

/** Applies the schema and leaves the graph holding exactly the sample report. */
export async function loadSampleReport(db: GraphDatabase): Promise<void> {
  await applySchema(db);
  await emptyGraph(db);
  await ingestDocuments(db, [SAMPLE_REPORT], { progress: SILENT_PROGRESS });
}

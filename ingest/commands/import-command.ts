// `kg import <file.json|file.jsonl>...`: loads extractions in the `kg extract` contract made by other tools.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { readObjects, type GraphTarget } from "../../neo4j/graph-database.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import type { DocumentRows } from "../write/document-rows.js";
import { parseExtraction } from "../pipeline/import-contract.js";
import { importedDocumentRows } from "../pipeline/import-extraction.js";
import {
  assertEntityTypesAgree,
  recordImportedEntities,
  type ImportedEntity,
  type StoredEntity,
} from "../pipeline/import-identities.js";
import { storedExtractors } from "../pipeline/ingest-documents.js";
import { curationContext } from "../curate/curation-context.js";
import { knownRelations } from "../write/known-relations.js";
import { createEvidenceFolder, foldPending } from "../write/fold-evidence.js";
import { writeDocument } from "../write/write-document.js";

export const IMPORT_USAGE =
  "kg import <file.json|file.jsonl>...\n      load entities and relations in the `kg extract --json` contract, made by any tool, with their evidence";

/** An import read and checked whole: its rows, the mentions no evidence holds, and its entities by id. */
export interface ImportBatch {
  rows: DocumentRows[];
  unlinkedMentions: number;
  entities: Map<string, ImportedEntity>;
}

/** Reads every file completely and checks it before anything is written, so bad input changes nothing. */
export async function readImportFiles(files: readonly string[]): Promise<ImportBatch> {
  const rows: DocumentRows[] = [];
  const entities = new Map<string, ImportedEntity>();
  let unlinkedMentions = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new KgError("not-found", `kg import: cannot read ${file}: ${(error as Error).message}`);
    }
    for (const { value, where } of jsonObjects(text, file)) {
      const data = parseExtraction(value, where);
      recordImportedEntities(entities, data, where);
      const imported = importedDocumentRows(data, file);
      for (const row of imported.rows) rows.push(row);
      unlinkedMentions += imported.unlinkedMentions;
    }
  }
  return { rows, unlinkedMentions, entities };
}

/** Refuses an import whose entities the graph holds under the same ids with other types, before anything is written. */
export async function assertImportFitsGraph(db: GraphTarget, batch: ImportBatch): Promise<void> {
  const stored = await readObjects<StoredEntity>(db, cypher("entities-by-key"), { keys: [...batch.entities.keys()] });
  assertEntityTypesAgree(batch.entities.values(), new Map(stored.map((entity) => [entity.key, entity])));
}

/** A whole-file JSON object (what `kg extract --json` prints), or one object per line (JSON Lines). */
function jsonObjects(text: string, file: string): Array<{ value: unknown; where: string }> {
  try {
    return [{ value: JSON.parse(text) as unknown, where: file }];
  } catch {
    return text.split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [{ value: JSON.parse(line) as unknown, where: `${file} line ${i + 1}` }];
      } catch (error) {
        throw new KgError(
          "bad-import",
          `import: ${file} line ${i + 1} is not JSON (${(error as Error).message}); each line must be one extraction object.`,
        );
      }
    });
  }
}

/** Runs `kg import`. */
export async function runImport(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0)
    throw new KgError(
      "usage",
      "kg import: name at least one .json or .jsonl file in the `kg extract --json` contract.",
    );
  const batch = await readImportFiles(positionals);
  const { rows, unlinkedMentions } = batch;
  await withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), async (db) => {
    await assertImportFitsGraph(db, batch);
    await foldPending(db);
    const stored = await storedExtractors(db);
    const progress = createProgress(process.stderr, "import");
    let written = 0;
    const folder = createEvidenceFolder(db);
    const known = knownRelations(db);
    const curation = curationContext();
    for (const [i, documentRows] of rows.entries()) {
      const { key, extractor } = documentRows.document;
      progress.update(`${i + 1}/${rows.length} documents`);
      if (stored.get(key) === extractor) continue;
      await writeDocument(db, documentRows, { replace: stored.has(key), known, curation });
      written += 1;
      if (folder.written(documentRows)) await folder.fold();
    }
    await folder.fold();
    const relations = rows.reduce((sum, r) => sum + r.relations.length, 0);
    progress.done(
      `${written} documents imported, ${rows.length - written} unchanged (${relations} relations)` +
        (unlinkedMentions ? `; ${unlinkedMentions} mentions outside every evidence sentence were not linked` : ""),
    );
  });
  return 0;
}

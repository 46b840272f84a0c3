// `kg import <file.json|file.jsonl>...`: loads extractions in the `kg extract` contract made by other tools.

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import type { DocumentRows } from "../write/document-rows.js";
import { parseExtraction } from "../pipeline/import-contract.js";
import { importedDocumentRows } from "../pipeline/import-extraction.js";
import { storedExtractors } from "../pipeline/ingest-documents.js";
import { curationContext } from "../curate/curation-context.js";
import { knownRelations } from "../write/known-relations.js";
import { createEvidenceFolder, foldPending } from "../write/fold-evidence.js";
import { writeDocument } from "../write/write-document.js";

export const IMPORT_USAGE =
  "kg import <file.json|file.jsonl>...\n      load entities and relations in the `kg extract --json` contract, made by any tool, with their evidence";

/** Reads every file completely and checks it before anything is written, so bad input changes nothing. */
export async function readImportFiles(
  files: readonly string[],
): Promise<{ rows: DocumentRows[]; unlinkedMentions: number }> {
  const rows: DocumentRows[] = [];
  let unlinkedMentions = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new KgError("not-found", `kg import: cannot read ${file}: ${(error as Error).message}`);
    }
    for (const { value, where } of jsonObjects(text, file)) {
      const imported = importedDocumentRows(parseExtraction(value, where), file);
      rows.push(...imported.rows);
      unlinkedMentions += imported.unlinkedMentions;
    }
  }
  return { rows, unlinkedMentions };
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
  const { rows, unlinkedMentions } = await readImportFiles(positionals);
  await withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), async (db) => {
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

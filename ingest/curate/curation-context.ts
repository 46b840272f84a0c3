// The rules a writer applies to each document it stores, re-read whenever curation changed them since.

import type { ManagedTransaction } from "neo4j-driver";
import type { DocumentRows } from "../write/document-rows.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { compileRules, type CompiledRules } from "./compiled-rules.js";
import { curateRows } from "./curate-rows.js";
import { readRulesIn } from "./rule-changes.js";
import { storeExtraction } from "./stored-extraction.js";

/** The compiled rules of one writing run and the version of the rules they were compiled from. */
export interface CurationContext {
  version: number;
  rules: CompiledRules;
}

/** A context that reads the rules at its first use. */
export const curationContext = (): CurationContext => ({ version: -1, rules: compileRules([]) });

/**
 * A document's rows as the graph gets them: curated by the stored rules, with the extraction before curation (stored
 * by the extraction thread, or here) and the rules that changed it on the Document. Runs in the document's write transaction and takes the curation lock, so a
 * rule made meanwhile either sees this document or is seen by it (rules are re-read when their version moved).
 */
export async function curateForWrite(
  tx: ManagedTransaction,
  raw: DocumentRows,
  context: CurationContext,
): Promise<DocumentRows> {
  const lock = await tx.run(cypher("lock-curation"));
  const version = Number(lock.records[0]?.get("version") ?? 0);
  if (version !== context.version) {
    context.rules = compileRules(await readRulesIn(tx));
    context.version = version;
  }
  const { rows, fired } = curateRows(raw, context.rules);
  const extraction = raw.document.extraction ?? storeExtraction(raw);
  return { ...rows, document: { ...rows.document, extraction, curation: fired } };
}

// Changes the rule list and the graph together: in one transaction, under the curation lock, the documents a rule
// changes are moved from their rows under the old rules to their rows under the new ones.

import type { ManagedTransaction } from "neo4j-driver";
import type { CurationTouched } from "../../common/api.js";
import type { CurationRule } from "../../common/curation.js";
import { relationKey } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { foldPendingIn } from "../write/fold-evidence.js";
import { compileRules } from "./compiled-rules.js";
import { curateRows } from "./curate-rows.js";
import { addDocumentDelta, emptyDelta, settleDelta } from "./graph-delta.js";
import { readStoredExtraction } from "./stored-extraction.js";

/** The rule list as a transaction holding the curation lock sees it, and the next rule position. */
export interface LockedRules {
  rules: CurationRule[];
  next: number;
}

/** Takes the curation lock (until the transaction ends) and reads the rules in their order. */
export async function lockRules(tx: ManagedTransaction): Promise<LockedRules> {
  const lock = await tx.run(cypher("lock-curation"));
  const next = Number(lock.records[0]?.get("next") ?? 0);
  return { rules: await readRulesIn(tx), next };
}

/** The stored rules in the order they were made. */
export async function readRulesIn(tx: ManagedTransaction): Promise<CurationRule[]> {
  const { records } = await tx.run(cypher("read-rules"));
  return records.map((record) => JSON.parse(record.get("json") as string) as CurationRule);
}

/** What moving documents changed: how many documents' rows, and the keys of the entities and relations touched. */
export interface Moved {
  documents: number;
  touched: CurationTouched;
}

/**
 * Moves the graph from `before` to `after` (two rule lists) for the documents given: each document's stored extraction
 * is curated both ways and only the difference is written.
 */
export async function moveDocuments(
  tx: ManagedTransaction,
  documents: readonly string[],
  before: readonly CurationRule[],
  after: readonly CurationRule[],
): Promise<Moved> {
  if (documents.length === 0) return { documents: 0, touched: { entities: [], relations: [] } };
  await foldPendingIn(tx);
  const { records } = await tx.run(cypher("stored-extractions"), { keys: documents });
  const old = compileRules(before);
  const now = compileRules(after);
  const delta = emptyDelta();
  const firedRows: Array<{ key: string; fired: string[] }> = [];
  let changed = 0;
  for (const record of records) {
    const key = record.get("key") as string;
    const stored = record.get("extraction") as Int8Array | string | null;
    if (stored === null)
      throw new KgError(
        "curation-needs-reingest",
        `curation: document ${key} was stored by a version that did not keep its extraction; run \`npm run kg -- ingest\` ` +
          "on the corpus again (such documents are extracted again; for imported ones, `kg import` again), then repeat this change.",
      );
    const raw = readStoredExtraction(key, stored);
    const was = curateRows(raw, old);
    const is = curateRows(raw, now);
    if (addDocumentDelta(delta, was.rows, is.rows)) changed += 1;
    const previous = record.get("curation") as string[];
    if (previous.join(" ") !== is.fired.join(" ")) firedRows.push({ key, fired: is.fired });
  }
  const settled = settleDelta(delta);
  await tx.run(cypher("apply-entity-changes"), { entities: settled.entities });
  await tx.run(cypher("apply-mention-changes"), { removed: settled.removedMentions, added: settled.addedMentions });
  await tx.run(cypher("apply-relation-changes"), { relations: settled.relations });
  await tx.run(cypher("settle-entities"), { entities: settled.entities });
  await tx.run(cypher("set-document-curation"), { documents: firedRows });
  await tx.run(cypher("index-pending-entities"));
  return {
    documents: changed,
    touched: {
      entities: settled.entities.map((e) => e.key),
      relations: settled.relations.map((r) => relationKey(r.source, r.type, r.target)),
    },
  };
}

/** Stores a new rule at the end of the order and notes that the rules changed. */
export async function storeRule(tx: ManagedTransaction, rule: CurationRule, position: number): Promise<void> {
  await tx.run(cypher("create-rule"), {
    id: rule.id,
    position,
    kind: rule.kind,
    created: rule.created,
    json: JSON.stringify(rule),
  });
  await tx.run(cypher("bump-curation"), { next: position + 1 });
}

/** Deletes a rule and notes that the rules changed. */
export async function deleteRule(tx: ManagedTransaction, id: string, next: number): Promise<void> {
  await tx.run(cypher("delete-rule"), { id });
  await tx.run(cypher("bump-curation"), { next });
}

/** The documents a rule changes today (as recorded when they were last curated). */
export async function documentsWithRule(tx: ManagedTransaction, id: string): Promise<string[]> {
  const { records } = await tx.run(cypher("documents-with-rule"), { id });
  return records.map((record) => record.get("document") as string);
}

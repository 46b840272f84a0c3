// Curation as the command line and the API use it: make a rule, undo one, list, export and import them. Each change
// is one transaction that stores the rule and brings the graph in line with it.

import { randomBytes } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type {
  CurationFile,
  CurationOperation,
  CurationRule,
  CurationRuleStatus,
  EntityName,
} from "../../common/curation.js";
import { entityKey } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { readObjects, writeTransaction, type GraphTarget } from "../../neo4j/graph-database.js";
import { checkOperation } from "./check-operation.js";
import { compileRules } from "./compiled-rules.js";
import { deleteRule, documentsWithRule, lockRules, moveDocuments, storeRule, type Moved } from "./rule-changes.js";

/** Who makes a change, and why. */
export interface Maker {
  by: string;
  note?: string;
}

/** A change made: the rule, the documents whose rows it changed, and the entities and relations it touched. */
export interface CurationChange extends Moved {
  rule: CurationRule;
}

/** Checks an operation, stores it as a rule after every other and applies it to the graph, all or nothing. */
export function makeRule(db: GraphTarget, operation: CurationOperation, maker: Maker): Promise<CurationChange> {
  return writeTransaction(db, async (tx) => {
    const { rules, next } = await lockRules(tx);
    const checked = await checkOperation(tx, operation, rules);
    const rule: CurationRule = {
      ...checked,
      id: randomBytes(6).toString("hex"),
      created: new Date().toISOString(),
      by: maker.by,
      ...(maker.note ? { note: maker.note } : {}),
    };
    const after = [...rules, rule];
    const moved = await moveDocuments(tx, await documentsFor(tx, rule, after), rules, after);
    await storeRule(tx, rule, next);
    return { rule, ...moved };
  });
}

/** Removes a rule and brings every document it changed back to what the other rules make of it. */
export function undoRule(db: GraphTarget, id: string): Promise<CurationChange> {
  return writeTransaction(db, async (tx) => {
    const { rules, next } = await lockRules(tx);
    const rule = rules.find((r) => r.id === id);
    if (!rule)
      throw new KgError("curation-no-rule", `curation: no rule ${id}; \`npm run kg -- curate list\` shows the rules.`);
    const rest = rules.filter((r) => r.id !== id);
    const moved = await moveDocuments(tx, await documentsWithRule(tx, id), rules, rest);
    await deleteRule(tx, id, next);
    return { rule, ...moved };
  });
}

/** Every rule in order, with the documents it changes today (0: it matches nothing now, e.g. its entity is gone). */
export function listRules(db: GraphTarget): Promise<CurationRuleStatus[]> {
  return readObjects<{ json: string; documents: unknown }>(db, cypher("list-rules")).then((rows) =>
    rows.map((row) => ({ ...(JSON.parse(row.json) as CurationRule), documents: Number(row.documents) })),
  );
}

/** The rules in the order they were made. */
export async function readRules(db: GraphTarget): Promise<CurationRule[]> {
  const rows = await readObjects<{ json: string }>(db, cypher("read-rules"));
  return rows.map((row) => JSON.parse(row.json) as CurationRule);
}

/** The rules as one file for version control. */
export async function exportRules(db: GraphTarget): Promise<CurationFile> {
  return { kgCuration: 1, rules: await readRules(db) };
}

/**
 * Adds a file's rules after the stored ones (a rule whose id is stored already is skipped) and applies them. They are
 * not checked against the graph: a rule file may come before the documents it is about, and applies as they arrive.
 */
export function importRules(
  db: GraphTarget,
  file: CurationFile,
): Promise<{ added: number; skipped: number; documents: number }> {
  return writeTransaction(db, async (tx) => {
    const { rules, next } = await lockRules(tx);
    const stored = new Set(rules.map((r) => r.id));
    const ids = file.rules.map((r) => r.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined)
      throw new KgError("curation-file", `curation: the rule file lists rule ${twice} twice; keep one of them.`);
    const added = file.rules.filter((r) => !stored.has(r.id));
    const after = [...rules, ...added];
    const documents = new Set<string>();
    for (const rule of added) for (const key of await documentsFor(tx, rule, after)) documents.add(key);
    const moved = await moveDocuments(tx, [...documents], rules, after);
    for (const [i, rule] of added.entries()) await storeRule(tx, rule, next + i);
    return { added: added.length, skipped: file.rules.length - added.length, documents: moved.documents };
  });
}

/**
 * The stored documents a new rule may change: those that mention its entities, or hold its relation's evidence. When
 * a relation rule names an entity the rule moves, that rule follows it to its new key and may now apply to the
 * relations the target entity already had, so the documents that mention the target are looked at too.
 */
async function documentsFor(
  tx: ManagedTransaction,
  rule: CurationRule,
  rules: readonly CurationRule[],
): Promise<string[]> {
  const read = async (name: string, params: Record<string, unknown>) =>
    (await tx.run(cypher(name), params)).records.map((r) => r.get("document") as string);
  const moving = (keys: string[], into: EntityName) =>
    read("documents-mentioning", {
      keys: compileRules(rules).relationRuleAbout(keys) ? [...keys, entityKey(into.type, into.name)] : keys,
    });
  switch (rule.kind) {
    case "merge":
      return moving(rule.entities, rule.into);
    case "rename":
    case "retype":
    case "split":
      return moving([rule.entity], rule.into);
    case "exclude":
      return read("documents-mentioning", { keys: [rule.entity] });
    case "distinct":
      return [];
    case "reject":
    case "retype-relation":
      return read("documents-of-relation", { ...rule.relation });
    case "relate":
      return [rule.evidence.document];
  }
}

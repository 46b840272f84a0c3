// Checks a curation operation against the graph before it becomes a rule: the entities, relation and document it
// names exist, and it does not undo a decision already recorded (a merge of two entities marked distinct).

import type { ManagedTransaction } from "neo4j-driver";
import type { CurationOperation, CurationRule, EntityName } from "../../common/curation.js";
import { entityKey, relationKey, type EntityType } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { compileRules } from "./compiled-rules.js";

interface StoredEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

const refuse = (message: string): never => {
  throw new KgError("curation-invalid", `curation: ${message}`);
};

/** The operation as it will be stored (defaults filled in), or a KgError saying what is wrong and what to do. */
export async function checkOperation(
  tx: ManagedTransaction,
  operation: CurationOperation,
  rules: readonly CurationRule[],
): Promise<CurationOperation> {
  const entities = await readEntities(tx, entityKeysOf(operation));
  const entity = (key: string): StoredEntity =>
    entities.get(key) ??
    refuse(
      `no entity ${key} in the graph; find its key (Type:name) with the explorer's search or GET /api/search?q=….`,
    );
  const checkName = (into: EntityName): EntityName => {
    const name = into.name.normalize("NFC").trim();
    if (name.length === 0 || name.length > 200 || /[\p{Cc}\p{Cf}]/u.test(name))
      refuse(
        `the name 「${into.name}」 is empty, too long or holds control characters; give the name as it should read.`,
      );
    return { type: into.type, name };
  };
  switch (operation.kind) {
    case "merge": {
      const keys = [...new Set(operation.entities)];
      keys.forEach(entity);
      const into = checkName(operation.into);
      if (keys.length === 1 && keys[0] === entityKey(into.type, into.name))
        refuse("a merge needs at least two entities, or a new name or type for one.");
      checkNotDistinct(
        keys.concat(entities.has(entityKey(into.type, into.name)) ? [entityKey(into.type, into.name)] : []),
        rules,
      );
      return { kind: "merge", entities: keys, into };
    }
    case "rename":
    case "retype": {
      const current = entity(operation.entity);
      const into = checkName(
        operation.kind === "rename"
          ? { type: current.type, name: operation.into.name }
          : { type: operation.into.type, name: current.name },
      );
      if (entityKey(into.type, into.name) === current.key)
        refuse(`${current.key} already has that ${operation.kind === "rename" ? "name" : "type"}.`);
      const joins = entityKey(into.type, into.name);
      if (entities.has(joins) || (await readEntities(tx, [joins])).has(joins))
        checkNotDistinct([current.key, joins], rules);
      return { kind: operation.kind, entity: current.key, into };
    }
    case "split": {
      const current = entity(operation.entity);
      if (!current.aliases.includes(operation.surface))
        refuse(
          `${current.key} is never written 「${operation.surface}」; its forms are ${current.aliases.join("、")}.`,
        );
      const into = checkName(operation.into);
      if (entityKey(into.type, into.name) === current.key)
        refuse("a split needs a name or type other than the entity's own.");
      return { kind: "split", entity: current.key, surface: operation.surface, into };
    }
    case "exclude": {
      const current = entity(operation.entity);
      if (operation.surface !== undefined && !current.aliases.includes(operation.surface))
        refuse(
          `${current.key} is never written 「${operation.surface}」; its forms are ${current.aliases.join("、")}.`,
        );
      return operation.surface === undefined
        ? { kind: "exclude", entity: current.key }
        : { kind: "exclude", entity: current.key, surface: operation.surface };
    }
    case "distinct": {
      const [a, b] = operation.entities;
      entity(a);
      entity(b);
      if (a === b) refuse("an entity cannot be distinct from itself.");
      return operation;
    }
    case "reject":
    case "retype-relation": {
      const { source, type, target } = operation.relation;
      const { records } = await tx.run(cypher("relation-exists"), { source, type, target });
      if (records[0]?.get("found") !== true)
        refuse(
          `no relation ${relationKey(source, type, target)} in the graph; the explorer's edge panel and GET /api/evidence show the relations between two entities.`,
        );
      if (operation.kind === "retype-relation" && operation.type === type && !operation.reverse)
        refuse(`the relation is already ${type}; give another type, or reverse it.`);
      return operation;
    }
    case "relate":
      return checkRelate(tx, operation, entity);
  }
}

async function checkRelate(
  tx: ManagedTransaction,
  operation: Extract<CurationOperation, { kind: "relate" }>,
  entity: (key: string) => StoredEntity,
): Promise<CurationOperation> {
  const { source, target, type } = operation.relation;
  entity(source);
  entity(target);
  if (source === target) refuse("a relation joins two different entities.");
  if (type === "CO_OCCURS") refuse("a hand-made relation states something: give a type other than CO_OCCURS.");
  const { document, start, end } = operation.evidence;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end))
    refuse(
      `the evidence span ${start}–${end} is not a span of text; give start < end, both offsets into the document.`,
    );
  const { records } = await tx.run(cypher("document-span"), { document, keys: [source, target], start, end });
  const found = records[0];
  if (!found) refuse(`no stored document ${document}; \`npm run kg -- stats\` lists what is stored.`);
  if ((found?.get("sentences") as unknown[]).length === 0)
    refuse(`the span ${start}–${end} lies in no sentence of document ${document}.`);
  const mentioned = found?.get("mentioned") as string[];
  for (const key of [source, target])
    if (!mentioned.includes(key))
      refuse(`document ${document} never mentions ${key}; choose evidence in a document that names both entities.`);
  return operation;
}

/** Refuses a merge of entities that a `distinct` rule keeps apart (followed through later merges and renames). */
function checkNotDistinct(keys: readonly string[], rules: readonly CurationRule[]): void {
  const compiled = compileRules(rules);
  const land = (key: string) => {
    const landed = compiled.resolveEntity(key);
    return landed.excluded ? key : landed.key;
  };
  const merged = new Set(keys.map(land));
  for (const rule of rules) {
    if (rule.kind !== "distinct") continue;
    const [a, b] = rule.entities.map(land) as [string, string];
    if (merged.has(a) && merged.has(b))
      refuse(
        `${rule.entities[0]} and ${rule.entities[1]} are marked distinct (rule ${rule.id}); undo that rule first.`,
      );
  }
}

function entityKeysOf(operation: CurationOperation): string[] {
  switch (operation.kind) {
    case "merge":
      return operation.entities;
    case "distinct":
      return [...operation.entities];
    case "reject":
    case "retype-relation":
    case "relate":
      return [operation.relation.source, operation.relation.target];
    default:
      return [operation.entity];
  }
}

async function readEntities(tx: ManagedTransaction, keys: readonly string[]): Promise<Map<string, StoredEntity>> {
  const { records } = await tx.run(cypher("entities-by-key"), { keys });
  return new Map(
    records.map((r) => {
      const entity = r.toObject() as StoredEntity;
      return [entity.key, entity];
    }),
  );
}

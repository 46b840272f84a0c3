// Curation operations built from what the explorer shows (pure): the request body for each edit, its check, and
// which entity takes the place of which once a rule is made or undone.

import type { CurationOperation, CurationRule, EntityName, RelationRef } from "../../common/curation.js";
import { ENTITY_TYPES, entityKey, type EntityType, type RelationType } from "../../common/domain.js";

/** The type and name in an entity key `Type:name` (the name may itself hold colons). */
export function parseEntityKey(key: string): EntityName {
  const colon = key.indexOf(":");
  const type = key.slice(0, colon);
  if (colon < 0 || !(ENTITY_TYPES as readonly string[]).includes(type))
    throw new Error(`curation: "${key}" is not an entity key (Type:name)`);
  return { type: type as EntityType, name: key.slice(colon + 1) };
}

/** Why an edit cannot be sent, as a message key of the interface, or null when it can. */
export type OperationProblem =
  "curation.problem.emptyName" | "curation.problem.unchanged" | "curation.problem.fewMerge";

/** Gives the entity another name (its type stays). */
export function renameOperation(entity: string, name: string): CurationOperation {
  return { kind: "rename", entity, into: { type: parseEntityKey(entity).type, name: name.trim() } };
}

/** Gives the entity another type (its name stays). */
export function retypeOperation(entity: string, type: EntityType): CurationOperation {
  return { kind: "retype", entity, into: { type, name: parseEntityKey(entity).name } };
}

/** Splits one surface form off into an entity of its own (by default named as the surface, of the same type). */
export function splitOperation(entity: string, surface: string, into?: Partial<EntityName>): CurationOperation {
  const from = parseEntityKey(entity);
  return {
    kind: "split",
    entity,
    surface,
    into: { type: into?.type ?? from.type, name: (into?.name ?? surface).trim() },
  };
}

/** Says an entity, or one of its surface forms, is not an entity at all. */
export function excludeOperation(entity: string, surface?: string): CurationOperation {
  return surface === undefined ? { kind: "exclude", entity } : { kind: "exclude", entity, surface };
}

/** Merges entities into one of them, whose type and name the result takes. */
export function mergeOperation(entities: readonly string[], canonical: string): CurationOperation {
  return { kind: "merge", entities: [...new Set(entities)], into: parseEntityKey(canonical) };
}

/** Marks two entities as never to be merged. */
export function distinctOperation(a: string, b: string): CurationOperation {
  return { kind: "distinct", entities: [a, b] };
}

/** Says the evidence does not state this relation. */
export function rejectOperation(relation: RelationRef): CurationOperation {
  return { kind: "reject", relation };
}

/** Gives a relation another type, or turns it around, or both. */
export function retypeRelationOperation(
  relation: RelationRef,
  type: RelationType,
  reverse: boolean,
): CurationOperation {
  return { kind: "retype-relation", relation, type, reverse };
}

/** What is wrong with an operation before it is sent, or null. */
export function operationProblem(operation: CurationOperation): OperationProblem | null {
  switch (operation.kind) {
    case "rename":
    case "retype":
    case "split":
      if (!operation.into.name) return "curation.problem.emptyName";
      if (operation.kind !== "split" && entityKey(operation.into.type, operation.into.name) === operation.entity)
        return "curation.problem.unchanged";
      return null;
    case "merge":
      return operation.entities.length < 2 ? "curation.problem.fewMerge" : null;
    case "retype-relation":
      return operation.type === operation.relation.type && !operation.reverse ? "curation.problem.unchanged" : null;
    default:
      return null;
  }
}

/** The key of the entity an operation's result is (merge, rename, retype, split), or null. */
export function resultKey(operation: CurationOperation): string | null {
  return "into" in operation ? entityKey(operation.into.type, operation.into.name) : null;
}

/**
 * Which entity takes the place of which: for a rule made, each merged, renamed or retyped entity is followed by the
 * result; for a rule undone, the result is followed by the entities it came from. Entities without successor are
 * left out.
 */
export function successors(rule: CurationRule | CurationOperation, undone: boolean): Map<string, string[]> {
  const result = resultKey(rule);
  const sources =
    rule.kind === "merge" ? rule.entities : rule.kind === "rename" || rule.kind === "retype" ? [rule.entity] : [];
  const map = new Map<string, string[]>();
  if (result === null || sources.length === 0) return map;
  if (undone)
    map.set(
      result,
      sources.filter((key) => key !== result),
    );
  else for (const key of sources) if (key !== result) map.set(key, [result]);
  return map;
}

/**
 * Entities a rule brings out of another, which join the view beside it when it is in view: the form split off an
 * entity (its neighbours may all be out of view, but the researcher just made it from the one in the panel).
 */
export function offspring(rule: CurationRule | CurationOperation, undone: boolean): Map<string, string[]> {
  const result = resultKey(rule);
  return rule.kind === "split" && !undone && result !== null
    ? new Map([[rule.entity, [result]]])
    : new Map<string, string[]>();
}

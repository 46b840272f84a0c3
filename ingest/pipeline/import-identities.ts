// One imported id is one entity of one type, across an import and with the graph: the writer merges every row of a key
// into one node (cypher/write/write-document.cypher) whatever type the row gives, so a type that disagrees would be
// lost in silence and the entity's aliases and relations joined to another. Pure; the graph's entities come in.

import { entityKey, ENTITY_TYPES, type EntityType } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";
import type { ExtractionContract } from "./import-contract.js";

/** An entity of an import and where it was first given: `file line 2: entities.3`. */
export interface ImportedEntity {
  id: string;
  type: EntityType;
  name: string;
  where: string;
}

/** An entity the graph holds under an imported id (cypher/curation/entities-by-key.cypher). */
export interface StoredEntity {
  key: string;
  type: string;
  name: string;
}

const refuse = (where: string, why: string): KgError => new KgError("bad-import", `import: ${where}: ${why}`);

/** Another id to suggest for an entity that may not keep its own: the key `kg ingest` would give it. */
function ownId(entity: Pick<ImportedEntity, "id" | "type" | "name">): string {
  const key = entityKey(entity.type, entity.name);
  return key === entity.id ? "an id of its own" : `its own id, e.g. "${key}"`;
}

/**
 * Adds an extraction's entities to `seen` (by id, the first place each was given), refusing one whose id an earlier
 * object or file of the same import gave another type.
 */
export function recordImportedEntities(
  seen: Map<string, ImportedEntity>,
  data: ExtractionContract,
  where: string,
): void {
  for (const [i, entity] of data.entities.entries()) {
    const here = `${where}: entities.${i}`;
    const first = seen.get(entity.id);
    if (!first) seen.set(entity.id, { id: entity.id, type: entity.type, name: entity.name, where: here });
    else if (first.type !== entity.type)
      throw refuse(
        here,
        `"${entity.id}" has the type ${entity.type} here but ${first.type} in ${first.where}; one id is one entity. ` +
          `Give both the same type, or this one ${ownId(entity)}, and import again.`,
      );
  }
}

/** The entity type an id of the form `Type:name` names, if it has that form. */
function typeNamedBy(id: string): string | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  return (ENTITY_TYPES as readonly string[]).includes(prefix) ? prefix : undefined;
}

/**
 * Refuses the first imported entity whose id the graph holds as another type (the message names both, and what to
 * do), or whose id reads `Type:name` for another type than its own: the graph keys entities by type and name, so
 * `kg ingest` finding that entity later would merge into it.
 */
export function assertEntityTypesAgree(
  imported: Iterable<ImportedEntity>,
  stored: ReadonlyMap<string, StoredEntity>,
): void {
  for (const entity of imported) {
    const existing = stored.get(entity.id);
    if (existing && existing.type !== entity.type)
      throw refuse(
        entity.where,
        `"${entity.id}" has the type ${entity.type} here, but the graph already holds "${existing.key}" as the ` +
          `${existing.type} ${existing.name}; importing would merge this entity, its aliases and relations into ` +
          `it. If it is that entity, give it the type ${existing.type}; if not, give it ${ownId(entity)}, and ` +
          `import again.`,
      );
    const named = typeNamedBy(entity.id);
    if (named !== undefined && named !== entity.type)
      throw refuse(
        entity.where,
        `the id "${entity.id}" names the type ${named} but the entity has the type ${entity.type}; entities are ` +
          `keyed by type and name, so one of type ${named} found later would merge into it. Give it ` +
          `${ownId(entity)}, or the type ${named}, and import again.`,
      );
  }
}

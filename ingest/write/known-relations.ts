// The entity relations a writer knows the graph holds, so that it creates new relations without looking each one up.

import { cypher } from "../../neo4j/cypher-files.js";
import { readObjects, type GraphTarget } from "../../neo4j/graph-database.js";
import { relationKey } from "../../common/domain.js";
import type { DocumentRows } from "./document-rows.js";

type Relation = DocumentRows["relations"][number];

/**
 * Every entity relation of the graph by `relationRowKey`, each with whether it has a role: read from the graph when a
 * writer first needs them (a run over an unchanged corpus never does) and kept up to date by the writer after each
 * commit; valid while this is the only writer (the README asks for one writing command at a time).
 */
export interface KnownRelations {
  roles(): Promise<Map<string, boolean>>;
  /** Drops what was read (a replaced document's removal may delete relations): the next use reads the graph again. */
  forget(): void;
}

export function knownRelations(db: GraphTarget): KnownRelations {
  let roles: Promise<Map<string, boolean>> | undefined;
  const read = async (): Promise<Map<string, boolean>> => {
    const rows = await readObjects<{ key: string; hasRole: boolean }>(db, cypher("known-relations"));
    return new Map(rows.map((row) => [row.key, row.hasRole]));
  };
  return {
    roles: () => (roles ??= read()),
    forget() {
      roles = undefined;
    },
  };
}

/** A relation row's key, as `relationKey` gives it and `cypher/write/known-relations.cypher` builds it in the graph. */
export const relationRowKey = ({ source, type, target }: Pick<Relation, "source" | "type" | "target">): string =>
  relationKey(source, type, target);

/** A document's relations split by what the graph holds: to create, already there, and already there without a role. */
export interface RelationSplit {
  /** New to the graph, one row per relation (a document's repeated rows merged: their evidence together). */
  created: Relation[];
  /** Already in the graph: their evidence waits on the document for the next fold. */
  existing: Relation[];
  /** Of the existing, those without a role to which this document gives one. */
  roleFills: Relation[];
}

/** Splits a document's relation rows against the known relations; pure. */
export function splitRelations(relations: readonly Relation[], roles: ReadonlyMap<string, boolean>): RelationSplit {
  const created = new Map<string, Relation>();
  const existing: Relation[] = [];
  const roleFills: Relation[] = [];
  for (const relation of relations) {
    const key = relationRowKey(relation);
    const hasRole = roles.get(key);
    if (hasRole !== undefined) {
      existing.push(relation);
      if (!hasRole && relation.role !== null) roleFills.push(relation);
      continue;
    }
    const first = created.get(key);
    if (!first) created.set(key, relation);
    else
      created.set(key, {
        ...first,
        role: first.role ?? relation.role,
        sentences: [...new Set([...first.sentences, ...relation.sentences])],
      });
  }
  return { created: [...created.values()], existing, roleFills };
}

/** Notes what a committed document added: its new relations, and the roles it gave. */
export function recordRelations(roles: Map<string, boolean>, { created, roleFills }: RelationSplit): void {
  for (const relation of created) roles.set(relationRowKey(relation), relation.role !== null);
  for (const relation of roleFills) roles.set(relationRowKey(relation), true);
}

// What a path search asks for given the filters in view, and how its answer reads as steps. Pure.

import type { EntityType, PathsResult, RelationType } from "../../common/api.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../../common/domain.js";
import type { Filters } from "../graph/filters.js";

/** The traversal parameters of /api/paths: null for a list that allows everything, so the URL stays short. */
export interface PathTraversalParams {
  types: EntityType[] | null;
  relations: RelationType[] | null;
  cooccurrence: boolean;
}

/** A path may pass only through what the view shows: hidden entity types and relation types are not traversed. */
export function pathTraversal(filters: Pick<Filters, "hiddenTypes" | "hiddenRelations">, cooccurrence: boolean) {
  const types = ENTITY_TYPES.filter((type) => !filters.hiddenTypes.includes(type));
  const relations = RELATION_TYPES.filter((type) => !filters.hiddenRelations.includes(type));
  return {
    types: types.length === ENTITY_TYPES.length ? null : types,
    relations: relations.length === RELATION_TYPES.length ? null : relations,
    cooccurrence,
  } satisfies PathTraversalParams;
}

/** One step of a path, read from its start: the relation, and whether the step runs along it (→) or against it (←). */
export interface PathStep {
  edge: string;
  from: string;
  to: string;
  relation: RelationType;
  stated: boolean;
  /** "forward": the relation's source is the step's start (from → to); "backward": to → from. */
  direction: "forward" | "backward";
}

/** The steps of a path in order: step i runs from nodes[i] to nodes[i + 1]. */
export function pathSteps(path: PathsResult["paths"][number]): PathStep[] {
  return path.edges.map((edge, i) => {
    const from = path.nodes[i] ?? edge.source;
    return {
      edge: edge.key,
      from,
      to: path.nodes[i + 1] ?? edge.target,
      relation: edge.relation,
      stated: edge.stated,
      direction: edge.source === from ? "forward" : "backward",
    };
  });
}

/** What the user could change when no path was found, most likely first. */
export type NoPathHint = "cooccurrence" | "types" | "relations" | "hops";

/** The hints that apply to a search that found nothing: only the settings that narrowed it. */
export function noPathHints(traversal: PathTraversalParams, maxHops: number, maxMaxHops: number): NoPathHint[] {
  const hints: NoPathHint[] = [];
  if (!traversal.cooccurrence) hints.push("cooccurrence");
  if (traversal.types !== null) hints.push("types");
  if (traversal.relations !== null) hints.push("relations");
  if (maxHops < maxMaxHops) hints.push("hops");
  return hints;
}

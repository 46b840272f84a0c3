// What the view shows: entity types, relation types, a minimum weight and a date range, as pure predicates.

import type { EntityType, RelationType } from "../../common/api.js";
import type { ExplorerGraph, ViewEdgeAttributes, ViewNodeAttributes } from "./graph-model.js";

export interface Filters {
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  minWeight: number;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null = open. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenRelations: [],
  minWeight: 0,
  dateFrom: null,
  dateTo: null,
};

/** Whether any filter is set. */
export function hasFilters(f: Filters): boolean {
  return (
    f.hiddenTypes.length > 0 ||
    f.hiddenRelations.length > 0 ||
    f.minWeight > 0 ||
    f.dateFrom !== null ||
    f.dateTo !== null
  );
}

/** Whether a node passes the entity-type filter. */
export function nodePasses(a: Pick<ViewNodeAttributes, "entityType">, f: Filters): boolean {
  return !f.hiddenTypes.includes(a.entityType);
}

/**
 * Whether an edge passes the relation, weight and date filters. With a date range set, an edge passes when its
 * [firstDate, lastDate] overlaps the range; an undated edge does not (as the server's neighbourhood filter does).
 * A partial date bound compares by prefix: "2021" ends at the last day of 2021.
 */
export function edgePasses(
  a: Pick<ViewEdgeAttributes, "relation" | "weight" | "firstDate" | "lastDate" | "years">,
  f: Filters,
): boolean {
  if (a.relation !== undefined && f.hiddenRelations.includes(a.relation)) return false;
  if (a.weight < f.minWeight) return false;
  // A community link knows the years its relations cover, not their days: it meets the range by year.
  if (a.years !== undefined) return yearsPass(a.years, f);
  if (f.dateFrom !== null) {
    const last = a.lastDate ?? a.firstDate;
    if (last === undefined || last.slice(0, f.dateFrom.length) < f.dateFrom) return false;
  }
  if (f.dateTo !== null) {
    const first = a.firstDate ?? a.lastDate;
    if (first === undefined || first.slice(0, f.dateTo.length) > f.dateTo) return false;
  }
  return true;
}

/** Whether any edge of a list carries a date (or, a community link, years), so the date filter can do something. */
export function anyDated(edges: Iterable<Pick<ViewEdgeAttributes, "firstDate" | "lastDate" | "years">>): boolean {
  for (const e of edges)
    if (e.firstDate !== undefined || e.lastDate !== undefined || (e.years !== undefined && e.years.length > 0))
      return true;
  return false;
}

/** Whether a date range is set. */
export function hasDateRange(f: Filters): boolean {
  return f.dateFrom !== null || f.dateTo !== null;
}

/** Whether any of a list of years meets the date range, compared by year (an open end meets every year). */
export function yearsPass(years: readonly number[], f: Filters): boolean {
  const from = f.dateFrom === null ? -Infinity : Number(f.dateFrom.slice(0, 4));
  const to = f.dateTo === null ? Infinity : Number(f.dateTo.slice(0, 4));
  return years.some((year) => year >= from && year <= to);
}

/**
 * Whether a range is inverted (from after to). Bounds of different precision compare on their common prefix, so
 * 2021-05 to 2021 is a range (within 2021) and 2022 to 2021-12 is not.
 */
export function isInvertedRange(from: string | null, to: string | null): boolean {
  if (from === null || to === null) return false;
  const length = Math.min(from.length, to.length);
  return from.slice(0, length) > to.slice(0, length);
}

/**
 * The nodes a date range leaves in view: an entity with a relation that passes every edge filter to a node that
 * passes the type filter, and a community whose members have a relation in range (its own years). Null when no range
 * is set: then no node is hidden for want of a dated relation. One pass over the edges, so a play step stays cheap.
 */
export function nodesInDateRange(graph: ExplorerGraph, f: Filters): Set<string> | null {
  if (!hasDateRange(f)) return null;
  const kept = new Set<string>();
  graph.forEachEdge((_edge, a, source, target, sourceAttributes, targetAttributes) => {
    if (!edgePasses(a, f) || !nodePasses(sourceAttributes, f) || !nodePasses(targetAttributes, f)) return;
    kept.add(source);
    kept.add(target);
  });
  graph.forEachNode((node, a) => {
    if (a.years !== undefined && yearsPass(a.years, f)) kept.add(node);
  });
  return kept;
}

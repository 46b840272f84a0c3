// What the view shows: entity types, relation types, a minimum weight and a date range, as pure predicates.

import type { EntityType, RelationType } from "../../common/api.js";
import type { ViewEdgeAttributes, ViewNodeAttributes } from "./graph-model.js";

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
  a: Pick<ViewEdgeAttributes, "relation" | "weight" | "firstDate" | "lastDate">,
  f: Filters,
): boolean {
  if (a.relation !== undefined && f.hiddenRelations.includes(a.relation)) return false;
  if (a.weight < f.minWeight) return false;
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

/** Whether any edge of a list carries a date, so the date filter can do something. */
export function anyDated(edges: Iterable<Pick<ViewEdgeAttributes, "firstDate" | "lastDate">>): boolean {
  for (const e of edges) if (e.firstDate !== undefined || e.lastDate !== undefined) return true;
  return false;
}

// What a change of the date range alone changes on screen: the nodes that enter or leave it and the edges that
// appear or disappear with it. sigma then redraws just these (a play step) instead of the whole graph.

import { edgePasses, type Filters } from "./filters.js";
import type { ExplorerGraph } from "./graph-model.js";

/** The elements to redraw, in the shape of sigma's `refresh({ partialGraph })`. */
export interface PartialGraph {
  nodes: string[];
  edges: string[];
}

/** The emphasis fields besides the filters; a change of any of them redraws everything. */
export const EMPHASIS_FIELDS = [
  "hovered",
  "selected",
  "selectedEdges",
  "pathNodes",
  "pathEdges",
  "hideEdges",
  "marked",
] as const;

/** What the reducers drew with at the last refresh. */
export interface DrawnState {
  /** A copy of the emphasis's other fields (compared by identity). */
  emphasis: { readonly [K in (typeof EMPHASIS_FIELDS)[number]]: unknown } & { selected: string | null };
  filters: Filters;
  inDateRange: ReadonlySet<string> | null;
  order: number;
  size: number;
}

/** Whether two filters differ in their dates only (the time bar keeps the other fields' values, lists included). */
function datesOnly(a: Filters, b: Filters): boolean {
  return (
    a.hiddenTypes === b.hiddenTypes &&
    a.hiddenRelations === b.hiddenRelations &&
    a.minWeight === b.minWeight &&
    (a.dateFrom !== b.dateFrom || a.dateTo !== b.dateTo)
  );
}

/**
 * The elements whose drawing a change from `before` to `now` alters, when only the date range changed on the same
 * graph; null when anything else changed (then the whole graph is drawn again).
 */
export function dateStepChanges(graph: ExplorerGraph, before: DrawnState | null, now: DrawnState): PartialGraph | null {
  if (before === null || before.order !== now.order || before.size !== now.size) return null;
  if (!datesOnly(before.filters, now.filters)) return null;
  if (EMPHASIS_FIELDS.some((field) => before.emphasis[field] !== now.emphasis[field])) return null;
  const selected = now.emphasis.selected;
  const kept = (set: ReadonlySet<string> | null, node: string): boolean =>
    set === null || set.has(node) || node === selected;
  const nodes: string[] = [];
  const flipped = new Set<string>();
  graph.forEachNode((node) => {
    if (kept(before.inDateRange, node) === kept(now.inDateRange, node)) return;
    nodes.push(node);
    flipped.add(node);
  });
  // An edge is redrawn when it appears or disappears: it passes the range and both its ends are kept. One hidden
  // before and after (most of a big graph's) keeps what sigma has.
  const edges: string[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (!flipped.has(source) && !flipped.has(target) && edgePasses(a, before.filters) === edgePasses(a, now.filters))
      return;
    const was = edgePasses(a, before.filters) && kept(before.inDateRange, source) && kept(before.inDateRange, target);
    const is = edgePasses(a, now.filters) && kept(now.inDateRange, source) && kept(now.inDateRange, target);
    if (was !== is) edges.push(edge);
  });
  return { nodes, edges };
}

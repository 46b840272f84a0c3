// What passes the view's filters: the predicates, the counts the filter section shows, and the filter section itself.

import type { EntityType, RelationType } from "../../common/api.js";
import { anyDated, edgePasses, nodePasses, nodesInDateRange, type Filters } from "../graph/filters.js";
import { setSignal } from "../page-signals.js";
import { createFilterControls, type FilterContext } from "../panels/filter-controls.js";
import type { ExplorerContext } from "./context.js";
import { changed } from "./view-store.js";

export interface FilterView {
  nodeVisible(node: string): boolean;
  edgeVisible(edge: string): boolean;
  /** Counts in view, the largest weight and whether any relation is dated. */
  context(): FilterContext;
  /** Draws the filter section again (after the graph or the language changed). */
  render(): void;
  /** The corpus's first and last document dates, shown as the date boxes' bounds. */
  setBounds(first: string | null, last: string | null): void;
  cleanup(): void;
}

/** The filters controller: the section writes the state's filters; the visible counts follow them as signals. */
export function createFilterView(ctx: ExplorerContext): FilterView {
  const { el, graph, store } = ctx;
  // The nodes a date range keeps, computed once per filters and graph size rather than once per node asked about.
  let dated: { filters: Filters; order: number; size: number; nodes: Set<string> | null } | null = null;
  const inDateRange = (node: string): boolean => {
    const filters = store.get().filters;
    if (dated?.filters !== filters || dated.order !== graph.order || dated.size !== graph.size)
      dated = { filters, order: graph.order, size: graph.size, nodes: nodesInDateRange(graph, filters) };
    return dated.nodes === null || dated.nodes.has(node);
  };
  const nodeVisible = (node: string): boolean =>
    nodePasses(graph.getNodeAttributes(node), store.get().filters) && inDateRange(node);
  const edgeVisible = (edge: string): boolean =>
    edgePasses(graph.getEdgeAttributes(edge), store.get().filters) &&
    nodeVisible(graph.source(edge)) &&
    nodeVisible(graph.target(edge));

  let bounds: FilterContext["bounds"];
  const context = (): FilterContext => {
    const typeCounts = new Map<EntityType, number>();
    const relationCounts = new Map<RelationType, number>();
    let maxWeight = 1;
    graph.forEachNode((_n, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
    graph.forEachEdge((_e, a) => {
      if (a.relation) relationCounts.set(a.relation, (relationCounts.get(a.relation) ?? 0) + 1);
      maxWeight = Math.max(maxWeight, a.weight);
    });
    return { typeCounts, relationCounts, maxWeight, dated: anyDated(graph.mapEdges((_e, a) => a)), bounds };
  };

  // What is in view, for scripts and tests: after each filter change and each new graph (a link opens filtered).
  const signalCounts = (): void => {
    setSignal(el.graph, "visibleNodes", graph.filterNodes((node) => nodeVisible(node)).length);
    setSignal(el.graph, "visibleEdges", graph.filterEdges((edge) => edgeVisible(edge)).length);
  };
  const controls = createFilterControls(el.filters, (filters) => store.update({ filters }));
  const unsubscribe = store.subscribe((state, previous) => {
    if (!changed(state, previous, "filters")) return;
    controls.sync(state.filters);
    signalCounts();
  });

  return {
    nodeVisible,
    edgeVisible,
    context,
    render() {
      controls.render(ctx.t(), store.get().filters, context());
      signalCounts();
    },
    setBounds(first, last) {
      bounds = { first, last };
      controls.render(ctx.t(), store.get().filters, context());
    },
    cleanup: unsubscribe,
  };
}

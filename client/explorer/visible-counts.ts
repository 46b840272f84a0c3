// How much of the graph the filters leave in view: counted with the same predicates that hide nodes and edges in sigma.

import type { EntityType } from "../../common/api.js";
import type { ExplorerGraph } from "../graph/graph-model.js";

/** The predicates the reducers hide by (FilterView's), so the counts can never disagree with the drawing. */
export interface Visibility {
  nodeVisible(node: string): boolean;
  edgeVisible(edge: string): boolean;
}

export interface VisibleCounts {
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
  /** Visible nodes of each entity type (types with none visible are absent). */
  types: Map<EntityType, number>;
}

/** Counts the visible nodes (in all and by type) and edges of a graph. Pure over the graph and the predicates. */
export function countVisible(graph: ExplorerGraph, visibility: Visibility): VisibleCounts {
  const types = new Map<EntityType, number>();
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((node, a) => {
    if (!visibility.nodeVisible(node)) return;
    nodes++;
    types.set(a.entityType, (types.get(a.entityType) ?? 0) + 1);
  });
  graph.forEachEdge((edge) => {
    if (visibility.edgeVisible(edge)) edges++;
  });
  return { nodes, totalNodes: graph.order, edges, totalEdges: graph.size, types };
}

/** Whether the filters hide anything, so the counts read "shown of total" instead of plain totals. */
export function isFiltered(counts: VisibleCounts): boolean {
  return counts.nodes < counts.totalNodes || counts.edges < counts.totalEdges;
}

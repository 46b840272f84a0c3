// PageRank over the weighted links: an entity linked to well-linked entities ranks high.

import pagerankOf from "graphology-metrics/centrality/pagerank.js";
import type { Measure } from "./measure.js";

export const pagerank = {
  id: "pagerank",
  overview: true,
  size: true,
  compute: (graph) => {
    // With no link every node is as central as any other.
    if (graph.size === 0) return Object.fromEntries(graph.mapNodes((node) => [node, 1 / graph.order]));
    return pagerankOf(graph, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-8 });
  },
} as const satisfies Measure;

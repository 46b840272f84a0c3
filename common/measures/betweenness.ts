// Betweenness: how many shortest paths between others run through an entity (the brokers of the network).

import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { Measure } from "./measure.js";

export const betweenness = {
  id: "betweenness",
  overview: false,
  size: true,
  compute: (graph) => betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
} as const satisfies Measure;

// Weighted degree: the sentences that link an entity to the others, summed over its links.

import type { Measure } from "./measure.js";

export const weightedDegree = {
  id: "weightedDegree",
  overview: true,
  size: true,
  compute: (graph) => {
    const values = Object.fromEntries(graph.mapNodes((node) => [node, 0]));
    graph.forEachEdge((_edge, attributes, source, target) => {
      const weight = (attributes as { weight: number }).weight;
      values[source] = (values[source] ?? 0) + weight;
      values[target] = (values[target] ?? 0) + weight;
    });
    return values;
  },
} as const satisfies Measure;

// Degree: how many others an entity is linked to, whatever the number of relations between them.

import type { Measure } from "./measure.js";

export const degree = {
  id: "degree",
  overview: true,
  size: true,
  compute: (graph) => Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)])),
} as const satisfies Measure;

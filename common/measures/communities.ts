// Communities (Louvain over the weighted links), for colour; seeded, so the same view gets the same communities.

import louvain from "graphology-communities-louvain";
import { seededRandom } from "../seeded-random.js";
import type { Measure } from "./measure.js";

export const communities = {
  id: "louvain",
  overview: false,
  size: false,
  compute: (graph) => louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(7) }),
} as const satisfies Measure;

// Writes colour and size into the graph's attributes from the analysis choices (emphasis is left to the reducers).

import type { AnalysisResult } from "../analysis/analysis.js";
import { communityColor } from "./community-colors.js";
import {
  CO_OCCURRENCE_EDGE_COLOR,
  COMMUNITY_EDGE_COLOR,
  ENTITY_COLORS,
  SHARED_PROJECT_EDGE_COLOR,
  STATED_EDGE_COLOR,
} from "./entity-style.js";
import type { ExplorerGraph, ViewNodeAttributes } from "./graph-model.js";
import type { ColorMode } from "../url-state.js";

export interface AppearanceChoice {
  colorBy: ColorMode;
  /** Community of each node (ranked, 0 = largest) when colouring by community. */
  communities?: AnalysisResult;
  /** Value of the size measure for each node; omitted: the default prominence. */
  sizes?: AnalysisResult;
}

const MIN_SIZE = 3;
const MAX_SIZE = 16;

/** The default prominence of a node: the server's score, a community's members, else mentions plus links in view. */
export function defaultProminence(graph: ExplorerGraph, node: string, a: ViewNodeAttributes): number {
  if (a.kind === "community") return a.members ?? 1;
  if (a.score !== undefined) return a.score;
  return a.mentions + graph.degree(node);
}

/** Maps values to node sizes by square root, so area follows the value. Pure. */
export function scaleSizes(values: Map<string, number>, minSize = MIN_SIZE, maxSize = MAX_SIZE): Map<string, number> {
  let max = 0;
  let min = Infinity;
  for (const v of values.values()) {
    max = Math.max(max, v);
    min = Math.min(min, v);
  }
  const sizes = new Map<string, number>();
  const low = Math.min(0, min);
  const range = max - low;
  for (const [key, v] of values)
    sizes.set(key, range > 0 ? minSize + (maxSize - minSize) * Math.sqrt((v - low) / range) : (minSize + maxSize) / 2);
  return sizes;
}

/** Colours nodes by type or community and sizes them; styles edges by kind (stated, co-occurring, community link). */
export function applyAppearance(graph: ExplorerGraph, choice: AppearanceChoice): void {
  const values = new Map<string, number>();
  graph.forEachNode((node, a) =>
    values.set(node, choice.sizes?.[node] ?? (choice.sizes ? 0 : defaultProminence(graph, node, a))),
  );
  // Many nodes need smaller discs to stay apart.
  const [minSize, maxSize] = graph.order > 2000 ? [1.5, 9] : graph.order > 500 ? [2, 12] : [MIN_SIZE, MAX_SIZE];
  const sizes = scaleSizes(values, minSize, maxSize);
  graph.updateEachNodeAttributes((node, a) => {
    const community = choice.communities?.[node];
    // A community of the communities overview always wears its community's colour, never an entity type's.
    const color =
      a.kind === "community" && a.community !== undefined
        ? communityColor(a.community)
        : choice.colorBy === "community" && community !== undefined
          ? communityColor(community)
          : (ENTITY_COLORS[a.entityType] ?? "#9ca3af");
    const next = { ...a, color, size: sizes.get(node) ?? MIN_SIZE };
    if (community !== undefined && a.kind === "entity") next.community = community;
    return next;
  });
  // The hint names zIndex so that sigma re-indexes: edges added since its last frame have no program slot yet, and a
  // repaint-only update of them throws ("edge … can't be repaint").
  graph.updateEachEdgeAttributes(
    (_edge, a) => ({
      ...a,
      color: a.kind === "community" ? COMMUNITY_EDGE_COLOR : a.stated ? STATED_EDGE_COLOR : CO_OCCURRENCE_EDGE_COLOR,
      size:
        a.kind === "community"
          ? Math.min(6, 0.5 + Math.log2(1 + a.weight) / 2)
          : Math.min(4, 0.5 + Math.log2(1 + a.weight)),
    }),
    { attributes: ["color", "size", "zIndex"] },
  );
  if (graph.getAttribute("view") === "organizations") styleSharedProjectLinks(graph);
}

/** Shared-project links: broad and light, under the stated collaborations, so both kinds of link show on one pair. */
function styleSharedProjectLinks(graph: ExplorerGraph): void {
  graph.updateEachEdgeAttributes(
    (_edge, a) =>
      a.kind === "shared-projects"
        ? { ...a, color: SHARED_PROJECT_EDGE_COLOR, size: Math.min(12, 6 + 2 * Math.log2(a.weight)), zIndex: -1 }
        : a,
    { attributes: ["color", "size", "zIndex"] },
  );
}

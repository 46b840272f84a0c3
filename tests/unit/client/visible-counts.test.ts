// Counts of what the filters leave in view, taken from the same predicates that hide nodes and edges.

import { describe, expect, it } from "vitest";
import { countVisible, isFiltered } from "../../../client/explorer/visible-counts.js";
import { edgePasses, nodePasses, type Filters, DEFAULT_FILTERS } from "../../../client/graph/filters.js";
import { createExplorerGraph } from "../../../client/graph/graph-model.js";
import type { EntityType, RelationType } from "../../../common/api.js";

function sample() {
  const graph = createExplorerGraph();
  const node = (key: string, entityType: EntityType): void =>
    void graph.addNode(key, {
      kind: "entity",
      label: key,
      entityType,
      mentions: 1,
      documents: 1,
      x: 0,
      y: 0,
      size: 1,
      color: "#999",
    });
  const edge = (key: string, source: string, target: string, relation: RelationType): void =>
    void graph.addDirectedEdgeWithKey(key, source, target, {
      kind: "relation",
      relation,
      weight: 1,
      rule: "",
      stated: relation !== "CO_OCCURS",
      size: 1,
      color: "#ccc",
    });
  node("o1", "Organization");
  node("o2", "Organization");
  node("p", "Place");
  edge("e1", "o1", "o2", "COLLABORATES_WITH");
  edge("e2", "o1", "p", "LOCATED_IN");
  edge("e3", "o2", "o1", "CO_OCCURS");
  return graph;
}

const visibility = (graph: ReturnType<typeof sample>, filters: Filters) => ({
  nodeVisible: (n: string) => nodePasses(graph.getNodeAttributes(n), filters),
  edgeVisible: (e: string) =>
    edgePasses(graph.getEdgeAttributes(e), filters) &&
    nodePasses(graph.getNodeAttributes(graph.source(e)), filters) &&
    nodePasses(graph.getNodeAttributes(graph.target(e)), filters),
});

describe("client visible counts", () => {
  it("counts everything, unfiltered, when no filter is set", () => {
    const graph = sample();
    const counts = countVisible(graph, visibility(graph, DEFAULT_FILTERS));
    expect(counts).toMatchObject({ nodes: 3, totalNodes: 3, edges: 3, totalEdges: 3 });
    expect(isFiltered(counts)).toBe(false);
  });

  it("drops a hidden type's nodes with their edges, and a hidden relation's edges", () => {
    const graph = sample();
    const filters: Filters = { ...DEFAULT_FILTERS, hiddenTypes: ["Place"], hiddenRelations: ["CO_OCCURS"] };
    const counts = countVisible(graph, visibility(graph, filters));
    expect(counts).toMatchObject({ nodes: 2, totalNodes: 3, edges: 1, totalEdges: 3 });
    expect(counts.types.get("Organization")).toBe(2);
    expect(counts.types.has("Place")).toBe(false);
    expect(isFiltered(counts)).toBe(true);
  });
});

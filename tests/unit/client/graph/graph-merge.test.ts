// Merging server subgraphs into the view and taking expansions away again without touching what others hold.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import { createExplorerGraph, normalizeEntityGraph, normalizeOverview } from "../../../../client/graph/graph-model.js";
import {
  expandHolder,
  holdNode,
  mergeGraph,
  PIN_HOLDER,
  releaseHolder,
  replaceGraph,
  spiralPosition,
  type Holders,
} from "../../../../client/graph/graph-merge.js";

const node = (key: string) => ({
  key,
  attributes: { label: key, entityType: "Organization" as const, mentions: 1, documents: 1 },
});
const edge = (key: string, source: string, target: string) => ({
  key,
  source,
  target,
  attributes: { relation: "COLLABORATES_WITH" as const, weight: 1, rule: "r", stated: true },
});
const entityGraph = (nodes: string[], edges: Array<[string, string, string]>): SerializedEntityGraph => ({
  attributes: { truncated: false },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: nodes.map(node),
  edges: edges.map(([k, s, t]) => edge(k, s, t)),
});

function base(): { graph: ReturnType<typeof createExplorerGraph>; holders: Holders } {
  const graph = createExplorerGraph();
  const holders: Holders = new Map();
  replaceGraph(
    graph,
    normalizeEntityGraph(
      entityGraph(
        ["a", "b", "c"],
        [
          ["ab", "a", "b"],
          ["bc", "b", "c"],
        ],
      ),
    ),
    holders,
  );
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: key.charCodeAt(0) - 97, y: 0 }));
  return { graph, holders };
}

describe("client graph merge", () => {
  it("skips edges whose ends are missing and self-loops when replacing the graph", () => {
    const graph = createExplorerGraph();
    replaceGraph(
      graph,
      normalizeEntityGraph(
        entityGraph(
          ["a", "b"],
          [
            ["ab", "a", "b"],
            ["ax", "a", "x"],
            ["aa", "a", "a"],
          ],
        ),
      ),
      new Map(),
    );
    expect(graph.edges()).toEqual(["ab"]);
  });

  it("adds only new nodes and edges, seeded on a spiral around the anchor", () => {
    const { graph, holders } = base();
    const added = mergeGraph(
      graph,
      normalizeEntityGraph(
        entityGraph(
          ["a", "d", "e"],
          [
            ["ad", "a", "d"],
            ["ae", "a", "e"],
            ["ab", "a", "b"],
          ],
        ),
      ),
      holders,
      expandHolder("a"),
      { x: 10, y: 10 },
    );
    expect(added).toEqual(["d", "e"]);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    for (const key of added) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Math.hypot(x - 10, y - 10)).toBeGreaterThan(0);
      expect(Math.hypot(x - 10, y - 10)).toBeLessThan(10);
    }
    expect(spiralPosition({ x: 0, y: 0 }, 3, 10, 2)).toEqual(spiralPosition({ x: 0, y: 0 }, 3, 10, 2));
  });

  it("collapses an expansion: removes the nodes it added and nothing that the overview or another expansion holds", () => {
    const { graph, holders } = base();
    mergeGraph(
      graph,
      normalizeEntityGraph(
        entityGraph(
          ["a", "d", "e"],
          [
            ["ad", "a", "d"],
            ["ae", "a", "e"],
          ],
        ),
      ),
      holders,
      expandHolder("a"),
    );
    mergeGraph(
      graph,
      normalizeEntityGraph(
        entityGraph(
          ["c", "e", "f"],
          [
            ["ce", "c", "e"],
            ["cf", "c", "f"],
          ],
        ),
      ),
      holders,
      expandHolder("c"),
    );
    expect(releaseHolder(graph, holders, expandHolder("a")).sort()).toEqual(["d"]);
    expect(graph.nodes().sort()).toEqual(["a", "b", "c", "e", "f"]);
    expect(releaseHolder(graph, holders, expandHolder("c")).sort()).toEqual(["e", "f"]);
    expect(graph.nodes().sort()).toEqual(["a", "b", "c"]);
    expect(graph.edges().sort()).toEqual(["ab", "bc"]);
  });

  it("keeps an entity the user jumped to when its neighbours are collapsed", () => {
    const { graph, holders } = base();
    mergeGraph(graph, normalizeEntityGraph(entityGraph(["z", "y"], [["zy", "z", "y"]])), holders, expandHolder("z"));
    holdNode(holders, "z", PIN_HOLDER);
    releaseHolder(graph, holders, expandHolder("z"));
    expect(graph.hasNode("z")).toBe(true);
    expect(graph.hasNode("y")).toBe(false);
  });

  it("reads both overview views: entities with their community and score, and communities", () => {
    const entities = normalizeOverview({
      ...entityGraph(["a"], []),
      attributes: { truncated: true, totalEntities: 9, view: "entities", measure: "degree" },
    });
    expect(entities.attributes).toMatchObject({ view: "entities", truncated: true, totalEntities: 9 });
    expect(entities.nodes[0]?.attributes.kind).toBe("entity");
    const communities = normalizeOverview({
      attributes: {
        view: "communities",
        truncated: true,
        totalEntities: 510,
        totalCommunities: 7,
        isolatedCommunities: 5,
        isolatedEntities: 10,
        totalLinks: 3,
        linksPerCommunity: 1,
        measure: "degree",
      },
      options: { type: "undirected", multi: false, allowSelfLoops: false },
      nodes: [
        {
          key: "community:0",
          attributes: {
            label: "甲 · 乙",
            community: 0,
            members: 300,
            entityType: "Organization",
            mentions: 900,
            topMembers: ["甲", "乙"],
          },
        },
        {
          key: "community:1",
          attributes: {
            label: "丙",
            community: 1,
            members: 200,
            entityType: "Topic",
            mentions: 400,
            topMembers: ["丙"],
          },
        },
      ],
      edges: [
        {
          key: "community:0-1",
          source: "community:0",
          target: "community:1",
          attributes: { weight: 12, relations: 7 },
        },
      ],
    });
    expect(communities.attributes).toMatchObject({
      view: "communities",
      isolatedCommunities: 5,
      isolatedEntities: 10,
      totalLinks: 3,
      linksPerCommunity: 1,
    });
    expect(communities.nodes.map((n) => [n.attributes.kind, n.attributes.members])).toEqual([
      ["community", 300],
      ["community", 200],
    ]);
    expect(communities.edges[0]?.attributes).toMatchObject({ kind: "community", weight: 12, relations: 7 });
  });
});

// The overview's analytics: measures, Louvain communities numbered by size, links between communities, drill-down keys.

import { describe, expect, it } from "vitest";
import {
  analyseEntityGraph,
  communityGraph,
  strongestLinks,
  topEntityKeys,
  type EntityRow,
  type PairRow,
} from "../../../../../server/repository/overview/graph-analytics.js";

/** Two triangles joined by one weak relation, and one entity with no relation. */
const entities: EntityRow[] = ["a1", "a2", "a3", "b1", "b2", "b3", "lonely"].map((key, i) => ({
  key,
  name: key.toUpperCase(),
  type: key.startsWith("a") ? "Organization" : key.startsWith("b") ? "Person" : "Place",
  mentions: i + 1,
}));
const pairs: PairRow[] = [
  { source: "a1", target: "a2", relations: 2, weight: 5 },
  { source: "a2", target: "a3", relations: 1, weight: 4 },
  { source: "a3", target: "a1", relations: 1, weight: 4 },
  { source: "a1", target: "a1", relations: 1, weight: 9 },
  { source: "b1", target: "b2", relations: 1, weight: 3 },
  { source: "b2", target: "b3", relations: 1, weight: 3 },
  { source: "b3", target: "b1", relations: 1, weight: 3 },
  { source: "b1", target: "a1", relations: 1, weight: 1 },
];

describe("analyseEntityGraph", () => {
  const analytics = analyseEntityGraph(entities, pairs);

  it("counts degree and weighted degree over relations to other entities, ignoring self-loops", () => {
    expect(analytics.entities.get("a1")).toMatchObject({ degree: 4, weightedDegree: 10 });
    expect(analytics.entities.get("lonely")).toMatchObject({ degree: 0, weightedDegree: 0 });
    expect(analytics.ranked.degree[0]).toBe("a1");
    expect(analytics.ranked.mentions[0]).toBe("lonely");
  });

  it("ranks by PageRank with the hub first and the isolated entity last", () => {
    expect(analytics.ranked.pagerank[0]).toBe("a1");
    expect(analytics.ranked.pagerank.at(-1)).toBe("lonely");
    const total = [...analytics.entities.values()].reduce((sum, e) => sum + e.pagerank, 0);
    expect(total).toBeCloseTo(1, 1);
  });

  it("finds the two triangles as communities, largest first, and links them once", () => {
    const byCommunity = (key: string) => analytics.entities.get(key)?.community;
    expect(byCommunity("a2")).toBe(byCommunity("a3"));
    expect(byCommunity("b2")).toBe(byCommunity("b3"));
    expect(byCommunity("a1")).not.toBe(byCommunity("b1"));
    expect(analytics.communities.map((c) => c.members.length)).toEqual([3, 3, 1]);
    expect(analytics.communities.map((c) => c.id)).toEqual([0, 1, 2]);
    expect(analytics.links).toHaveLength(1);
    expect(analytics.links[0]).toMatchObject({ weight: 1, relations: 1 });
  });

  it("is deterministic", () => {
    const again = analyseEntityGraph(entities, pairs);
    expect([...again.entities.values()]).toEqual([...analytics.entities.values()]);
  });

  it("draws the largest communities with their most central members' names and the type most of them have", () => {
    const view = communityGraph(analytics, 1, "pagerank", 5);
    expect(view.attributes).toMatchObject({
      view: "communities",
      truncated: true,
      totalEntities: 7,
      totalCommunities: 3,
      measure: "pagerank",
    });
    expect(view.nodes.map((n) => n.key)).toEqual(["community:0"]);
    expect(view.edges).toHaveLength(0);
    const both = communityGraph(analytics, 2, "pagerank", 5);
    const triangleA = both.nodes.find((n) => n.attributes.topMembers.includes("A1"));
    expect(triangleA?.attributes).toMatchObject({ members: 3, entityType: "Organization", mentions: 6 });
    expect(triangleA?.attributes.topMembers[0]).toBe("A1");
    expect(both.edges).toHaveLength(1);
  });

  it("leaves isolated pairs and single entities out of the communities view and counts them, unless nothing else is left", () => {
    const withPair = analyseEntityGraph(
      [
        ...entities,
        { key: "p1", name: "P1", type: "Person", mentions: 1 },
        { key: "p2", name: "P2", type: "Project", mentions: 1 },
      ],
      [...pairs, { source: "p1", target: "p2", relations: 1, weight: 2 }],
    );
    const view = communityGraph(withPair, 10, "degree", 5);
    expect(view.nodes.map((n) => n.attributes.members)).toEqual([3, 3]);
    expect(view.attributes).toMatchObject({
      truncated: false,
      totalEntities: 9,
      totalCommunities: 4,
      isolatedCommunities: 2,
      isolatedEntities: 3,
    });
    expect(view.edges).toHaveLength(1);

    const onlyPairs = analyseEntityGraph(entities.slice(0, 4), [
      { source: "a1", target: "a2", relations: 1, weight: 1 },
      { source: "a3", target: "b1", relations: 1, weight: 1 },
    ]);
    const fallback = communityGraph(onlyPairs, 10, "degree", 5);
    expect(fallback.nodes).toHaveLength(2);
    expect(fallback.attributes).toMatchObject({ isolatedCommunities: 0, isolatedEntities: 0 });
  });

  it("keeps each community's strongest links: a link stays when it is among either end's", () => {
    // A star of strong links around 0, and weak links among its leaves 1, 2 and 3.
    const link = (source: number, target: number, weight: number) => ({ source, target, weight, relations: 1 });
    const links = [link(0, 1, 9), link(0, 2, 8), link(0, 3, 7), link(1, 2, 1), link(2, 3, 2), link(1, 3, 1)];
    expect(strongestLinks(links, 1)).toEqual([link(0, 1, 9), link(0, 2, 8), link(0, 3, 7)]);
    // Leaf 1's second link ties between 1–2 and 1–3: the lower id wins; 1–3 is nobody's two strongest.
    expect(strongestLinks(links, 2)).toEqual([
      link(0, 1, 9),
      link(0, 2, 8),
      link(0, 3, 7),
      link(1, 2, 1),
      link(2, 3, 2),
    ]);
    expect(strongestLinks(links, 10)).toEqual(links);
    const view = communityGraph(analytics, 10, "degree", 1);
    expect(view.attributes).toMatchObject({ totalLinks: 1, linksPerCommunity: 1 });
    expect(view.edges).toHaveLength(1);
  });

  it("drills down into one community's top entities, and knows no community beyond the last", () => {
    const community = analytics.entities.get("b1")?.community as number;
    expect(topEntityKeys(analytics, "mentions", 2, community)).toEqual(["b3", "b2"]);
    expect(topEntityKeys(analytics, "degree", 10, null)).toHaveLength(7);
    expect(topEntityKeys(analytics, "degree", 10, 3)).toBeNull();
  });

  it("copes with a graph without relations", () => {
    const empty = analyseEntityGraph(entities.slice(0, 2), []);
    expect(empty.communities).toHaveLength(2);
    expect(empty.entities.get("a1")?.pagerank).toBeCloseTo(0.5);
  });
});

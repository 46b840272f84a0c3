// Measures and communities of the graph in view, computed on its simple undirected projection.

import { describe, expect, it } from "vitest";
import {
  COMMUNITY_MEASURE,
  computeMeasure,
  measuresFor,
  projectForAnalysis,
} from "../../../../client/analysis/analysis.js";
import { rankCommunities } from "../../../../client/analysis/community-partition.js";
import { scaleSizes } from "../../../../client/graph/appearance.js";

const e = (source: string, target: string, weight = 1) => ({ source, target, weight });

describe("client analysis", () => {
  it("asks the worker for the community measure and a computed size measure, never for a value the nodes carry", () => {
    expect(measuresFor(true, "pagerank")).toEqual([COMMUNITY_MEASURE, "pagerank"]);
    expect(measuresFor(false, "mentions")).toEqual([]);
    expect(measuresFor(false, "auto")).toEqual([]);
  });

  it("sums parallel relations and both directions into one link, dropping self-loops and unknown nodes", () => {
    const input = projectForAnalysis(
      ["a", "b", "c"],
      [e("a", "b", 2), e("b", "a", 3), e("a", "b", 1), e("a", "a"), e("a", "x")],
    );
    expect(input.nodes).toEqual(["a", "b", "c"]);
    expect(input.links).toEqual([[0, 1, 6]]);
  });

  it("counts degree as distinct neighbours and weighted degree as summed weights", () => {
    const input = projectForAnalysis(["a", "b", "c"], [e("a", "b", 2), e("b", "a", 3), e("a", "c", 1)]);
    expect(computeMeasure(input, "degree")).toEqual({ a: 2, b: 1, c: 1 });
    expect(computeMeasure(input, "weightedDegree")).toEqual({ a: 6, b: 5, c: 1 });
  });

  it("ranks the centre of a star highest by PageRank and betweenness", () => {
    const input = projectForAnalysis(["hub", "x", "y", "z"], [e("hub", "x"), e("hub", "y"), e("z", "hub")]);
    const pagerank = computeMeasure(input, "pagerank");
    const betweenness = computeMeasure(input, "betweenness");
    for (const leaf of ["x", "y", "z"]) {
      expect(pagerank.hub).toBeGreaterThan(pagerank[leaf] as number);
      expect(betweenness.hub).toBeGreaterThan(betweenness[leaf] as number);
    }
  });

  it("finds two communities in two cliques joined by one link, the same every time", () => {
    const left = ["a", "b", "c", "d"];
    const right = ["p", "q", "r", "s"];
    const clique = (keys: string[]) => keys.flatMap((s, i) => keys.slice(i + 1).map((t) => e(s, t, 3)));
    const input = projectForAnalysis([...left, ...right], [...clique(left), ...clique(right), e("d", "p", 1)]);
    const first = computeMeasure(input, "louvain");
    expect(computeMeasure(input, "louvain")).toEqual(first);
    const { byNode, sizes } = rankCommunities(first);
    expect(sizes).toEqual([4, 4]);
    expect(new Set(left.map((k) => byNode[k])).size).toBe(1);
    expect(new Set(right.map((k) => byNode[k])).size).toBe(1);
    expect(byNode.a).not.toBe(byNode.p);
  });

  it("numbers communities by size, largest first", () => {
    expect(rankCommunities({ a: 7, b: 3, c: 3, d: 3, e: 7, f: 9 })).toEqual({
      byNode: { a: 1, b: 0, c: 0, d: 0, e: 1, f: 2 },
      sizes: [3, 2, 1],
    });
  });

  it("sizes nodes by the square root of their value between a minimum and a maximum", () => {
    const sizes = scaleSizes(
      new Map([
        ["none", 0],
        ["quarter", 25],
        ["all", 100],
      ]),
      2,
      12,
    );
    expect(sizes.get("none")).toBe(2);
    expect(sizes.get("quarter")).toBe(7);
    expect(sizes.get("all")).toBe(12);
    expect(
      scaleSizes(
        new Map([
          ["a", 0],
          ["b", 0],
        ]),
        2,
        12,
      ).get("a"),
    ).toBe(7);
  });
});

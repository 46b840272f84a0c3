// A date range over the explorer's graph: inverted ranges, community years, and nodes left without a relation in range.

import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  edgePasses,
  isInvertedRange,
  nodesInDateRange,
  yearsPass,
  type Filters,
} from "../../../../client/graph/filters.js";
import { createExplorerGraph, type ViewNodeAttributes } from "../../../../client/graph/graph-model.js";

const filters = (extra: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...extra });
const node = (extra: Partial<ViewNodeAttributes> = {}): ViewNodeAttributes => ({
  kind: "entity",
  label: "n",
  entityType: "Organization",
  mentions: 1,
  documents: 1,
  x: 0,
  y: 0,
  size: 1,
  color: "#000",
  ...extra,
});
const relation = (firstDate?: string, lastDate?: string) => ({
  kind: "relation" as const,
  relation: "COLLABORATES_WITH" as const,
  weight: 1,
  rule: "r",
  stated: true,
  size: 1,
  color: "#000",
  ...(firstDate ? { firstDate } : {}),
  ...(lastDate ? { lastDate } : {}),
});

describe("date ranges", () => {
  it("calls a range inverted when from is after to, comparing bounds of different precision on their prefix", () => {
    expect(isInvertedRange("2022", "2021-12")).toBe(true);
    expect(isInvertedRange("2021-05-02", "2021-05-01")).toBe(true);
    expect(isInvertedRange("2021-05", "2021")).toBe(false);
    expect(isInvertedRange("2019", "2021")).toBe(false);
    expect(isInvertedRange(null, "2001")).toBe(false);
  });

  it("passes a community link by the years its relations cover", () => {
    const link = { weight: 3, years: [2017, 2019] };
    expect(yearsPass([2017, 2019], filters({ dateFrom: "2018", dateTo: "2018" }))).toBe(false);
    expect(edgePasses(link, filters({ dateFrom: "2019-05" }))).toBe(true);
    expect(edgePasses(link, filters({ dateTo: "2016" }))).toBe(false);
    expect(edgePasses({ weight: 3, years: [] }, filters({ dateFrom: "2016" }))).toBe(false);
  });

  it("keeps the nodes with a relation in range (by every edge filter) and communities with years in it", () => {
    const graph = createExplorerGraph();
    for (const key of ["a", "b", "c", "d"]) graph.addNode(key, node());
    graph.addNode("place", node({ entityType: "Place" }));
    graph.addNode("community:1", node({ kind: "community", years: [2019] }));
    graph.addEdgeWithKey("ab", "a", "b", relation("2019-03-01", "2021-01-11"));
    graph.addEdgeWithKey("cd", "c", "d", relation("2021-01-11"));
    graph.addEdgeWithKey("a-place", "a", "place", relation("2019-03-01"));
    expect(nodesInDateRange(graph, DEFAULT_FILTERS)).toBeNull();
    const in2019 = filters({ dateFrom: "2019", dateTo: "2019", hiddenTypes: ["Place"] });
    expect([...(nodesInDateRange(graph, in2019) ?? [])].sort()).toEqual(["a", "b", "community:1"]);
    expect([...(nodesInDateRange(graph, filters({ dateFrom: "2021" })) ?? [])].sort()).toEqual(["a", "b", "c", "d"]);
  });
});

// The communities view's years: each community and each link gets the years its relations cover, so a range filters it.

import { describe, expect, it } from "vitest";
import { withCommunityYears } from "../../../../../server/repository/overview/community-years.js";
import {
  analyseEntityGraph,
  communityGraph,
  type EntityRow,
  type PairRow,
} from "../../../../../server/repository/overview/graph-analytics.js";

/** Two triangles joined by one relation. */
const entities: EntityRow[] = ["a1", "a2", "a3", "b1", "b2", "b3"].map((key) => ({
  key,
  name: key,
  type: "Organization",
  mentions: 1,
}));
const pair = (source: string, target: string): PairRow => ({ source, target, relations: 1, weight: 3 });
const pairs = [pair("a1", "a2"), pair("a2", "a3"), pair("a3", "a1"), pair("b1", "b2"), pair("b2", "b3")];
const analytics = analyseEntityGraph(entities, [...pairs, pair("b3", "b1"), { ...pair("b1", "a1"), weight: 1 }]);
const view = communityGraph(analytics, 10, "degree", 5);
const communityOf = (key: string) => `community:${analytics.entities.get(key)?.community}`;

describe("community years", () => {
  it("gives communities and links the union of their relations' years, and leaves undated ones without", () => {
    const dated = withCommunityYears(view, analytics, [
      { source: "a1", target: "a2", years: [2019, 2020] },
      { source: "a2", target: "a3", years: [2017] },
      { source: "b1", target: "a1", years: [2021, 2019] },
    ]);
    const a = dated.nodes.find((n) => n.key === communityOf("a1"));
    const b = dated.nodes.find((n) => n.key === communityOf("b1"));
    expect(a?.attributes.years).toEqual([2017, 2019, 2020, 2021]);
    expect(b?.attributes.years).toEqual([2019, 2021]);
    expect(dated.edges.map((e) => e.attributes.years)).toEqual([[2019, 2021]]);
    expect(withCommunityYears(view, analytics, []).nodes.every((n) => n.attributes.years === undefined)).toBe(true);
    expect(view.nodes.every((n) => n.attributes.years === undefined)).toBe(true);
  });
});

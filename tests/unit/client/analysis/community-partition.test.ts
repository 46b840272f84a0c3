// One community numbering: the server's when every node carries it, else the view's own numbered by size then key;
// a legend line for each community with its own colour and one for all the others.

import { describe, expect, it } from "vitest";
import { carriedPartition, communityLegend, rankCommunities } from "../../../../client/analysis/community-partition.js";
import {
  COMMUNITY_COLORS,
  communityColor,
  OTHER_COMMUNITIES_COLOR,
} from "../../../../client/graph/community-colors.js";
import { ENTITY_COLORS } from "../../../../client/graph/entity-style.js";

describe("community partition", () => {
  it("takes the server's numbering only when every node in view carries one", () => {
    expect(
      carriedPartition([
        ["a", 0],
        ["b", undefined],
      ]),
    ).toBeUndefined();
    expect(carriedPartition([["a", -1]])).toBeUndefined();
    expect(
      carriedPartition([
        ["a", 3],
        ["b", 0],
      ]),
    ).toEqual({ a: 3, b: 0 });
  });

  it("numbers a computed partition by size, ties by the smallest member key, whatever Louvain's own ids", () => {
    expect(rankCommunities({ z: 5, y: 5, b: 9, a: 2, c: 9 })).toEqual({
      byNode: { z: 1, y: 1, b: 0, a: 2, c: 0 },
      sizes: [2, 2, 1],
    });
    expect(rankCommunities({ z: 1, y: 1, b: 0, a: 2, c: 0 }).byNode).toEqual(
      rankCommunities({ z: 7, y: 7, b: 4, a: 8, c: 4 }).byNode,
    );
  });

  it("gives the communities past the palette one line with their number and entities", () => {
    const counts = new Map([...Array(COMMUNITY_COLORS.length + 3).keys()].map((id) => [id, id + 1]));
    const legend = communityLegend(counts);
    expect(legend.lines.map((l) => l.id)).toEqual([...COMMUNITY_COLORS.keys()]);
    const past = [0, 1, 2].map((i) => COMMUNITY_COLORS.length + i + 1);
    expect(legend.other).toEqual({ communities: 3, count: past.reduce((a, b) => a + b, 0) });
    expect(communityLegend(new Map([[0, 4]])).other).toBeNull();
  });

  it("colours communities with none of the entity types' colours", () => {
    const typeColors = new Set(Object.values(ENTITY_COLORS));
    for (const color of [...COMMUNITY_COLORS, OTHER_COMMUNITIES_COLOR]) expect(typeColors.has(color)).toBe(false);
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITIES_COLOR);
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
  });
});

// The entity panel's relation groups: every type the entity has, with its total, stated first, paged items appended.

import { describe, expect, it } from "vitest";
import type { RelationSummary, RelationType } from "../../../../common/api.js";
import { groupRelations } from "../../../../client/panels/entity/relation-groups.js";

const summary = (relation: RelationType, other: string): RelationSummary => ({
  relation,
  direction: "out",
  other: { key: `Organization:${other}`, name: other, type: "Organization" },
  weight: 1,
  rule: null,
  role: null,
  firstDate: null,
  lastDate: null,
});

describe("entity panel relation groups", () => {
  it("gives no group to an entity without relations", () => {
    expect(groupRelations([], [])).toEqual([]);
  });

  it("lists stated types in registry order and co-occurrence last, each with its total, not the listed count", () => {
    const relations = [summary("CO_OCCURS", "甲"), summary("PARTNER_IN", "乙"), summary("COLLABORATES_WITH", "丙")];
    const groups = groupRelations(relations, [
      { relation: "CO_OCCURS", count: 30 },
      { relation: "PARTNER_IN", count: 1 },
      { relation: "COLLABORATES_WITH", count: 2 },
    ]);
    expect(groups.map((g) => [g.relation, g.total, g.items.length])).toEqual([
      ["COLLABORATES_WITH", 2, 1],
      ["PARTNER_IN", 1, 1],
      ["CO_OCCURS", 30, 1],
    ]);
  });

  it("keeps a type none of whose relations came along, and appends the pages loaded since", () => {
    const more = [summary("CO_OCCURS", "丁"), summary("CO_OCCURS", "戊")];
    const groups = groupRelations(
      [summary("CO_OCCURS", "甲")],
      [
        { relation: "CO_OCCURS", count: 3 },
        { relation: "ORGANIZED", count: 4 },
      ],
      (r) => (r === "CO_OCCURS" ? more : []),
    );
    expect(groups.map((g) => [g.relation, g.total])).toEqual([
      ["ORGANIZED", 4],
      ["CO_OCCURS", 3],
    ]);
    expect(groups[1]?.items.map((r) => r.other.name)).toEqual(["甲", "丁", "戊"]);
  });
});

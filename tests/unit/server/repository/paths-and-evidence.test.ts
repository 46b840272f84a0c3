// The pure parts of paths and evidence on the server: which relations a path follows, which ends a sentence infers.

import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../../common/domain.js";
import { inferredEnds } from "../../../../server/repository/inferred-ends.js";
import { traversedRelations } from "../../../../server/repository/paths.js";

const mention = (entity: string) => ({ entity, start: 0, end: 1, surface: "" });

describe("traversed relations of a path search", () => {
  it("follows every stated relation and not co-occurrence by default", () => {
    const relations = traversedRelations({ relations: null, types: null, cooccurrence: false });
    expect(relations).not.toContain("CO_OCCURS");
    expect(relations).toHaveLength(RELATION_TYPES.length - 1);
  });

  it("admits co-occurrence only when asked, and only among the relation types given", () => {
    expect(traversedRelations({ relations: null, types: null, cooccurrence: true })).toContain("CO_OCCURS");
    expect(
      traversedRelations({ relations: ["COLLABORATES_WITH", "CO_OCCURS"], types: null, cooccurrence: false }),
    ).toEqual(["COLLABORATES_WITH"]);
    expect(traversedRelations({ relations: ["COLLABORATES_WITH"], types: null, cooccurrence: true })).toEqual([
      "COLLABORATES_WITH",
    ]);
  });
});

describe("inferred ends of an evidence sentence", () => {
  const ends = ["Organization:辽源市政协", "Organization:长春师范大学"];

  it("names no end when the sentence mentions both", () => {
    expect(inferredEnds(ends, [mention(ends[1] as string), mention(ends[0] as string)])).toEqual([]);
  });

  it("names the author taken as subject when the sentence mentions only the partner (与长春师范大学联合开展…)", () => {
    expect(inferredEnds(ends, [mention("Organization:长春师范大学")])).toEqual(["Organization:辽源市政协"]);
  });

  it("names both ends, each once, when the sentence mentions neither", () => {
    expect(inferredEnds([...ends, ends[0] as string], [mention("Organization:民革")])).toEqual(ends);
  });
});

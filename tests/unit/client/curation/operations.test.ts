// Building curation operations from what the panels show, checking them before they are sent, and who follows whom.

import { describe, expect, it } from "vitest";
import type { CurationRule } from "../../../../common/curation.js";
import {
  excludeOperation,
  mergeOperation,
  operationProblem,
  parseEntityKey,
  renameOperation,
  retypeOperation,
  retypeRelationOperation,
  splitOperation,
  successors,
} from "../../../../client/curation/operations.js";

const SHORT = "Project:金点子活动";
const LONG = "Project:金点子征集活动";
const provenance = { id: "r1", created: "2026-01-01T00:00:00Z", by: "tester" };

describe("curation operations", () => {
  it("refuses a key that is not Type:name", () => {
    expect(() => parseEntityKey("金点子活动")).toThrow(/not an entity key/);
    expect(() => parseEntityKey("Thing:x")).toThrow(/not an entity key/);
  });

  it("reads a key whose name holds a colon", () => {
    expect(parseEntityKey("Topic:a:b")).toEqual({ type: "Topic", name: "a:b" });
  });

  it("says why an edit cannot be sent: an empty name, no change, fewer than two to merge", () => {
    expect(operationProblem(renameOperation(SHORT, "  "))).toBe("curation.problem.emptyName");
    expect(operationProblem(renameOperation(SHORT, "金点子活动"))).toBe("curation.problem.unchanged");
    expect(operationProblem(retypeOperation(SHORT, "Project"))).toBe("curation.problem.unchanged");
    expect(operationProblem(mergeOperation([SHORT, SHORT], SHORT))).toBe("curation.problem.fewMerge");
    const relation = { source: "Organization:市政协", type: "ORGANIZED" as const, target: LONG };
    expect(operationProblem(retypeRelationOperation(relation, "ORGANIZED", false))).toBe("curation.problem.unchanged");
    expect(operationProblem(retypeRelationOperation(relation, "ORGANIZED", true))).toBeNull();
  });

  it("builds rename, retype, split, exclude and merge bodies from the panel's values", () => {
    expect(renameOperation(SHORT, " 金点子创意活动 ")).toEqual({
      kind: "rename",
      entity: SHORT,
      into: { type: "Project", name: "金点子创意活动" },
    });
    expect(retypeOperation(SHORT, "Topic")).toEqual({
      kind: "retype",
      entity: SHORT,
      into: { type: "Topic", name: "金点子活动" },
    });
    expect(splitOperation(SHORT, "金点子")).toEqual({
      kind: "split",
      entity: SHORT,
      surface: "金点子",
      into: { type: "Project", name: "金点子" },
    });
    expect(excludeOperation(SHORT)).toEqual({ kind: "exclude", entity: SHORT });
    expect(excludeOperation(SHORT, "金点子")).toEqual({ kind: "exclude", entity: SHORT, surface: "金点子" });
    expect(mergeOperation([SHORT, LONG], LONG)).toEqual({
      kind: "merge",
      entities: [SHORT, LONG],
      into: { type: "Project", name: "金点子征集活动" },
    });
  });

  it("follows merged entities to the result, and back to them when the merge is undone", () => {
    const rule: CurationRule = { ...mergeOperation([SHORT, LONG], LONG), ...provenance };
    expect(successors(rule, false)).toEqual(new Map([[SHORT, [LONG]]]));
    expect(successors(rule, true)).toEqual(new Map([[LONG, [SHORT]]]));
    const rename: CurationRule = { ...renameOperation(SHORT, "新名"), ...provenance };
    expect(successors(rename, false)).toEqual(new Map([[SHORT, ["Project:新名"]]]));
    expect(successors({ ...excludeOperation(SHORT), ...provenance }, false).size).toBe(0);
  });
});

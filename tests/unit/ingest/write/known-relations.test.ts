// Splitting a document's relations against those the graph holds: create, extend, or give a role.

import { describe, expect, it } from "vitest";
import { recordRelations, relationRowKey, splitRelations } from "../../../../ingest/write/known-relations.js";

const relation = (
  source: string,
  target: string,
  role: string | null,
  sentences: string[],
  type = "COLLABORATES_WITH",
) => ({
  type,
  source,
  target,
  rule: "work-with",
  role,
  sentences,
});

describe("splitRelations", () => {
  it("creates what the graph lacks and leaves the evidence for relations it holds to the fold", () => {
    const roles = new Map([[relationRowKey(relation("A", "B", null, [])), true]]);
    const split = splitRelations(
      [
        relation("A", "B", null, ["d:1"]),
        relation("A", "C", null, ["d:2"]),
        relation("A", "B", null, ["d:3"], "CO_OCCURS"),
      ],
      roles,
    );
    expect(split.created.map(relationRowKey)).toEqual([
      relationRowKey(relation("A", "C", null, [])),
      relationRowKey(relation("A", "B", null, [], "CO_OCCURS")),
    ]);
    expect(split.existing.map((r) => r.sentences)).toEqual([["d:1"]]);
    expect(split.roleFills).toEqual([]);
  });

  it("gives a role only to known relations that have none", () => {
    const roles = new Map([
      [relationRowKey(relation("A", "B", null, [])), false],
      [relationRowKey(relation("A", "C", null, [])), true],
    ]);
    const split = splitRelations([relation("A", "B", "lead", ["d:1"]), relation("A", "C", "lead", ["d:2"])], roles);
    expect(split.roleFills.map((r) => r.target)).toEqual(["B"]);
    expect(split.existing).toHaveLength(2);
  });

  it("merges a document's repeated rows for one new relation into one, with all their evidence", () => {
    const split = splitRelations(
      [relation("A", "B", null, ["d:1", "d:2"]), relation("A", "B", "lead", ["d:2", "d:5"])],
      new Map(),
    );
    expect(split.created).toEqual([relation("A", "B", "lead", ["d:1", "d:2", "d:5"])]);
  });

  it("records what a committed document created and the roles it gave", () => {
    const roles = new Map([[relationRowKey(relation("A", "B", null, [])), false]]);
    const split = splitRelations([relation("A", "B", "lead", ["d:1"]), relation("B", "C", null, ["d:2"])], roles);
    recordRelations(roles, split);
    expect([...roles.entries()]).toEqual([
      [relationRowKey(relation("A", "B", null, [])), true],
      [relationRowKey(relation("B", "C", null, [])), false],
    ]);
  });
});

// A path search from the view's filters, and its answer read as steps with their direction.

import { describe, expect, it } from "vitest";
import type { PathsResult } from "../../../../common/api.js";
import { noPathHints, pathSteps, pathTraversal } from "../../../../client/explorer/path-request.js";

const edge = (source: string, relation: "COLLABORATES_WITH" | "CO_OCCURS" | "MEMBER_OF", target: string) => ({
  key: `${source}-[${relation}]->${target}`,
  source,
  target,
  relation,
  weight: 1,
  stated: relation !== "CO_OCCURS",
});

describe("path traversal from the filters", () => {
  it("asks for every type and relation (null lists) when nothing is hidden", () => {
    expect(pathTraversal({ hiddenTypes: [], hiddenRelations: [] }, false)).toEqual({
      types: null,
      relations: null,
      cooccurrence: false,
    });
  });

  it("leaves out the hidden entity and relation types", () => {
    const t = pathTraversal({ hiddenTypes: ["Topic", "Place"], hiddenRelations: ["CO_OCCURS"] }, true);
    expect(t.types).toEqual(["Organization", "Person", "Project"]);
    expect(t.relations).not.toContain("CO_OCCURS");
    expect(t.relations).toContain("COLLABORATES_WITH");
    expect(t.cooccurrence).toBe(true);
  });
});

describe("path steps", () => {
  it("reads each step from the path's start, forward along its relation or backward against it", () => {
    const path: PathsResult["paths"][number] = {
      nodes: ["A", "B", "C"],
      edges: [edge("B", "COLLABORATES_WITH", "A"), edge("B", "CO_OCCURS", "C")],
    };
    expect(pathSteps(path)).toEqual([
      {
        edge: "B-[COLLABORATES_WITH]->A",
        from: "A",
        to: "B",
        relation: "COLLABORATES_WITH",
        stated: true,
        direction: "backward",
      },
      { edge: "B-[CO_OCCURS]->C", from: "B", to: "C", relation: "CO_OCCURS", stated: false, direction: "forward" },
    ]);
  });
});

describe("hints when no path is found", () => {
  it("suggests only the settings that narrowed the search", () => {
    expect(noPathHints({ types: null, relations: null, cooccurrence: true }, 6, 6)).toEqual([]);
    expect(noPathHints({ types: ["Organization"], relations: ["MEMBER_OF"], cooccurrence: false }, 4, 6)).toEqual([
      "cooccurrence",
      "types",
      "relations",
      "hops",
    ]);
  });
});

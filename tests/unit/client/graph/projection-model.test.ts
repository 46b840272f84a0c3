// The organizations projection brought into the explorer's graph: shared-project links and stated collaborations.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import type { SerializedProjectionGraph } from "../../../../common/projection-api.js";
import { isProjectionGraph, normalizeViewAnswer } from "../../../../client/graph/projection-model.js";

const org = (key: string) => ({
  key,
  attributes: { label: key, entityType: "Organization" as const, mentions: 3, documents: 1 },
});

const projection: SerializedProjectionGraph = {
  attributes: { view: "organizations", truncated: true, totalLinks: 1, minShared: 1, from: "2021" },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [org("A"), org("B")],
  edges: [
    {
      key: "shared:A|B",
      source: "A",
      target: "B",
      attributes: {
        link: "shared-projects",
        weight: 2,
        projects: ["Project:p", "Project:q"],
        projectNames: ["p", "q"],
        firstDate: "2021-01-11",
      },
    },
    {
      key: "B-[COLLABORATES_WITH]->A",
      source: "B",
      target: "A",
      attributes: { link: "stated", relation: "COLLABORATES_WITH", weight: 1, rule: "r", stated: true },
    },
  ],
};

describe("the organizations projection in the explorer's graph", () => {
  it("tells the projection apart from an overview answer", () => {
    const entities: SerializedEntityGraph = {
      attributes: { truncated: false, view: "entities" },
      options: { type: "directed", multi: true, allowSelfLoops: false },
      nodes: [org("A")],
      edges: [],
    };
    expect(isProjectionGraph(projection)).toBe(true);
    expect(isProjectionGraph(entities)).toBe(false);
    expect(normalizeViewAnswer(entities).attributes.view).toBe("entities");
  });

  it("makes shared-project links their own kind with their projects, and keeps stated collaborations as relations", () => {
    const graph = normalizeViewAnswer(projection);
    expect(graph.attributes).toEqual({ view: "organizations", truncated: true, totalLinks: 1 });
    expect(graph.nodes.map((n) => n.attributes.kind)).toEqual(["entity", "entity"]);
    // A small network is read by its names: every organization is labelled.
    expect(graph.nodes.every((n) => n.attributes.forceLabel)).toBe(true);
    const [shared, stated] = graph.edges;
    expect(shared?.attributes).toEqual({
      kind: "shared-projects",
      weight: 2,
      rule: "",
      stated: false,
      projects: ["Project:p", "Project:q"],
      projectNames: ["p", "q"],
      firstDate: "2021-01-11",
    });
    expect(shared?.attributes.relation).toBeUndefined();
    expect(stated?.attributes).toEqual({
      kind: "relation",
      relation: "COLLABORATES_WITH",
      weight: 1,
      rule: "r",
      stated: true,
    });
  });
});

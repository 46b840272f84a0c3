// What a link without a camera frames, and whether a link names anything beyond the overview.

import { describe, expect, it } from "vitest";
import { namesSomething, nodesToFrame } from "../../../client/explorer/link-restore.js";
import { expandHolder, type Holders } from "../../../client/graph/graph-merge.js";
import { createExplorerGraph } from "../../../client/graph/graph-model.js";

const nothing = { expanded: [], selected: null, selectedPair: null, pathFrom: null, pathTo: null };

function graphOf(keys: string[]) {
  const graph = createExplorerGraph();
  for (const key of keys)
    graph.addNode(key, {
      kind: "entity",
      label: key,
      entityType: "Organization",
      mentions: 1,
      documents: 1,
      x: 0,
      y: 0,
      size: 1,
      color: "#999",
    });
  return graph;
}

describe("client link restore", () => {
  it("says a link names something only with an expansion, a selection, a pair or both path ends", () => {
    expect(namesSomething(nothing)).toBe(false);
    expect(namesSomething({ ...nothing, pathFrom: "a" })).toBe(false);
    expect(namesSomething({ ...nothing, pathFrom: "a", pathTo: "b" })).toBe(true);
    expect(namesSomething({ ...nothing, expanded: ["a"] })).toBe(true);
    expect(namesSomething({ ...nothing, selectedPair: { source: "a", target: "b" } })).toBe(true);
  });

  it("frames the selection, each expansion with the nodes it brought, the pair and the path, in view only", () => {
    const graph = graphOf(["hub", "n1", "n2", "far", "p1", "s", "t"]);
    const holders: Holders = new Map([
      ["hub", new Set(["base"])],
      ["n1", new Set([expandHolder("hub")])],
      ["n2", new Set(["base", expandHolder("hub")])],
      ["far", new Set(["base"])],
    ]);
    const frame = nodesToFrame(graph, holders, {
      expanded: ["hub"],
      selected: "hub",
      selectedPair: { source: "s", target: "t" },
      pathNodes: new Set(["p1", "gone"]),
    });
    expect(frame.sort()).toEqual(["hub", "n1", "n2", "p1", "s", "t"]);
    expect(nodesToFrame(graph, holders, { ...nothing, pathNodes: new Set(), selected: "far" })).toEqual(["far"]);
  });
});

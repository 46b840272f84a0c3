// Emphasis in the reducers: filters hide, and hover, path, edge and node selection decide what stands out.

import { describe, expect, it } from "vitest";
import { createExplorerGraph } from "../../../../client/graph/graph-model.js";
import { createEmphasis, createReducers, focusOf } from "../../../../client/graph/reducers.js";
import { DIMMED_NODE_COLOR } from "../../../../client/graph/entity-style.js";

function graph() {
  const g = createExplorerGraph();
  const node = (entityType: "Organization" | "Place") => ({
    kind: "entity" as const,
    label: "x",
    entityType,
    mentions: 1,
    documents: 1,
    x: 0,
    y: 0,
    size: 4,
    color: "#2563eb",
  });
  for (const key of ["a", "b", "c", "d"]) g.addNode(key, node(key === "d" ? "Place" : "Organization"));
  const rel = (stated: boolean) => ({
    kind: "relation" as const,
    relation: stated ? ("COLLABORATES_WITH" as const) : ("CO_OCCURS" as const),
    weight: 1,
    rule: "",
    stated,
    size: 1,
    color: "#999",
  });
  g.addDirectedEdgeWithKey("ab", "a", "b", rel(true));
  g.addDirectedEdgeWithKey("bc", "b", "c", rel(false));
  g.addDirectedEdgeWithKey("cd", "c", "d", rel(true));
  return g;
}

describe("client reducers", () => {
  it("focuses on the hovered node and its neighbours first, then a path, then a selected edge, then a selected node", () => {
    const g = graph();
    const e = createEmphasis();
    expect(focusOf(g, e)).toBeNull();
    e.selected = "a";
    expect([...(focusOf(g, e) ?? [])].sort()).toEqual(["a", "b"]);
    e.selectedEdges = new Set(["cd"]);
    expect([...(focusOf(g, e) ?? [])].sort()).toEqual(["c", "d"]);
    e.pathNodes = new Set(["a", "b", "c"]);
    expect([...(focusOf(g, e) ?? [])].sort()).toEqual(["a", "b", "c"]);
    e.hovered = "d";
    expect([...(focusOf(g, e) ?? [])].sort()).toEqual(["c", "d"]);
  });

  it("hides filtered nodes and edges, dims what is out of focus and keeps hover working on top of a selection", () => {
    const g = graph();
    const e = createEmphasis();
    e.filters = { ...e.filters, hiddenTypes: ["Place"], hiddenRelations: ["CO_OCCURS"] };
    e.selected = "a";
    const r = createReducers(g, e);
    r.prepare();
    expect(r.nodeReducer("d", g.getNodeAttributes("d")).hidden).toBe(true);
    expect(r.edgeReducer("bc", g.getEdgeAttributes("bc")).hidden).toBe(true);
    expect(r.nodeReducer("a", g.getNodeAttributes("a"))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r.nodeReducer("c", g.getNodeAttributes("c"))).toMatchObject({ color: DIMMED_NODE_COLOR, label: null });
    e.hovered = "c";
    r.prepare();
    expect(r.nodeReducer("c", g.getNodeAttributes("c")).color).toBe("#2563eb");
    expect(r.nodeReducer("a", g.getNodeAttributes("a")).color).toBe(DIMMED_NODE_COLOR);
    expect(r.edgeReducer("ab", g.getEdgeAttributes("ab")).hidden).toBe(true);
    expect(r.edgeReducer("cd", g.getEdgeAttributes("cd")).hidden).toBeFalsy();
  });

  it("hides every edge of a big graph while its layout runs", () => {
    const g = graph();
    const e = createEmphasis();
    e.hideEdges = true;
    const r = createReducers(g, e);
    r.prepare();
    expect(g.edges().every((edge) => r.edgeReducer(edge, g.getEdgeAttributes(edge)).hidden)).toBe(true);
  });
});

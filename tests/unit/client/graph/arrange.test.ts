// Arranging by hand, the pure parts: pins written into the graph, circle points and extents, the circular layout
// leaving pins, the lasso's point-in-polygon test, and the reducers hiding, marking and highlighting.

import { describe, expect, it } from "vitest";
import {
  applyPins,
  circlePoints,
  extentOf,
  ONE_SHOT_LAYOUTS,
  type ScreenFrame,
} from "../../../../client/graph/arrange-layouts.js";
import { createExplorerGraph } from "../../../../client/graph/graph-model.js";
import { pointInPolygon } from "../../../../client/graph/lasso.js";
import { createEmphasis, createReducers, PIN_MARK } from "../../../../client/graph/reducers.js";

function graph() {
  const g = createExplorerGraph();
  const place = (x: number, y: number) => ({
    kind: "entity" as const,
    label: "x",
    entityType: "Organization" as const,
    mentions: 1,
    documents: 1,
    x,
    y,
    size: 4,
    color: "#2563eb",
  });
  g.addNode("a", place(0, 0));
  g.addNode("b", place(10, 0));
  g.addNode("c", place(0, 10));
  g.addNode("d", place(10, 10));
  return g;
}

const identity: ScreenFrame = { toScreen: (p) => p, toGraph: (p) => p, pixelSize: (s) => s };

describe("arrange: pins", () => {
  it("frees a node that is no longer pinned and ignores pins of nodes not in the graph", () => {
    const g = graph();
    applyPins(g, [{ key: "a", x: 5, y: 5 }]);
    expect(g.getNodeAttribute("a", "fixed")).toBe(true);
    applyPins(g, [{ key: "gone", x: 1, y: 1 }]);
    expect(g.getNodeAttribute("a", "fixed")).toBeUndefined();
    // Unpinning leaves the node where it is.
    expect([g.getNodeAttribute("a", "x"), g.getNodeAttribute("a", "y")]).toEqual([5, 5]);
  });

  it("puts pinned nodes at their pins and marks them fixed for ForceAtlas2, counting the moves", () => {
    const g = graph();
    expect(
      applyPins(g, [
        { key: "b", x: -3, y: 7.25 },
        { key: "c", x: 0, y: 10 },
      ]),
    ).toBe(1);
    expect(g.getNodeAttributes("b")).toMatchObject({ x: -3, y: 7.25, fixed: true });
    expect(g.getNodeAttributes("c")).toMatchObject({ x: 0, y: 10, fixed: true });
    expect(g.getNodeAttribute("d", "fixed")).toBeUndefined();
  });
});

describe("arrange: layouts", () => {
  it("gives no points for no nodes, and a unit radius for a single point", () => {
    expect(circlePoints(0, { x: 0, y: 0 }, 1)).toEqual([]);
    expect(extentOf([{ x: 2, y: 3 }])).toEqual({ center: { x: 2, y: 3 }, radius: 1 });
  });

  it("spaces points evenly on a circle, starting at the top", () => {
    const points = circlePoints(4, { x: 1, y: 1 }, 2);
    expect(points[0]?.x).toBeCloseTo(1);
    expect(points[0]?.y).toBeCloseTo(3);
    for (const p of points) expect(Math.hypot(p.x - 1, p.y - 1)).toBeCloseTo(2);
    expect(extentOf(points).radius).toBeCloseTo(2);
  });

  it("puts the free nodes on one circle over their extent and leaves a pinned node where it is", () => {
    const g = graph();
    applyPins(g, [{ key: "d", x: 40, y: 40 }]);
    ONE_SHOT_LAYOUTS.circular(g, identity);
    expect(g.getNodeAttributes("d")).toMatchObject({ x: 40, y: 40 });
    for (const key of ["a", "b", "c"]) {
      const a = g.getNodeAttributes(key);
      expect(Math.hypot(a.x - 5, a.y - 5)).toBeCloseTo(5);
    }
  });

  it("pushes overlapping nodes apart but not a pinned one", () => {
    const g = graph();
    g.mergeNodeAttributes("b", { x: 1, y: 0 });
    applyPins(g, [{ key: "a", x: 0, y: 0 }]);
    ONE_SHOT_LAYOUTS.noverlap(g, identity);
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0 });
    const b = g.getNodeAttributes("b");
    expect(Math.hypot(b.x, b.y)).toBeGreaterThan(8);
  });
});

describe("arrange: lasso", () => {
  it("tells points inside a polygon from points outside it, concave parts included", () => {
    const u = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 30 },
      { x: 20, y: 30 },
      { x: 20, y: 10 },
      { x: 10, y: 10 },
      { x: 10, y: 30 },
      { x: 0, y: 30 },
    ];
    expect(pointInPolygon({ x: 5, y: 20 }, u)).toBe(true);
    expect(pointInPolygon({ x: 15, y: 20 }, u)).toBe(false);
    expect(pointInPolygon({ x: 40, y: 5 }, u)).toBe(false);
    expect(pointInPolygon({ x: 5, y: 5 }, [])).toBe(false);
  });
});

describe("arrange: reducers", () => {
  it("hides hidden nodes, marks pinned ones and highlights the chosen ones", () => {
    const g = graph();
    const e = createEmphasis();
    e.hiddenNodes = new Set(["a"]);
    e.pinned = new Set(["b"]);
    e.chosen = new Set(["c"]);
    const r = createReducers(g, e);
    r.prepare();
    expect(r.nodeReducer("a", g.getNodeAttributes("a")).hidden).toBe(true);
    expect(r.nodeReducer("b", g.getNodeAttributes("b"))).toMatchObject({ label: `${PIN_MARK}x`, forceLabel: true });
    expect(r.nodeReducer("c", g.getNodeAttributes("c"))).toMatchObject({ label: "x", highlighted: true });
    expect(r.nodeReducer("d", g.getNodeAttributes("d")).highlighted).toBeFalsy();
  });

  it("dims a pinned node outside the hovered focus like any other, without its mark", () => {
    const g = graph();
    g.addDirectedEdgeWithKey("cd", "c", "d", {
      kind: "relation",
      relation: "COLLABORATES_WITH",
      weight: 1,
      rule: "",
      stated: true,
      size: 1,
      color: "#999",
    });
    const e = createEmphasis();
    e.pinned = new Set(["b", "c"]);
    e.hovered = "d";
    const r = createReducers(g, e);
    r.prepare();
    expect(r.nodeReducer("b", g.getNodeAttributes("b")).label).toBeNull();
    expect(r.nodeReducer("c", g.getNodeAttributes("c"))).toMatchObject({ label: `${PIN_MARK}x`, zIndex: 1 });
  });
});

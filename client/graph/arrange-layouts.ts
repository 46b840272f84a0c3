// Arranging by hand: pins written into the graph (ForceAtlas2 reads `fixed`), and the one-shot layouts that respect them.

import noverlap from "graphology-layout-noverlap";
import type { Pin } from "../url-state.js";
import type { ExplorerGraph } from "./graph-model.js";

/** The layouts the view controls offer: ForceAtlas2 runs in its worker; the others place the nodes at once. */
export const LAYOUT_KINDS = ["forceAtlas2", "circular", "noverlap"] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];
export type OneShotLayout = Exclude<LayoutKind, "forceAtlas2">;

type Point = { x: number; y: number };

/** How the graph is drawn now: node sizes are screen pixels, so overlaps are judged on screen, not in graph units. */
export interface ScreenFrame {
  toScreen(p: Point): Point;
  toGraph(p: Point): Point;
  /** A node's drawn radius in pixels at the current zoom. */
  pixelSize(size: number): number;
}

/** Puts pinned nodes at their pins and marks them fixed; a node no longer pinned is freed. Returns how many moved. */
export function applyPins(graph: ExplorerGraph, pins: readonly Pin[]): number {
  const byKey = new Map(pins.map((p) => [p.key, p]));
  let moved = 0;
  graph.forEachNode((node, a) => {
    const pin = byKey.get(node);
    if (!pin) {
      if (a.fixed) graph.removeNodeAttribute(node, "fixed");
      return;
    }
    if (a.x !== pin.x || a.y !== pin.y) moved++;
    graph.mergeNodeAttributes(node, { x: pin.x, y: pin.y, fixed: true });
  });
  return moved;
}

/**
 * Evenly spaced points on a circle, in the given order, starting at the top and going clockwise on screen
 * (sigma's y axis points up). Pure.
 */
export function circlePoints(count: number, center: Point, radius: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = Math.PI / 2 - (2 * Math.PI * i) / count;
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}

/** The centre and half the larger side of the points' bounding box (a radius of 1 when they are one point). Pure. */
export function extentOf(points: readonly Point[]): { center: Point; radius: number } {
  if (points.length === 0) return { center: { x: 0, y: 0 }, radius: 1 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const radius = Math.max(maxX - minX, maxY - minY) / 2;
  return { center: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, radius: radius > 0 ? radius : 1 };
}

/** The free nodes on one circle over their current extent, grouped by type and largest first; pins stay. */
function circular(graph: ExplorerGraph): void {
  const free = graph.filterNodes((_, a) => !a.fixed);
  const { center, radius } = extentOf(free.map((node) => graph.getNodeAttributes(node)));
  const ordered = free
    .map((node) => ({ node, a: graph.getNodeAttributes(node) }))
    .sort(
      (p, q) => p.a.entityType.localeCompare(q.a.entityType) || q.a.size - p.a.size || p.node.localeCompare(q.node),
    );
  circlePoints(ordered.length, center, radius).forEach((point, i) => {
    const entry = ordered[i];
    if (entry) graph.mergeNodeAttributes(entry.node, point);
  });
}

/** Pushes overlapping discs apart on screen (graphology-layout-noverlap), then puts the pinned ones back. */
function removeOverlaps(graph: ExplorerGraph, frame: ScreenFrame): void {
  const fixed = new Map<string, Point>();
  graph.forEachNode((node, a) => {
    if (a.fixed) fixed.set(node, { x: a.x, y: a.y });
  });
  noverlap.assign(graph, {
    maxIterations: 200,
    inputReducer: (_, a) => ({ ...frame.toScreen(a), size: frame.pixelSize(a.size ?? 1) }),
    outputReducer: (_, p) => frame.toGraph(p),
    settings: { ratio: 1.1, margin: 3 },
  });
  for (const [node, p] of fixed) graph.mergeNodeAttributes(node, p);
}

/** The one-shot layouts by name (a registry, as Gephi Lite keeps its layouts). */
export const ONE_SHOT_LAYOUTS: Record<OneShotLayout, (graph: ExplorerGraph, frame: ScreenFrame) => void> = {
  circular: (graph) => circular(graph),
  noverlap: removeOverlaps,
};

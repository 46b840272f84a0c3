// Adding server subgraphs to the view and taking them away again: every node records who holds it in the view.

import type { ExplorerGraph, NormalizedGraph } from "./graph-model.js";

/** For each node, the reasons it is in the view: "base" (the overview), "expand:<key>", "path", "pin" (jumped to). */
export type Holders = Map<string, Set<string>>;

export const BASE_HOLDER = "base";
export const PIN_HOLDER = "pin";
export const PATH_HOLDER = "path";
/** The holder of the nodes that expanding `key` brought in. */
export const expandHolder = (key: string): string => `expand:${key}`;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The i-th of n positions on a sunflower spiral of the given radius around a centre: close, spread, deterministic. */
export function spiralPosition(
  center: { x: number; y: number },
  index: number,
  count: number,
  radius: number,
): { x: number; y: number } {
  const r = radius * (0.45 + 0.55 * Math.sqrt((index + 1) / Math.max(1, count)));
  const angle = index * GOLDEN_ANGLE;
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}

/** The larger side of the box around the nodes (-Infinity for a graph without nodes). */
export function graphExtent(graph: ExplorerGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(maxX - minX, maxY - minY);
}

/** A distance about three times the typical spacing of the nodes, for seeding new neighbours around a node. */
export function seedRadius(graph: ExplorerGraph): number {
  if (graph.order < 2) return 1;
  return (3 * Math.max(graphExtent(graph), 1e-6)) / Math.sqrt(graph.order);
}

function hold(holders: Holders, key: string, holder: string): void {
  const set = holders.get(key);
  if (set) set.add(holder);
  else holders.set(key, new Set([holder]));
}

/** Replaces the whole graph with a server graph held by "base"; positions start at the origin (seed them after). */
export function replaceGraph(graph: ExplorerGraph, data: NormalizedGraph, holders: Holders): void {
  graph.clear();
  holders.clear();
  graph.replaceAttributes(data.attributes);
  for (const n of data.nodes) {
    if (graph.hasNode(n.key)) continue;
    graph.addNode(n.key, { ...n.attributes, x: 0, y: 0, size: 1, color: "#999" });
    hold(holders, n.key, BASE_HOLDER);
  }
  for (const e of data.edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, size: 1, color: "#ccc" });
  }
}

/**
 * Merges a server subgraph into the view under a holder. New nodes are placed on a spiral around `anchor` (or around
 * the centroid of their neighbours already in view when no anchor is given). Returns the keys of the nodes it added.
 */
export function mergeGraph(
  graph: ExplorerGraph,
  data: NormalizedGraph,
  holders: Holders,
  holder: string,
  anchor?: { x: number; y: number },
): string[] {
  const added: string[] = [];
  const radius = seedRadius(graph);
  const fresh = data.nodes.filter((n) => !graph.hasNode(n.key));
  const center =
    anchor ??
    centroidOfKnownNeighbours(
      graph,
      data,
      fresh.map((n) => n.key),
    );
  fresh.forEach((n, i) => {
    const { x, y } = spiralPosition(center, i, fresh.length, radius);
    graph.addNode(n.key, { ...n.attributes, x, y, size: 1, color: "#999" });
    added.push(n.key);
  });
  for (const n of data.nodes) hold(holders, n.key, holder);
  for (const e of data.edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, size: 1, color: "#ccc" });
  }
  return added;
}

function centroidOfKnownNeighbours(
  graph: ExplorerGraph,
  data: NormalizedGraph,
  freshKeys: string[],
): { x: number; y: number } {
  const fresh = new Set(freshKeys);
  const known = new Set<string>();
  for (const e of data.edges) {
    if (fresh.has(e.source) && graph.hasNode(e.target)) known.add(e.target);
    if (fresh.has(e.target) && graph.hasNode(e.source)) known.add(e.source);
  }
  const points = (known.size > 0 ? [...known] : graph.nodes()).map((key) => graph.getNodeAttributes(key));
  if (points.length === 0) return { x: 0, y: 0 };
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

/** Adds a holder to one node already in view (e.g. "pin" for an entity the user jumped to). */
export function holdNode(holders: Holders, key: string, holder: string): void {
  hold(holders, key, holder);
}

/** Takes a holder away from every node and removes the nodes nothing holds any more; returns their keys. */
export function releaseHolder(graph: ExplorerGraph, holders: Holders, holder: string): string[] {
  const removed: string[] = [];
  for (const [key, set] of holders) {
    if (!set.delete(holder) || set.size > 0) continue;
    holders.delete(key);
    if (graph.hasNode(key)) {
      graph.dropNode(key);
      removed.push(key);
    }
  }
  return removed;
}

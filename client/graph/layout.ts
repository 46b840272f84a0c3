// Layout: seeded start positions, then ForceAtlas2 in its web worker until the nodes settle (or a time cap).

import circlepack from "graphology-layout/circlepack";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { seededRandom } from "../../common/seeded-random.js";
import type { ExplorerGraph } from "./graph-model.js";

/** Places every node by a seeded circle packing grouped by entity type, so a layout starts the same way each time. */
export function seedPositions(graph: ExplorerGraph): void {
  circlepack.assign(graph, { hierarchyAttributes: ["entityType"], rng: seededRandom(42) });
}

/** Mean displacement of the nodes between two snapshots, relative to the layout's extent. Pure. */
export function relativeMovement(
  before: Map<string, { x: number; y: number }>,
  after: Map<string, { x: number; y: number }>,
): number {
  let moved = 0;
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [key, p] of after) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    const q = before.get(key);
    if (!q) continue;
    moved += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (count === 0 || extent <= 0) return 0;
  return moved / count / extent;
}

export interface LayoutController {
  /** Starts (or restarts) ForceAtlas2; it stops by itself once the nodes settle. */
  run(): void;
  stop(): void;
  isRunning(): boolean;
  /** Stops the layout and kills its worker. */
  cleanup(): void;
}

const CHECK_MS = 400;
/** Settled: the nodes moved on average less than this share of the layout's extent since the last check. */
const SETTLED = 0.0015;

/** A ForceAtlas2 controller for the graph; `onChange(running)` reports starts and stops. */
export function createLayoutController(graph: ExplorerGraph, onChange: (running: boolean) => void): LayoutController {
  let layout: FA2Layout | null = null;
  let timer: number | undefined;
  let startedAt = 0;
  let snapshot = new Map<string, { x: number; y: number }>();

  const positions = (): Map<string, { x: number; y: number }> => {
    const map = new Map<string, { x: number; y: number }>();
    graph.forEachNode((node, a) => map.set(node, { x: a.x, y: a.y }));
    return map;
  };

  const stop = (): void => {
    window.clearInterval(timer);
    timer = undefined;
    if (layout?.isRunning()) layout.stop();
    layout?.kill();
    layout = null;
    onChange(false);
  };

  const run = (): void => {
    stop();
    if (graph.order < 2) return;
    // Strong gravity keeps small components and isolated nodes near the rest instead of drifting to the edges.
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 400,
      strongGravityMode: true,
      gravity: 1,
    };
    layout = new FA2Layout(graph, { settings, getEdgeWeight: "weight" });
    layout.start();
    onChange(true);
    startedAt = performance.now();
    snapshot = positions();
    // Big graphs need longer to settle; the cap keeps a layout from running for ever.
    const maxMs = Math.min(30_000, 4_000 + graph.order * 4);
    // A worker iteration over thousands of nodes is slow: give big graphs time before judging that they settled.
    const minMs = Math.min(maxMs, 1_500 + graph.order * 1.5);
    timer = window.setInterval(() => {
      const now = positions();
      const movement = relativeMovement(snapshot, now);
      snapshot = now;
      const elapsed = performance.now() - startedAt;
      if ((elapsed > minMs && movement < SETTLED) || elapsed > maxMs) stop();
    }, CHECK_MS);
  };

  return { run, stop, isRunning: () => layout !== null, cleanup: stop };
}

// Layout: seeded start positions, then ForceAtlas2 for a fixed number of iterations (so the same graph always ends in
// the same place, and a link's camera means the same thing), then a pass that keeps labels from covering each other.

import circlepack from "graphology-layout/circlepack";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { seededRandom } from "../../common/seeded-random.js";
import type { ExplorerGraph } from "./graph-model.js";
import { LABEL_GAP, LABEL_SIZE, labelWidth } from "./label-font.js";
import { graphExtent } from "./graph-merge.js";
import { separateLabelBoxes, type LabelBox } from "./label-overlap.js";

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
  /** Abandons the layout where it is (before the graph is replaced). */
  stop(): void;
  /**
   * Runs what is left of the current layout at once: the nodes take the layout's final positions, whatever the time
   * the animation had. Call it before anything that places new nodes relative to the old ones.
   */
  finish(): void;
  isRunning(): boolean;
  /** Stops the layout and kills its worker. */
  cleanup(): void;
}

const CHECK_MS = 400;
/** Settled: the nodes moved on average less than this share of the layout's extent since the last check. */
const SETTLED = 0.0015;

/** Graphs up to this many nodes get the reproducible layout; bigger ones run in the worker until they settle. */
const REPRODUCIBLE_MAX_NODES = 2000;
/** ForceAtlas2 iterations of the reproducible layout. */
const ITERATIONS = 600;
/**
 * Work per animation step (node and edge visits): bigger graphs take fewer iterations per step, always as many for a
 * graph of a size (ForceAtlas2 starts its speeds again at each call, so the chunking is part of the result). Each step
 * is also a redraw, so fewer, larger steps settle a graph of a thousand nodes in seconds rather than half a minute.
 */
const STEP_WORK = 160_000;
const STEP_MS = 16;
/** The label pass sizes labels for a view this many pixels across (a graph area of 1440×900 with the panel open). */
const REFERENCE_PX = 560;
/** Above this many nodes sigma's label grid shows few labels, and the pass would cost more than it gives. */
const LABEL_PASS_MAX_NODES = 600;
/** A disc's radius for the label pass: fixed, so the pass does not depend on when the measures set the sizes. */
const DISC_PX = 6;

/** Moves nodes apart until their labels (drawn at the reference scale) no longer cover each other. */
export function separateLabels(graph: ExplorerGraph): void {
  if (graph.order < 2 || graph.order > LABEL_PASS_MAX_NODES) return;
  const extent = graphExtent(graph);
  if (!(extent > 0)) return;
  const scale = REFERENCE_PX / extent;
  const boxes: LabelBox[] = graph.mapNodes((key, a) => ({
    key,
    x: a.x * scale,
    y: a.y * scale,
    left: DISC_PX,
    right: DISC_PX + (a.label ? LABEL_GAP + labelWidth(a.label) : 0),
    halfHeight: Math.max(DISC_PX, LABEL_SIZE * 0.75),
    fixed: a.fixed === true,
  }));
  separateLabelBoxes(boxes);
  for (const box of boxes) graph.mergeNodeAttributes(box.key, { x: box.x / scale, y: box.y / scale });
}

/** A ForceAtlas2 controller for the graph; `onChange(running)` reports starts and stops. */
export function createLayoutController(graph: ExplorerGraph, onChange: (running: boolean) => void): LayoutController {
  let layout: FA2Layout | null = null;
  /** The reproducible layout in progress: its settings and the iterations left. */
  let steps: { settings: ReturnType<typeof forceAtlas2.inferSettings>; left: number; size: number } | null = null;
  let stepTimer: number | undefined;
  let timer: number | undefined;
  let startedAt = 0;
  let snapshot = new Map<string, { x: number; y: number }>();

  const positions = (): Map<string, { x: number; y: number }> => {
    const map = new Map<string, { x: number; y: number }>();
    graph.forEachNode((node, a) => map.set(node, { x: a.x, y: a.y }));
    return map;
  };

  /** One step of the reproducible layout; the last one ends with the label pass. */
  const step = (): void => {
    if (!steps) return;
    const iterations = Math.min(steps.size, steps.left);
    forceAtlas2.assign(graph, { iterations, settings: steps.settings, getEdgeWeight: "weight" });
    steps.left -= iterations;
    if (steps.left > 0) return;
    steps = null;
    separateLabels(graph);
  };

  const finish = (): void => {
    if (!steps) {
      if (layout) stop();
      return;
    }
    window.clearTimeout(stepTimer);
    while (steps) step();
    onChange(false);
  };

  const animate = (): void => {
    step();
    if (steps) stepTimer = window.setTimeout(animate, STEP_MS);
    else onChange(false);
  };

  const stop = (): void => {
    // Abandons the layout where it is (the graph is about to be replaced); `finish` is the stop that keeps links true.
    window.clearTimeout(stepTimer);
    steps = null;
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
    if (graph.order <= REPRODUCIBLE_MAX_NODES) {
      steps = { settings, left: ITERATIONS, size: Math.max(1, Math.floor(STEP_WORK / (graph.order + graph.size))) };
      onChange(true);
      stepTimer = window.setTimeout(animate, 0);
      return;
    }
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

  return { run, stop, finish, isRunning: () => layout !== null || steps !== null, cleanup: stop };
}

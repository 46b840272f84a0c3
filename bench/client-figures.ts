// The client bench's settings and figures: medians of the visits, the explorer's cost against bare sigma, the printed
// table and the final JSON line.

import { median, positiveInt, round } from "./bench-support.js";
import type { Visit } from "./client-pages.js";

/** What the explorer is held to: within this factor of bare sigma, and the sample's first frame within 1.5 s. */
const RATIO_TARGET = 1.3;
const SAMPLE_TARGET_MS = 1500;
/** The time bar's play step redraws a view within this. */
const PLAY_STEP_TARGET_MS = 100;

export interface ClientBenchSettings {
  sizes: number[];
  rounds: number;
  /** Quiet time before the gesture, after the explorer's ForceAtlas2 has stopped (`#graph[data-layout]`). */
  settleMs: number;
  gestureMs: number;
}

export const DEFAULT_CLIENT_BENCH: ClientBenchSettings = {
  sizes: [1000, 5000, 20_000],
  rounds: 3,
  settleMs: 1000,
  gestureMs: 3000,
};

/** Reads the settings from the environment; a bad value stops the bench with a message naming the variable. */
export function resolveClientBenchSettings(): ClientBenchSettings {
  const listed = process.env.BENCH_SIZES;
  const sizes = (listed ?? DEFAULT_CLIENT_BENCH.sizes.join(",")).split(",").map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
    throw new Error(`BENCH_SIZES must be a comma-separated list of node counts such as 1000,5000 (got "${listed}")`);
  }
  return {
    sizes,
    rounds: positiveInt("BENCH_ROUNDS", DEFAULT_CLIENT_BENCH.rounds),
    settleMs: positiveInt("BENCH_SETTLE_MS", DEFAULT_CLIENT_BENCH.settleMs),
    gestureMs: positiveInt("BENCH_GESTURE_MS", DEFAULT_CLIENT_BENCH.gestureMs),
  };
}

export interface PageFigures {
  firstFrameMs: number;
  /** The first frame less the wait for /api/overview: the page's own work (start-up, then drawing the answer). */
  ownMs: number;
  apiAskedMs: number;
  apiDoneMs: number;
  layoutMs: number;
  fps: number;
  renderedNodes: number;
}

export interface SizeFigures {
  nodes: number;
  relations: number;
  apiMs: number;
  explorer: PageFigures;
  bare: PageFigures;
  /** The time bar's play step on this view: medians over the steps of every round, and the slowest step. */
  playStep?: { redrawMs: number; frameMs: number; maxRedrawMs: number; steps: number; visibleEdges: number };
}

export interface SizeError {
  nodes: number;
  error: string;
}

export interface SampleFigures {
  firstFrameMs: number;
  /** Entities the explorer drew. */
  nodes: number;
}

export function summarize(visits: Visit[]): PageFigures {
  return {
    firstFrameMs: median(visits.map((v) => v.firstFrameMs)),
    ownMs: median(visits.map((v) => v.firstFrameMs - (v.apiDoneMs - v.apiAskedMs))),
    apiAskedMs: median(visits.map((v) => v.apiAskedMs)),
    apiDoneMs: median(visits.map((v) => v.apiDoneMs)),
    layoutMs: median(visits.map((v) => v.layoutMs ?? Number.NaN)),
    fps: median(visits.map((v) => v.fps ?? Number.NaN)),
    renderedNodes: Math.min(...visits.map((v) => v.renderedNodes)),
  };
}

/** The explorer's cost against bare sigma, so that for every figure 1 is parity and the target is <= 1.3. */
function ratios(size: SizeFigures): { firstFrame: number; own: number; fps: number } {
  const { explorer, bare } = size;
  return {
    firstFrame: explorer.firstFrameMs / bare.firstFrameMs,
    own: explorer.ownMs / bare.ownMs,
    fps: bare.fps / explorer.fps,
  };
}

/** A block of lines per size: each page's medians, then the ratios. */
function printSize(size: SizeFigures): void {
  const ratio = ratios(size);
  const widths = [9, 13, 28, 12, 8, 10];
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[i] ?? 10))).join("")}`;
  const page = (name: string, figures: PageFigures, layout: string): string =>
    line([
      name,
      ms(figures.firstFrameMs),
      `${ms(figures.apiAskedMs)} → ${ms(figures.apiDoneMs)}`,
      ms(figures.ownMs),
      figures.fps.toFixed(1),
      layout,
    ]);
  console.log(`${size.nodes} nodes, ${size.relations} relations; /api/overview from Node ${ms(size.apiMs)}`);
  console.log(line(["", "first frame", "overview asked → arrived", "own time", "fps", "layout"]));
  console.log(page("explorer", size.explorer, ms(size.explorer.layoutMs)));
  console.log(page("bare", size.bare, ""));
  console.log(
    line(["ratio", `${ratio.firstFrame.toFixed(2)}x`, "", `${ratio.own.toFixed(2)}x`, `${ratio.fps.toFixed(2)}x`]),
  );
  const play = size.playStep;
  if (play)
    console.log(
      `  time bar play step: redraw ${ms(play.redrawMs)} (slowest ${ms(play.maxRedrawMs)}), to next frame ${ms(play.frameMs)}; median of ${play.steps} steps, ${play.visibleEdges} relations in the first year; target <= ${ms(PLAY_STEP_TARGET_MS)}`,
    );
}

function jsonFigures(size: SizeFigures): Record<string, number> {
  const key = `nodes_${size.nodes}`;
  const ratio = ratios(size);
  return {
    [`${key}_relations`]: size.relations,
    [`${key}_api_ms`]: Math.round(size.apiMs),
    [`${key}_first_frame_ms`]: Math.round(size.explorer.firstFrameMs),
    [`${key}_fps`]: round(size.explorer.fps),
    [`${key}_bare_first_frame_ms`]: Math.round(size.bare.firstFrameMs),
    [`${key}_bare_fps`]: round(size.bare.fps),
    [`${key}_first_frame_ratio`]: round(ratio.firstFrame),
    [`${key}_own_ms`]: Math.round(size.explorer.ownMs),
    [`${key}_bare_own_ms`]: Math.round(size.bare.ownMs),
    [`${key}_own_ratio`]: round(ratio.own),
    [`${key}_fps_ratio`]: round(ratio.fps),
    [`${key}_layout_ms`]: Math.round(size.explorer.layoutMs),
    ...(size.playStep
      ? {
          [`${key}_play_step_ms`]: round(size.playStep.redrawMs),
          [`${key}_play_step_max_ms`]: round(size.playStep.maxRedrawMs),
          [`${key}_play_step_frame_ms`]: round(size.playStep.frameMs),
        }
      : {}),
  };
}

/** Prints the table and, last, the one JSON line of figures. */
export function report(
  settings: ClientBenchSettings,
  sample: SampleFigures,
  sizes: Array<SizeFigures | SizeError>,
): void {
  const figures: Record<string, number | string> = {
    rounds: settings.rounds,
    settle_ms: settings.settleMs,
    gesture_ms: settings.gestureMs,
    sample_nodes: sample.nodes,
    sample_first_frame_ms: Math.round(sample.firstFrameMs),
  };
  console.log("");
  console.log(
    `Medians of ${settings.rounds} rounds. Ratios are the explorer's cost against bare sigma: first frame explorer/bare, fps bare/explorer; target <= ${RATIO_TARGET}.`,
  );
  console.log(
    "First frame: navigation start to the page's kg:first-frame mark; own time: the same less the wait for /api/overview.",
  );
  console.log("fps: requestAnimationFrame callbacks per second during a scripted pan and zoom.");
  console.log(
    "Layout: from the explorer's first frame until #graph[data-layout] said it stopped; the gesture starts after it.",
  );
  console.log(
    "Play step: the time bar's step to the next year through the test hook, until sigma has drawn (redraw) and until the next frame.",
  );
  for (const size of sizes) {
    if ("error" in size) {
      console.log(`${size.nodes} nodes: not measured: ${size.error}`);
      figures[`nodes_${size.nodes}_error`] = size.error;
    } else {
      printSize(size);
      Object.assign(figures, jsonFigures(size));
    }
  }
  console.log(
    `sample report (${sample.nodes} entities drawn): explorer's first frame ${ms(sample.firstFrameMs)}, target <= ${ms(SAMPLE_TARGET_MS)}`,
  );
  console.log(JSON.stringify(figures));
}

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : "-");

// `npm run bench:client`: the explorer in headless Chromium next to a bare sigma page drawing the same graph, on a real
// local Neo4j and the real server: time from navigation to the first frame, and frames per second during a scripted
// pan and zoom once the explorer's layout has stopped. Settings: BENCH_SIZES (default 1000,5000,20000), BENCH_ROUNDS (3),
// BENCH_SETTLE_MS (1000, quiet time before the gesture), BENCH_GESTURE_MS (3000).

import compression from "compression";
import express from "express";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { errors, type BrowserContext, type Mouse, type Page } from "playwright-core";
import { build } from "vite";
import { emptyGraph } from "../neo4j/graph-maintenance.js";
import type { GraphDatabase } from "../neo4j/graph-database.js";
import type { OverviewGraph } from "../common/api.js";
import { createApp } from "../server/app.js";
import { createGraphRepository } from "../server/repository/index.js";
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE } from "../tests/helpers/chromium.js";
import { loadSampleReport } from "../tests/helpers/test-graph.js";
import { median, positiveInt, ROOT, round, startBenchNeo4j } from "./bench-support.js";
import { buildSyntheticGraph, writeSyntheticGraph } from "./synthetic-graph.js";

/** What the explorer is held to: within this factor of bare sigma, and the sample's first frame within 1.5 s. */
const RATIO_TARGET = 1.3;
const SAMPLE_TARGET_MS = 1500;
const FIRST_FRAME_TIMEOUT_MS = 120_000;
/** The explorer caps its ForceAtlas2 at 30 s; past this, the bench measures anyway and says so. */
const LAYOUT_TIMEOUT_MS = 60_000;
const QUIET_AFTER_VISIT_MS = 1500;
const BENCH_STARTED = performance.now();

interface ClientBenchSettings {
  sizes: number[];
  rounds: number;
  /** Quiet time before the gesture, after the explorer's ForceAtlas2 has stopped (`#graph[data-layout]`). */
  settleMs: number;
  gestureMs: number;
}

const DEFAULT_CLIENT_BENCH: ClientBenchSettings = { sizes: [1000, 5000, 20_000], rounds: 3, settleMs: 1000, gestureMs: 3000 };

/** Reads the settings from the environment; a bad value stops the bench with a message naming the variable. */
function resolveClientBenchSettings(): ClientBenchSettings {
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

/** One visit of a page: milliseconds from navigation start, and the frame rate during the gesture (if measured). */
interface Visit {
  firstFrameMs: number;
  /** When the page asked for /api/overview and when the answer had arrived (NaN if it never asked). */
  apiAskedMs: number;
  apiDoneMs: number;
  renderedNodes: number;
  /** From the first frame to the end of the explorer's layout (as the bench saw it, to 200 ms). */
  layoutMs?: number;
  fps?: number;
}

interface PageFigures {
  firstFrameMs: number;
  /** The first frame less the wait for /api/overview: the page's own work (start-up, then drawing the answer). */
  ownMs: number;
  apiAskedMs: number;
  apiDoneMs: number;
  layoutMs: number;
  fps: number;
  renderedNodes: number;
}

interface SizeFigures {
  nodes: number;
  relations: number;
  apiMs: number;
  explorer: PageFigures;
  bare: PageFigures;
}

interface SizeError {
  nodes: number;
  error: string;
}

interface SampleFigures {
  firstFrameMs: number;
  /** Entities the explorer drew. */
  nodes: number;
}

interface Bench {
  settings: ClientBenchSettings;
  db: GraphDatabase;
  url: string;
  context: BrowserContext;
}

/** Steps that stop what the bench started, run last-started first, once, on success, error or Ctrl-C. */
function createTeardown(): { add(step: () => Promise<void>): void; run(): Promise<void>; readonly finished: boolean } {
  const steps: Array<() => Promise<void>> = [];
  let running: Promise<void> | undefined;
  let finished = false;
  return {
    add: (step) => void steps.push(step),
    run() {
      running ??= (async () => {
        for (let step = steps.pop(); step; step = steps.pop()) await step().catch((error: unknown) => console.error("bench/client: teardown:", error));
        finished = true;
      })();
      return running;
    },
    get finished() {
      return finished;
    },
  };
}

async function main(): Promise<void> {
  const settings = resolveClientBenchSettings();
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(NO_CHROMIUM_MESSAGE);
  const work = await mkdtemp(path.join(os.tmpdir(), "kg-bench-client-"));
  const teardown = createTeardown();
  teardown.add(() => rm(work, { recursive: true, force: true, maxRetries: 5 }));
  const onSignal = (): void => void teardown.run().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const [explorerDir, bareDir] = await buildPages(work);
    const { local, db } = await startBenchNeo4j(path.join(work, "data"));
    teardown.add(() => local.stop());
    teardown.add(() => db.close());
    // Playwright answers Ctrl-C itself by closing Chromium and exiting: then at least the JVM and the files go.
    process.once("exit", () => {
      if (teardown.finished) return;
      try {
        process.kill(local.pid, "SIGKILL");
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    const server = await serveBench(db, explorerDir, bareDir);
    teardown.add(() => server.close());
    const browser = await launchChromiumIn(work, chromiumPath);
    teardown.add(() => browser.close());

    const bench: Bench = { settings, db, url: server.url, context: browser.context };
    const sample = await benchSample(bench);
    const sizes: Array<SizeFigures | SizeError> = [];
    for (const nodes of settings.sizes) {
      sizes.push(await benchSize(bench, nodes).catch((error: unknown) => ({ nodes, error: error instanceof Error ? error.message : String(error) })));
    }
    report(settings, sample, sizes);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await teardown.run();
  }
}

/**
 * Chromium with its throwaway profile inside the work folder (the helper makes it under the temporary directory): on
 * Ctrl-C Playwright closes Chromium and exits before `close` can remove the profile, and the work folder still goes.
 */
async function launchChromiumIn(work: string, executable: string): ReturnType<typeof launchChromium> {
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = work;
  try {
    return await launchChromium(executable);
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
}

/** Builds the explorer (its own vite config) and the bare page into the work folder, leaving dist/ alone. */
async function buildPages(work: string): Promise<[string, string]> {
  const explorerDir = path.join(work, "explorer");
  const bareDir = path.join(work, "bare");
  const started = performance.now();
  await build({ configFile: path.join(ROOT, "vite.config.ts"), root: path.join(ROOT, "client"), logLevel: "warn", build: { outDir: explorerDir, emptyOutDir: true } });
  await build({ configFile: false, root: path.join(ROOT, "bench", "bare-sigma"), base: "/bare/", logLevel: "warn", build: { outDir: bareDir, emptyOutDir: true } });
  progress(`explorer and bare sigma page built in ${seconds(performance.now() - started)}`);
  return [explorerDir, bareDir];
}

/** The real app on a free port, with the bare page beside it under /bare/ (same origin, same compression and caching). */
async function serveBench(db: GraphDatabase, explorerDir: string, bareDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use("/bare", compression(), express.static(bareDir, { maxAge: "1h" }));
  app.use(createApp({ repository: createGraphRepository(db), clientDir: explorerDir }));
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The explorer as a user opens it, on the graph of the sample report: first frame only (after warming both pages up). */
async function benchSample(bench: Bench): Promise<SampleFigures> {
  await loadSampleReport(bench.db);
  await fetchOverview(`${bench.url}/api/overview`); // the server's analytics, computed once per graph
  // Warm-up of both pages, once for all sizes: HTTP cache and compiled code.
  await visit(bench.context, `${bench.url}/`, undefined);
  await visit(bench.context, `${bench.url}/bare/`, undefined);
  const visits: Visit[] = [];
  for (let round = 0; round < bench.settings.rounds; round++) visits.push(await visit(bench.context, `${bench.url}/`, undefined));
  const sample = summarize(visits);
  progress(`sample report: ${sample.renderedNodes} entities drawn; explorer's first frame ${visits.map((v) => ms(v.firstFrameMs)).join(" / ")}`);
  return { firstFrameMs: sample.firstFrameMs, nodes: sample.renderedNodes };
}

/** Loads a synthetic graph of `nodes` entities and measures both pages on it, alternating which goes first. */
async function benchSize(bench: Bench, nodes: number): Promise<SizeFigures> {
  const { settings, db, url, context } = bench;
  await emptyGraph(db);
  progress(`${nodes} nodes: writing the synthetic graph`);
  const written = performance.now();
  await writeSyntheticGraph(db, buildSyntheticGraph(nodes));
  const query = `?view=entities&limit=${nodes}&measure=degree`;
  // The first request computes the server's whole-graph analytics; the second is what every page load then costs.
  await fetchOverview(`${url}/api/overview${query}`);
  const graph = await fetchOverview(`${url}/api/overview${query}`);
  progress(`${nodes} nodes: graph written and analysed by the server in ${seconds(performance.now() - written)}; /api/overview then answers in ${ms(graph.ms)}`);
  const pages = { explorer: `${url}/${query}`, bare: `${url}/bare/${query}` };
  const visits: Record<keyof typeof pages, Visit[]> = { explorer: [], bare: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const order: Array<keyof typeof pages> = round % 2 === 0 ? ["explorer", "bare"] : ["bare", "explorer"];
    for (const name of order) {
      const result = await visit(context, pages[name], settings);
      visits[name].push(result);
      progress(`${nodes} nodes, round ${round + 1}, ${name}: first frame ${ms(result.firstFrameMs)}, layout ${ms(result.layoutMs ?? Number.NaN)}, ${result.fps?.toFixed(1)} fps`);
    }
  }
  const figures = { nodes, relations: graph.relations, apiMs: graph.ms, explorer: summarize(visits.explorer), bare: summarize(visits.bare) };
  for (const name of ["explorer", "bare"] as const) {
    if (figures[name].renderedNodes !== graph.nodes) console.log(`WARNING: the ${name} page drew ${figures[name].renderedNodes} nodes of the ${graph.nodes} the API sent`);
  }
  return figures;
}

/** Fetches an overview from Node: its size and how long the server took. */
async function fetchOverview(url: string): Promise<{ nodes: number; relations: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench/client: ${url} answered ${response.status}: ${await response.text()}`);
  const graph = (await response.json()) as OverviewGraph;
  return { nodes: graph.nodes.length, relations: graph.edges.length, ms: performance.now() - started };
}

/** Opens a fresh page, waits for its first frame and, given settings, measures the frame rate of the gesture. */
async function visit(context: BrowserContext, url: string, settings: ClientBenchSettings | undefined): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("kg:first-frame").length > 0 || document.body.dataset.error !== undefined, undefined, {
      timeout: FIRST_FRAME_TIMEOUT_MS,
      polling: 100,
    }).catch(() => undefined);
    const loaded = await page.evaluate(readLoadTimings);
    if (loaded === null) {
      const text = (await page.locator("body").innerText().catch(() => "")).slice(0, 300);
      throw new Error(`bench/client: ${url} marked no "kg:first-frame" in ${FIRST_FRAME_TIMEOUT_MS / 1000} s (page errors: ${errors.join("; ") || "none"}; page text: ${text})`);
    }
    if (!settings) return loaded;
    const layoutMs = await waitForLayout(page);
    await page.waitForTimeout(settings.settleMs);
    return { ...loaded, layoutMs, fps: await framesPerSecond(page, settings.gestureMs) };
  } finally {
    await page.close();
    // Let the browser finish with the closed page, so its teardown does not slow the next page's start.
    await new Promise((resolve) => setTimeout(resolve, QUIET_AFTER_VISIT_MS));
  }
}

/** Waits while the explorer says its layout runs (`#graph[data-layout="running"]`); the bare page has none. */
async function waitForLayout(page: Page): Promise<number> {
  const stopped = await page.waitForFunction(() => document.querySelector('#graph[data-layout="running"]') === null, undefined, { timeout: LAYOUT_TIMEOUT_MS, polling: 200 }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof errors.TimeoutError) return false;
      throw error;
    },
  );
  if (!stopped) console.log(`WARNING: ${page.url()}: the layout still ran ${LAYOUT_TIMEOUT_MS / 1000} s after the first frame; measuring anyway`);
  return page.evaluate(() => performance.now() - (performance.getEntriesByName("kg:first-frame")[0] as PerformanceEntry).startTime);
}

/** In the page: when the first frame was marked and the overview had arrived, how many nodes were drawn; null before. */
function readLoadTimings(): Visit | null {
  const mark = performance.getEntriesByName("kg:first-frame")[0];
  if (!mark) return null;
  const api = performance.getEntriesByType("resource").find((entry) => entry.name.includes("/api/overview")) as PerformanceResourceTiming | undefined;
  return {
    firstFrameMs: mark.startTime,
    apiAskedMs: api?.startTime ?? Number.NaN,
    apiDoneMs: api?.responseEnd ?? Number.NaN,
    renderedNodes: Number(document.body.dataset.renderedNodes),
  };
}

interface FrameCounter {
  frames: number;
  started: number;
  running: boolean;
  tick?: () => void;
}
type CountingWindow = typeof globalThis & { kgFrameCounter?: FrameCounter };

// The two in-page functions below avoid named inner functions: tsx wraps those in a `__name` helper that the page lacks.

/** In the page: counts requestAnimationFrame callbacks from now on. */
function startFrameCounter(): void {
  const counter: FrameCounter = { frames: 0, started: performance.now(), running: true };
  counter.tick = (): void => {
    if (!counter.running) return;
    counter.frames += 1;
    requestAnimationFrame(counter.tick as () => void);
  };
  (globalThis as CountingWindow).kgFrameCounter = counter;
  requestAnimationFrame(counter.tick);
}

/** In the page: stops the counter; frames counted and the milliseconds they took. */
function stopFrameCounter(): { frames: number; ms: number } {
  const counter = (globalThis as CountingWindow).kgFrameCounter as FrameCounter;
  counter.running = false;
  return { frames: counter.frames, ms: performance.now() - counter.started };
}

/** Frames per second the page draws while the mouse pans (drags) and zooms (wheel) the graph for `durationMs`. */
async function framesPerSecond(page: Page, durationMs: number): Promise<number> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error(`bench/client: ${page.url()} has no visible #graph`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.evaluate(startFrameCounter);
  await panAndZoom(page.mouse, x, y, durationMs);
  const { frames, ms: elapsed } = await page.evaluate(stopFrameCounter);
  return frames / (elapsed / 1000);
}

/**
 * Strokes until the time is up: a drag of 240×120 px in 12 moves, then three wheel notches, in on even strokes and out
 * on odd ones, so the view stays around the graph. The clock is checked before every event: on a slow page one event
 * can take a second, and the gesture must still last about `durationMs`.
 */
async function panAndZoom(mouse: Mouse, x: number, y: number, durationMs: number): Promise<void> {
  const deadline = performance.now() + durationMs;
  const late = (): boolean => performance.now() >= deadline;
  for (let stroke = 0; !late(); stroke++) {
    const direction = stroke % 2 === 0 ? 1 : -1;
    await mouse.move(x, y);
    await mouse.down();
    for (let step = 1; step <= 12 && !late(); step++) await mouse.move(x + (direction * 240 * step) / 12, y + (direction * 120 * step) / 12);
    await mouse.up();
    for (let notch = 0; notch < 3 && !late(); notch++) await mouse.wheel(0, -direction * 240);
  }
}

function summarize(visits: Visit[]): PageFigures {
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
  return { firstFrame: explorer.firstFrameMs / bare.firstFrameMs, own: explorer.ownMs / bare.ownMs, fps: bare.fps / explorer.fps };
}

/** A block of lines per size: each page's medians, then the ratios. */
function printSize(size: SizeFigures): void {
  const ratio = ratios(size);
  const widths = [9, 13, 28, 12, 8, 10];
  const line = (cells: string[]): string => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[i] ?? 10))).join("")}`;
  const page = (name: string, figures: PageFigures, layout: string): string =>
    line([name, ms(figures.firstFrameMs), `${ms(figures.apiAskedMs)} → ${ms(figures.apiDoneMs)}`, ms(figures.ownMs), figures.fps.toFixed(1), layout]);
  console.log(`${size.nodes} nodes, ${size.relations} relations; /api/overview from Node ${ms(size.apiMs)}`);
  console.log(line(["", "first frame", "overview asked → arrived", "own time", "fps", "layout"]));
  console.log(page("explorer", size.explorer, ms(size.explorer.layoutMs)));
  console.log(page("bare", size.bare, ""));
  console.log(line(["ratio", `${ratio.firstFrame.toFixed(2)}x`, "", `${ratio.own.toFixed(2)}x`, `${ratio.fps.toFixed(2)}x`]));
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
  };
}

/** Prints the table and, last, the one JSON line of figures. */
function report(settings: ClientBenchSettings, sample: SampleFigures, sizes: Array<SizeFigures | SizeError>): void {
  const figures: Record<string, number | string> = {
    rounds: settings.rounds,
    settle_ms: settings.settleMs,
    gesture_ms: settings.gestureMs,
    sample_nodes: sample.nodes,
    sample_first_frame_ms: Math.round(sample.firstFrameMs),
  };
  console.log("");
  console.log(`Medians of ${settings.rounds} rounds. Ratios are the explorer's cost against bare sigma: first frame explorer/bare, fps bare/explorer; target <= ${RATIO_TARGET}.`);
  console.log("First frame: navigation start to the page's kg:first-frame mark; own time: the same less the wait for /api/overview.");
  console.log("fps: requestAnimationFrame callbacks per second during a scripted pan and zoom.");
  console.log("Layout: from the explorer's first frame until #graph[data-layout] said it stopped; the gesture starts after it.");
  for (const size of sizes) {
    if ("error" in size) {
      console.log(`${size.nodes} nodes: not measured: ${size.error}`);
      figures[`nodes_${size.nodes}_error`] = size.error;
    } else {
      printSize(size);
      Object.assign(figures, jsonFigures(size));
    }
  }
  console.log(`sample report (${sample.nodes} entities drawn): explorer's first frame ${ms(sample.firstFrameMs)}, target <= ${ms(SAMPLE_TARGET_MS)}`);
  console.log(JSON.stringify(figures));
}

/** A progress line on stderr, stamped with the seconds since the bench started. */
const progress = (text: string): void => void process.stderr.write(`[${seconds(performance.now() - BENCH_STARTED).padStart(7)}] ${text}\n`);
const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : "-");

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

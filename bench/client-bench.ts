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
import type { BrowserContext } from "playwright-core";
import { build } from "vite";
import { emptyGraph } from "../neo4j/graph-maintenance.js";
import type { GraphDatabase } from "../neo4j/graph-database.js";
import type { OverviewGraph } from "../common/api.js";
import { createApp, graphServices } from "../server/app.js";
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE } from "../tests/helpers/chromium.js";
import { loadSampleReport } from "../tests/helpers/test-graph.js";
import { median, ROOT, startBenchNeo4j } from "./bench-support.js";
import {
  ms,
  report,
  resolveClientBenchSettings,
  seconds,
  summarize,
  type ClientBenchSettings,
  type SampleFigures,
  type SizeError,
  type SizeFigures,
} from "./client-figures.js";
import { visit, type Visit } from "./client-pages.js";
import { timePlaySteps, type PlayStepTimes } from "./client-time.js";
import { buildSyntheticGraph, writeSyntheticGraph } from "./synthetic-graph.js";

const BENCH_STARTED = performance.now();

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
        for (let step = steps.pop(); step; step = steps.pop())
          await step().catch((error: unknown) => console.error("bench/client: teardown:", error));
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
      sizes.push(
        await benchSize(bench, nodes).catch((error: unknown) => ({
          nodes,
          error: error instanceof Error ? error.message : String(error),
        })),
      );
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
  await build({
    configFile: path.join(ROOT, "vite.config.ts"),
    root: path.join(ROOT, "client"),
    logLevel: "warn",
    build: { outDir: explorerDir, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: path.join(ROOT, "bench", "bare-sigma"),
    base: "/bare/",
    logLevel: "warn",
    build: { outDir: bareDir, emptyOutDir: true },
  });
  progress(`explorer and bare sigma page built in ${seconds(performance.now() - started)}`);
  return [explorerDir, bareDir];
}

/** The real app on a free port, with the bare page beside it under /bare/ (same origin, same compression and caching). */
async function serveBench(
  db: GraphDatabase,
  explorerDir: string,
  bareDir: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use("/bare", compression(), express.static(bareDir, { maxAge: "1h" }));
  app.use(createApp({ ...graphServices(db), apiTokens: [], clientDir: explorerDir }));
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
  for (let round = 0; round < bench.settings.rounds; round++)
    visits.push(await visit(bench.context, `${bench.url}/`, undefined));
  const sample = summarize(visits);
  progress(
    `sample report: ${sample.renderedNodes} entities drawn; explorer's first frame ${visits.map((v) => ms(v.firstFrameMs)).join(" / ")}`,
  );
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
  progress(
    `${nodes} nodes: graph written and analysed by the server in ${seconds(performance.now() - written)}; /api/overview then answers in ${ms(graph.ms)}`,
  );
  const pages = { explorer: `${url}/${query}`, bare: `${url}/bare/${query}` };
  const visits: Record<keyof typeof pages, Visit[]> = { explorer: [], bare: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const order: Array<keyof typeof pages> = round % 2 === 0 ? ["explorer", "bare"] : ["bare", "explorer"];
    for (const name of order) {
      const result = await visit(context, pages[name], settings);
      visits[name].push(result);
      progress(
        `${nodes} nodes, round ${round + 1}, ${name}: first frame ${ms(result.firstFrameMs)}, layout ${ms(result.layoutMs ?? Number.NaN)}, ${result.fps?.toFixed(1)} fps`,
      );
    }
  }
  const plays: PlayStepTimes[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    plays.push(await timePlaySteps(context, pages.explorer));
    progress(
      `${nodes} nodes, round ${round + 1}, time bar play steps: ${(plays.at(-1) as PlayStepTimes).redrawMs.map(ms).join(" / ")}`,
    );
  }
  const redraws = plays.flatMap((p) => p.redrawMs);
  const figures = {
    nodes,
    relations: graph.relations,
    apiMs: graph.ms,
    explorer: summarize(visits.explorer),
    bare: summarize(visits.bare),
    playStep: {
      redrawMs: median(redraws),
      frameMs: median(plays.flatMap((p) => p.frameMs)),
      maxRedrawMs: Math.max(...redraws),
      steps: redraws.length,
      visibleEdges: plays[0]?.visibleEdges ?? 0,
    },
  };
  for (const name of ["explorer", "bare"] as const) {
    if (figures[name].renderedNodes !== graph.nodes)
      console.log(
        `WARNING: the ${name} page drew ${figures[name].renderedNodes} nodes of the ${graph.nodes} the API sent`,
      );
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

/** A progress line on stderr, stamped with the seconds since the bench started. */
const progress = (text: string): void =>
  void process.stderr.write(`[${seconds(performance.now() - BENCH_STARTED).padStart(7)}] ${text}\n`);
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

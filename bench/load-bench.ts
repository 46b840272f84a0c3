// `npm run bench:load`: the explorer API under the load of many explorers at once, next to the bare Cypher of the same
// requests at the same concurrency, on the ingest benchmark's synthetic corpus (ingested into a kept local Neo4j under
// .data/, incrementally: only once). BENCH_CONNECTIONS keep-alive connections on loopback each send the explorer's
// requests (search, neighbourhoods, hubs' included, overviews: bench/load-plan.ts) one after the other for
// BENCH_SECONDS; then as many loops replay the Cypher those requests ran, without the server, for as long. What the
// server adds under load is the difference. Settings: BENCH_CONNECTIONS (default 50), BENCH_SECONDS (default 30 per
// phase), BENCH_WARMUP_SECONDS (default 10 of the same load first, untimed), BENCH_TIMEOUT_MS (default 10000: a
// request not answered whole by then is an error), BENCH_DOCUMENTS (default 1000), BENCH_CHARS_PER_DOCUMENT (default
// 20000). Prints requests per second, p50, p99, errors and non-2xx answers of both, the same per kind of request, the
// server's event loop and the CPU time each side took; ends with one JSON line of the figures.

import { fork } from "node:child_process";
import http, { type Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { createProgress } from "../common/progress.js";
import { ingestDocuments } from "../ingest/pipeline/ingest-documents.js";
import { readRows, type GraphTarget } from "../neo4j/graph-database.js";
import { createApp, graphServices } from "../server/app.js";
import { READ_TIMEOUT_MS } from "../server/repository/read.js";
import { positiveInt, ROOT, round, startBenchNeo4j, writeSyntheticCorpus } from "./bench-support.js";
import { errorCounts, loadFigures, runClosedLoop, type LoadFigures, type LoadRun } from "./closed-loop.js";
import { processCpuMs } from "./cpu-time.js";
import { LOAD_KINDS, LOAD_MIX, loadPlan, type PlannedRequest } from "./load-plan.js";
import { getWhole } from "./http-get.js";
import type { LoadClientOrder, LoadClientResult } from "./load-client.js";
import { overlappingGroups, recordingDriver, type RecordedQuery } from "./recording-driver.js";

/** Requests in the plan the connections go round: enough that no short cycle of the same requests forms. */
const PLAN_LENGTH = 2000;

/** How long a request alone may take (the first one computes the graph's analytics). */
const ALONE_TIMEOUT_MS = 300_000;

/** Where a phase's CPU went, in milliseconds per request. */
interface CpuShares {
  node: number;
  neo4j: number;
}

async function main(): Promise<void> {
  const connections = positiveInt("BENCH_CONNECTIONS", 50);
  const seconds = positiveInt("BENCH_SECONDS", 30);
  const warmupSeconds = positiveInt("BENCH_WARMUP_SECONDS", 10);
  const timeoutMs = positiveInt("BENCH_TIMEOUT_MS", 10_000);
  const documents = positiveInt("BENCH_DOCUMENTS", 1000);
  const charsPerDocument = positiveInt("BENCH_CHARS_PER_DOCUMENT", 20_000);
  const work = path.join(ROOT, ".data", "bench", `corpus-${documents}x${charsPerDocument}`);

  const { local, db } = await startBenchNeo4j(path.join(work, "data"));
  let server: Server | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const clients = startLoadClients();
  try {
    const { files } = await writeSyntheticCorpus(path.join(work, "corpus"), documents, charsPerDocument);
    const ingest = await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest") });
    console.log(
      `corpus: ${documents} documents (${ingest.ingested + ingest.reextracted} ingested now, ${ingest.unchanged} already in the graph)`,
    );

    const log: RecordedQuery[] = [];
    let recording = false;
    const app = createApp({
      ...graphServices({ driver: recordingDriver(db.driver, log, () => recording), database: db.database }),
      apiTokens: [],
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const plan = await loadPlan(db, PLAN_LENGTH);
    const urls = plan.map((request) => base + request.url);
    const load = { urls, connections, timeoutMs };
    console.log(
      `load: ${connections} keep-alive connections for ${seconds} s, after ${warmupSeconds} s of warm-up; ` +
        `${Object.entries(LOAD_MIX)
          .map(([kind, share]) => `${kind} ${share * 100}%`)
          .join(", ")}`,
    );

    // Every distinct request once, alone: the first computes the whole graph's analytics, once per version of the
    // graph, and the first of each overview shapes its view; a loaded server has done both long before.
    const distinct = [...new Set(plan.map((request) => request.url))];
    const primeStarted = performance.now();
    for (const url of distinct) await getAlone(agent, base + url);
    console.log(
      `first pass: ${distinct.length} distinct requests in ${((performance.now() - primeStarted) / 1000).toFixed(1)} s`,
    );

    // The warm-up runs the very load: Neo4j compiles every plan and its JIT the runtime's code, the server fills its
    // caches, and what is timed is a server in use for a while, as a research group's is.
    const warmup = await clients.run({ ...load, seconds: warmupSeconds });
    const warm = loadFigures(warmup.samples, warmup.seconds);
    console.log(
      `warm-up: ${warm.requests} requests, p50 ${warm.p50_ms} ms, p99 ${warm.p99_ms} ms, ` +
        `${warm.errors} errors, ${warm.non2xx} non-2xx`,
    );

    // The statements each distinct request runs on a warm server, one request at a time, so that a request's own
    // statements are told apart (side by side where the server runs them side by side).
    recording = true;
    const statements = new Map<string, RecordedQuery[][]>();
    for (const url of distinct) {
      log.length = 0;
      await getAlone(agent, base + url);
      statements.set(url, overlappingGroups(log.splice(0)));
    }
    recording = false;

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const loopBefore = performance.eventLoopUtilization();
    const cpuBefore = cpuNow(local.pid);
    delay.enable();
    const served = await clients.run({ ...load, seconds });
    delay.disable();
    const loop = performance.eventLoopUtilization(loopBefore);
    const servedCpu = cpuPerRequest(cpuBefore, cpuNow(local.pid), served.samples.length);

    const bareCpuBefore = cpuNow(local.pid);
    const bare = await runClosedLoop(connections, seconds, plan.length, (request) =>
      replay(db, statements.get((plan[request] as PlannedRequest).url) ?? []),
    );
    const bareCpu = cpuPerRequest(bareCpuBefore, cpuNow(local.pid), bare.samples.length);

    const figures = report(plan, served, bare);
    const eventLoop = {
      event_loop_utilization: round(loop.utilization),
      event_loop_delay_p99_ms: round(delay.percentile(99) / 1e6, 1),
      event_loop_delay_max_ms: round(delay.max / 1e6, 1),
    };
    console.log(
      `server event loop: busy ${(loop.utilization * 100).toFixed(0)}% of the time, delay p99 ` +
        `${eventLoop.event_loop_delay_p99_ms} ms, max ${eventLoop.event_loop_delay_max_ms} ms`,
    );
    const cpu = (shares: CpuShares) => `Node ${shares.node.toFixed(1)} ms, Neo4j ${shares.neo4j.toFixed(1)} ms`;
    const clientCpu = served.clientCpuMs / served.samples.length;
    console.log(
      `CPU per request: HTTP ${cpu(servedCpu)} (and its clients ${clientCpu.toFixed(1)} ms); bare Cypher ${cpu(bareCpu)}`,
    );
    console.log(
      JSON.stringify({
        documents,
        connections,
        seconds,
        ...figures,
        ...eventLoop,
        node_cpu_ms_per_request: round(servedCpu.node, 1),
        neo4j_cpu_ms_per_request: round(servedCpu.neo4j, 1),
        cypher_node_cpu_ms_per_request: round(bareCpu.node, 1),
        cypher_neo4j_cpu_ms_per_request: round(bareCpu.neo4j, 1),
      }),
    );
  } finally {
    clients.stop();
    agent.destroy();
    server?.closeAllConnections();
    server?.close();
    await db.close();
    await local.stop();
  }
}

/** The HTTP clients, in a process of their own so that their work stays off the server's; started once, ready. */
interface LoadClients {
  run(order: LoadClientOrder): Promise<LoadClientResult>;
  stop(): void;
}

function startLoadClients(): LoadClients {
  // Forked with this process's Node options, which load TypeScript through tsx.
  const child = fork(fileURLToPath(new URL("./load-client.ts", import.meta.url)));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`bench:load: the load clients exited (code ${code})`))),
  );
  exited.catch(() => undefined);
  return {
    run(order) {
      const answered = new Promise<LoadClientResult>((resolve) => child.once("message", resolve));
      child.send(order);
      return Promise.race([answered, exited]);
    },
    stop: () => child.disconnect(),
  };
}

/** GETs a URL with no other request in flight, which must answer 200: the plan asks for what is there. */
async function getAlone(agent: http.Agent, url: string): Promise<void> {
  const status = await getWhole(agent, url, ALONE_TIMEOUT_MS);
  if (status !== 200) throw new Error(`bench:load: ${url} answered ${status} on its own; the plan is wrong`);
}

/** A request's statements run bare, one group after the other and each group's side by side, as the server ran them. */
async function replay(db: GraphTarget, groups: readonly RecordedQuery[][]): Promise<number> {
  for (const group of groups) await Promise.all(group.map((q) => readRows(db, q.query, q.parameters, READ_TIMEOUT_MS)));
  return 200;
}

const cpuNow = (neo4jPid: number) => ({ node: process.cpuUsage(), neo4j: processCpuMs(neo4jPid) });

function cpuPerRequest(
  before: ReturnType<typeof cpuNow>,
  after: ReturnType<typeof cpuNow>,
  requests: number,
): CpuShares {
  const { user, system } = process.cpuUsage(before.node);
  return {
    node: (user + system) / 1000 / requests,
    neo4j: (after.neo4j - before.neo4j) / requests,
  };
}

/** Prints both phases side by side, whole and per kind of request; answers the JSON figures (HTTP's unprefixed). */
function report(plan: readonly PlannedRequest[], served: LoadRun, bare: LoadRun): Record<string, number> {
  const whole = { http: loadFigures(served.samples, served.seconds), cypher: loadFigures(bare.samples, bare.seconds) };
  const row = (label: string, f: LoadFigures) =>
    `${label.padEnd(22)}${String(f.requests_per_s).padStart(12)}${f.p50_ms.toFixed(1).padStart(10)}` +
    `${f.p99_ms.toFixed(1).padStart(10)}${String(f.errors).padStart(9)}${String(f.non2xx).padStart(9)}` +
    `${String(f.requests).padStart(10)}`;
  console.log(`${"".padEnd(22)}  requests/s    p50 ms    p99 ms   errors  non-2xx  requests`);
  console.log(row("HTTP", whole.http));
  console.log(row("bare Cypher", whole.cypher));
  for (const [label, run] of [["HTTP", served] as const, ["bare Cypher", bare] as const])
    for (const [message, count] of errorCounts(run.samples)) console.log(`  ${label} error ×${count}: ${message}`);

  const figures: Record<string, number> = { ...whole.http };
  for (const [key, value] of Object.entries(whole.cypher) as Array<[string, number]>) figures[`cypher_${key}`] = value;
  console.log(`per kind, p50 / p99 ms:${"HTTP".padStart(19)}${"bare Cypher".padStart(22)}`);
  for (const kind of LOAD_KINDS) {
    const of = (run: LoadRun) => run.samples.filter((sample) => plan[sample.request]?.kind === kind);
    const http = loadFigures(of(served), served.seconds);
    const cypher = loadFigures(of(bare), bare.seconds);
    const pair = (f: LoadFigures) => `${f.p50_ms.toFixed(1).padStart(8)} / ${f.p99_ms.toFixed(1).padStart(8)}`;
    console.log(`  ${kind.padEnd(22)}${pair(http)}   ${pair(cypher)}   (${http.requests} requests)`);
    Object.assign(figures, {
      [`${kind}_p50_ms`]: http.p50_ms,
      [`${kind}_p99_ms`]: http.p99_ms,
      [`${kind}_cypher_p50_ms`]: cypher.p50_ms,
      [`${kind}_cypher_p99_ms`]: cypher.p99_ms,
    });
  }
  return figures;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

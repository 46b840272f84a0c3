// `npm run bench:api`: latency of the explorer API over HTTP next to the bare Cypher of the same requests, on the
// ingest benchmark's synthetic corpus (ingested into a kept local Neo4j under .data/, incrementally: only once).
// Settings: BENCH_DOCUMENTS (default 1000), BENCH_CHARS_PER_DOCUMENT (default 20000), BENCH_REQUESTS (default 1000
// per query), BENCH_QUERY_SECONDS (default 30: a query stops sooner once it has taken this long and has 200 requests,
// or all it was asked for when fewer), BENCH_WARMUP (default 50 rounds of every query before any is timed),
// BENCH_QUERIES (default all: a comma-separated subset of the query names below). Each ratio comes with its 90%
// bootstrap interval. Ends with one JSON line of the figures.

import http, { type Server } from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createProgress } from "../common/progress.js";
import { seededRandom } from "../common/seeded-random.js";
import { ingestDocuments } from "../ingest/pipeline/ingest-documents.js";
import { cypher } from "../neo4j/cypher-files.js";
import { createApp, graphServices } from "../server/app.js";
import { READ_TIMEOUT_MS } from "../server/repository/read.js";
import { readObjects, readRows, type GraphTarget } from "../neo4j/graph-database.js";
import { overlappingGroups, recordingDriver, type RecordedQuery } from "./recording-driver.js";
import {
  BROWSER_ACCEPT_ENCODING,
  pairedRatioInterval,
  percentile,
  positiveInt,
  ROOT,
  round,
  startBenchNeo4j,
  writeSyntheticCorpus,
} from "./bench-support.js";

/**
 * GETs a URL as a browser does (keep-alive, the browser's content codings accepted and the body unpacked) and answers
 * the status once the whole body is read. node:http rather than fetch: undici's fetch costs the client several ms more
 * per request, and the client shares the server's process and cores, so that cost would be charged to
 * the API.
 */
function getAsBrowser(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          try {
            unpack(Buffer.concat(chunks), response.headers["content-encoding"]);
            resolve(response.statusCode ?? 0);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      })
      .on("error", reject);
  });
}

/** A body as its content coding left it, unpacked; a coding the server should not have used is an error. */
function unpack(body: Buffer, coding: string | undefined): Buffer {
  if (coding === undefined || coding === "identity") return body;
  if (coding === "br") return brotliDecompressSync(body);
  if (coding === "gzip") return gunzipSync(body);
  throw new Error(`the server answered in content coding "${coding}", which bench:api does not unpack`);
}

/** Requests of each query timed whatever BENCH_QUERY_SECONDS says, unless BENCH_REQUESTS asks for fewer. */
const MIN_REQUESTS = 200;

interface Samples {
  http: number[];
  cypher: number[];
}

async function main(): Promise<void> {
  const documents = positiveInt("BENCH_DOCUMENTS", 1000);
  const charsPerDocument = positiveInt("BENCH_CHARS_PER_DOCUMENT", 20_000);
  const requests = positiveInt("BENCH_REQUESTS", 1000);
  const querySeconds = positiveInt("BENCH_QUERY_SECONDS", 30);
  const warmup = positiveInt("BENCH_WARMUP", 50);
  const work = path.join(ROOT, ".data", "bench", `corpus-${documents}x${charsPerDocument}`);

  const { local, db } = await startBenchNeo4j(path.join(work, "data"));
  let server: Server | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const { files } = await writeSyntheticCorpus(path.join(work, "corpus"), documents, charsPerDocument);
    const ingest = await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest") });
    console.log(
      `corpus: ${documents} documents (${ingest.ingested} ingested now, ${ingest.unchanged} already in the graph)`,
    );

    const log: RecordedQuery[] = [];
    const app = createApp({
      ...graphServices({ driver: recordingDriver(db.driver, log), database: db.database }),
      apiTokens: [],
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    const queries = chosenQueries(await benchQueries(db), process.env.BENCH_QUERIES);
    /** One request over HTTP, then the Cypher it ran replayed bare: the milliseconds of each. */
    const measure = async (url: string): Promise<{ httpMs: number; cypherMs: number }> => {
      log.length = 0;
      const httpStarted = performance.now();
      const status = await getAsBrowser(agent, base + url);
      const httpMs = performance.now() - httpStarted;
      if (status !== 200) throw new Error(`${url} answered ${status}`);
      const replay = log.splice(0);
      const cypherStarted = performance.now();
      // Statements the server ran side by side are replayed side by side, the others one after the other.
      for (const group of overlappingGroups(replay))
        await Promise.all(group.map((q) => readRows(db, q.query, q.parameters, READ_TIMEOUT_MS)));
      return { httpMs, cypherMs: performance.now() - cypherStarted };
    };
    // Warm-up rounds of every query first: Neo4j compiles each plan, and its JIT compiles the runtime's code for all of
    // them, which takes long (the compiler threads keep taking CPU for hundreds of runs of one statement). What is timed is a server that has been in use for a while, as a
    // researcher's is, and not the query measured first paying for a cold start the later ones are spared.
    for (let i = 0; i < warmup; i++)
      for (const urls of Object.values(queries)) await measure(urls[i % urls.length] as string);
    const figures: Record<string, number> = {
      documents,
      max_requests_per_query: requests,
      query_seconds: querySeconds,
    };
    // The p95 of 200 requests rests on the ten above it, which on a shared machine move a lot from run to run for a
    // query of a few ms. The cheap queries, which that noise moves most, have time for a thousand; the slow ones
    // stop at the time allowed, with 200 at least.
    const enough = Math.min(MIN_REQUESTS, requests);
    for (const [name, urls] of Object.entries(queries)) {
      const samples: Samples = { http: [], cypher: [] };
      const started = performance.now();
      for (let i = 0; i < requests && (i < enough || performance.now() - started < querySeconds * 1000); i++) {
        const { httpMs, cypherMs } = await measure(urls[i % urls.length] as string);
        samples.http.push(httpMs);
        samples.cypher.push(cypherMs);
      }
      const summary = summarize(samples);
      console.log(describe(name, summary));
      for (const [figure, value] of Object.entries(summary)) figures[`${name}_${figure}`] = value;
    }
    console.log(JSON.stringify(figures));
  } finally {
    agent.destroy();
    server?.closeAllConnections();
    server?.close();
    await db.close();
    await local.stop();
  }
}

/** The requests of each measured query: a hub and a median entity, search terms and entity pairs from the graph. */
async function benchQueries(db: GraphTarget): Promise<Record<string, string[]>> {
  const entities = await readObjects<{ key: string; name: string }>(db, cypher("bench-entity-degrees"));
  if (entities.length < 2)
    throw new Error("the benchmark graph holds fewer than two related entities; is the corpus empty?");
  const hub = entities[0]!.key;
  const median = entities[Math.floor(entities.length / 2)]!.key;
  const random = seededRandom(11);
  const pick = () => entities[Math.floor(random() * entities.length)]!;
  const terms = Array.from({ length: 20 }, (_, i) => {
    const name = [...pick().name];
    // Type-ahead: every other term is the first two characters someone types, the rest whole names.
    return i % 2 === 0 ? name.slice(0, 2).join("") : name.join("");
  });
  // The explorer's own request when a node is expanded: its 150 strongest neighbours (the server's default too).
  const neighborhood = (key: string, depth: number) => [
    `/api/entities/${encodeURIComponent(key)}/neighborhood?depth=${depth}&limit=150`,
  ];
  return {
    search: terms.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
    neighborhood_hub_d1: neighborhood(hub, 1),
    neighborhood_median_d1: neighborhood(median, 1),
    neighborhood_hub_d2: neighborhood(hub, 2),
    neighborhood_median_d2: neighborhood(median, 2),
    paths: Array.from(
      { length: 10 },
      () => `/api/paths?from=${encodeURIComponent(pick().key)}&to=${encodeURIComponent(pick().key)}`,
    ),
    overview: ["/api/overview"],
    overview_pagerank: ["/api/overview?view=entities&measure=pagerank&limit=500"],
  };
}

/** The queries BENCH_QUERIES names (all when it is unset); an unknown name is refused with the names there are. */
function chosenQueries(all: Record<string, string[]>, names: string | undefined): Record<string, string[]> {
  if (!names) return all;
  const chosen = names
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = chosen.filter((name) => !(name in all));
  if (unknown.length > 0 || chosen.length === 0) {
    throw new Error(
      `BENCH_QUERIES names ${unknown.join(", ") || "no query"}; choose among ${Object.keys(all).join(", ")}`,
    );
  }
  return Object.fromEntries(chosen.map((name) => [name, all[name] as string[]]));
}

/** A query's figures, as its JSON keys name them (less the query's name): percentiles, ratio and its interval. */
function summarize({ http, cypher: bare }: Samples): Record<string, number> {
  const [low, high] = pairedRatioInterval(http, bare, 95);
  return {
    http_p50_ms: round(percentile(http, 50), 1),
    http_p95_ms: round(percentile(http, 95), 1),
    http_p99_ms: round(percentile(http, 99), 1),
    cypher_p50_ms: round(percentile(bare, 50), 1),
    cypher_p95_ms: round(percentile(bare, 95), 1),
    cypher_p99_ms: round(percentile(bare, 99), 1),
    ratio: round(percentile(http, 95) / percentile(bare, 95)),
    ratio_ci90_low: round(low),
    ratio_ci90_high: round(high),
    requests: http.length,
  };
}

function describe(name: string, f: Record<string, number>): string {
  const ms = (value: number | undefined) => (value ?? Number.NaN).toFixed(1).padStart(7);
  const ratio = (value: number | undefined) => (value ?? Number.NaN).toFixed(2);
  return (
    `${name.padEnd(24)} HTTP p50/p95/p99 ${ms(f.http_p50_ms)} ${ms(f.http_p95_ms)} ${ms(f.http_p99_ms)} ms   ` +
    `Cypher ${ms(f.cypher_p50_ms)} ${ms(f.cypher_p95_ms)} ${ms(f.cypher_p99_ms)} ms   ` +
    `ratio p95 ${ratio(f.ratio)} (90%: ${ratio(f.ratio_ci90_low)}–${ratio(f.ratio_ci90_high)}), ${f.requests} requests`
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// The API while Neo4j is down or frozen: 503 with a retry hint and no stack trace, within a deadline even when Neo4j
// never answers, then answers again once Neo4j is back.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { applySchema } from "../../neo4j/apply-schema.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../neo4j/local/local-neo4j.js";
import { connect } from "../../neo4j/open-graph-database.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import type { ApiError } from "../../common/api.js";
import { freePort } from "../helpers/free-port.js";
import { serveExplorer } from "../helpers/serve-explorer.js";

const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** A throwaway local Neo4j in a fresh data directory on a free port, and how to start it again there. */
async function throwawayNeo4j(): Promise<{ local: LocalNeo4j; restart: () => Promise<LocalNeo4j> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kg-test-unavailable-"));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const start = async (): Promise<LocalNeo4j> => {
    const local = await startLocalNeo4j({
      dataDir,
      port,
      progress: SILENT_PROGRESS,
      heap: "512m",
      pageCacheMiB: 64,
      classDataSharing: false,
    });
    cleanup.push(() => local.stop());
    return local;
  };
  return { local: await start(), restart: start };
}

/** An answer as a test looks at it: status, Retry-After and the JSON body. */
async function answer(url: string): Promise<{ url: string; status: number; retryAfter: string | null; body: unknown }> {
  const response = await fetch(url);
  return { url, status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

/** A message fit for a user: no stack trace, no driver internals. */
function expectNoInternals(body: unknown): void {
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+|Neo\.|TransactionTimedOut|Pool status/);
}

describe("API with the database unavailable", () => {
  it("answers 503 with Retry-After while Neo4j is stopped, and recovers by itself when it is back", async () => {
    const { local, restart } = await throwawayNeo4j();
    const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 2000,
    });
    const db: GraphDatabase = { driver, database: "neo4j", description: local.uri, close: () => driver.close() };
    cleanup.push(() => driver.close());
    await applySchema(db);
    const server = await serveExplorer(db);
    cleanup.push(() => server.close());

    expect((await fetch(`${server.url}/api/stats`)).status).toBe(200);

    await local.stop();
    const down = await answer(`${server.url}/api/stats`);
    expect(down.status).toBe(503);
    expect(down.retryAfter).toBe("5");
    expect((down.body as ApiError).error.code).toBe("database-unavailable");
    expectNoInternals(down.body);

    await restart();
    await expect
      .poll(async () => (await fetch(`${server.url}/api/stats`)).status, { timeout: 30_000, interval: 500 })
      .toBe(200);
  }, 300_000); // starts a Neo4j twice: on a busy 2-core machine each start alone can take most of a minute

  it("ends every request with 503 database-timeout and Retry-After while Neo4j is frozen, and answers again once it runs", async () => {
    const { local } = await throwawayNeo4j();
    // The driver as the server configures it, connection acquisition limit included.
    const driver = await connect(local.uri, { user: local.user, password: local.password }, "neo4j", "the test Neo4j");
    const db: GraphDatabase = { driver, database: "neo4j", description: local.uri, close: () => driver.close() };
    cleanup.push(() => driver.close());
    await applySchema(db);
    const server = await serveExplorer(db);
    cleanup.push(() => server.close());
    // Plain reads, streamed graphs (/api/graph, a neighbourhood) and a read with no time limit of its own (the
    // curation rules), which the connection's acquisition limit or the whole request's deadline ends.
    const paths = [
      "/api/stats",
      "/api/search?q=辽源",
      "/api/graph?limit=50",
      "/api/entities/Organization%3A辽源市政协/neighborhood",
      "/api/documents",
      "/api/timeline",
      "/api/curation/rules",
    ];
    for (const p of paths) expect((await answer(server.url + p)).status).toBeLessThan(500);

    process.kill(local.pid, "SIGSTOP");
    let answers: Awaited<ReturnType<typeof answer>>[];
    try {
      // Several at once, the first ones on pooled connections, the others waiting for new ones that never open.
      answers = await Promise.all([...paths, ...paths].map((p) => answer(server.url + p)));
    } finally {
      process.kill(local.pid, "SIGCONT");
    }
    for (const frozen of answers) {
      expect(frozen, frozen.url).toMatchObject({ status: 503, retryAfter: "5" });
      const { error } = frozen.body as ApiError;
      expect(error.code, frozen.url).toBe("database-timeout");
      expect(error.message).toMatch(/did not answer in time/);
      expectNoInternals(frozen.body);
    }

    await expect
      .poll(async () => (await fetch(`${server.url}/api/stats`)).status, { timeout: 60_000, interval: 500 })
      .toBe(200);
    for (const p of paths) expect((await answer(server.url + p)).status, p).toBeLessThan(500);
  }, 300_000); // a Neo4j start, then the frozen requests, each ended by its deadline
});

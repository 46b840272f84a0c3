// The API while Neo4j is down: 503 with a retry hint and no stack trace, then answers again once Neo4j is back.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { applySchema } from "../../neo4j/apply-schema.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../neo4j/local/local-neo4j.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import type { ApiError } from "../../common/api.js";
import { freePort } from "../helpers/free-port.js";
import { serveExplorer } from "../helpers/serve-explorer.js";

const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("API with the database unavailable", () => {
  it("answers 503 with Retry-After while Neo4j is stopped, and recovers by itself when it is back", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kg-test-unavailable-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const start = (): Promise<LocalNeo4j> =>
      startLocalNeo4j({
        dataDir,
        port,
        progress: SILENT_PROGRESS,
        heap: "512m",
        pageCacheMiB: 64,
        classDataSharing: false,
      });
    let local = await start();
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
    const down = await fetch(`${server.url}/api/stats`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    const body = (await down.json()) as ApiError;
    expect(body.error.code).toBe("database-unavailable");
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+/);

    local = await start();
    cleanup.push(() => local.stop());
    await expect
      .poll(async () => (await fetch(`${server.url}/api/stats`)).status, { timeout: 30_000, interval: 500 })
      .toBe(200);
  }, 300_000); // starts a Neo4j twice: on a busy 2-core machine each start alone can take most of a minute
});

// The local Neo4j: logins with the generated password, and a clear error for each way starting it can fail.

import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { KgError } from "../../common/errors.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { processRuns, startLocalNeo4j } from "../../neo4j/local/local-neo4j.js";
import { connect, openGraphDatabase } from "../../neo4j/open-graph-database.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { freePort } from "../helpers/free-port.js";

const neo4jUnderTest = inject("neo4j");
const scratch: string[] = [];

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-scratch-"));
  scratch.push(dir);
  return dir;
}

async function rejection(promise: Promise<unknown>): Promise<KgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KgError);
  return error as KgError;
}

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("local Neo4j", () => {
  it("refuses to start when Java is missing, and says to install JDK 17+ or set NEO4J_URI", async () => {
    const error = await rejection(
      startLocalNeo4j({
        dataDir: await scratchDir(),
        port: await freePort(),
        progress: SILENT_PROGRESS,
        java: "/nonexistent/bin/java",
      }),
    );
    expect(error.code).toBe("tool-missing");
    expect(error.message).toMatch(/JDK 17\+/);
    expect(error.message).toMatch(/NEO4J_URI/);
  });

  it("refuses a busy port and names it and KG_NEO4J_PORT", async () => {
    const error = await rejection(
      startLocalNeo4j({ dataDir: await scratchDir(), port: neo4jUnderTest.port, progress: SILENT_PROGRESS }),
    );
    expect(error.code).toBe("neo4j-port-busy");
    expect(error.message).toContain(String(neo4jUnderTest.port));
    expect(error.message).toContain("KG_NEO4J_PORT");
  });

  it("refuses a data directory that another running Neo4j holds", async () => {
    const error = await rejection(
      startLocalNeo4j({
        dataDir: neo4jUnderTest.dataDir,
        port: await freePort(),
        progress: SILENT_PROGRESS,
        heap: "512m",
        pageCacheMiB: 64,
        classDataSharing: false,
      }),
    );
    expect(error.code).toBe("neo4j-store-locked");
    expect(error.message).toContain("KG_DATA_DIR");
  });

  it("keeps the generated password in a file only its owner can read", async () => {
    const info = await stat(path.join(neo4jUnderTest.dataDir, "neo4j-password"));
    expect(info.mode & 0o777).toBe(0o600);
  });

  it("accepts a Bolt login with the generated password", async () => {
    const driver = await connect(
      neo4jUnderTest.uri,
      { user: "neo4j", password: neo4jUnderTest.password },
      "neo4j",
      "the local Neo4j",
    );
    await driver.close();
  });

  it("refuses a Bolt login with a wrong password or none", async () => {
    const wrong = await rejection(
      connect(neo4jUnderTest.uri, { user: "neo4j", password: "not-the-password" }, "neo4j", "the local Neo4j"),
    );
    expect(wrong.code).toBe("neo4j-auth");
    const none = await rejection(connect(neo4jUnderTest.uri, undefined, "neo4j", "the local Neo4j"));
    expect(none.code).toBe("neo4j-auth");
  });
});

describe("local Neo4j lifetime", () => {
  it("shuts down cleanly by itself when the process that started it is killed", async () => {
    const dataDir = await scratchDir();
    const parent = spawn(
      process.execPath,
      ["--import", "tsx", "tests/helpers/start-local-neo4j-process.ts", dataDir, String(await freePort())],
      {
        cwd: path.join(import.meta.dirname, "..", ".."),
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const firstLine = await new Promise<string>((resolve) =>
      parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())),
    );
    const { pid } = JSON.parse(firstLine) as { pid: number };
    expect(processRuns(pid)).toBe(true);

    parent.kill("SIGKILL");
    await expect.poll(() => processRuns(pid), { timeout: 60_000, interval: 250 }).toBe(false);
    const log = await readFile(path.join(dataDir, "neo4j", "logs", "debug.log"), "utf8");
    expect(log).toMatch(/Stopped 'DatabaseId\{[^}]*\[neo4j\]\}' successfully/);
  });
});

describe("NEO4J_URI", () => {
  it("explains an address where nothing listens, without starting a local Neo4j", async () => {
    const port = await freePort();
    const config = resolveNeo4jConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "whatever1" });
    const error = await rejection(openGraphDatabase(config, SILENT_PROGRESS));
    expect(error.code).toBe("neo4j-unreachable");
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toMatch(/docker run/);
  });

  it("names the database when it does not exist", async () => {
    const config = resolveNeo4jConfig({
      NEO4J_URI: neo4jUnderTest.uri,
      NEO4J_PASSWORD: neo4jUnderTest.password,
      NEO4J_DATABASE: "nosuchdb",
    });
    const error = await rejection(openGraphDatabase(config, SILENT_PROGRESS));
    expect(error.code).toBe("neo4j-database");
    expect(error.message).toContain("nosuchdb");
  });
});

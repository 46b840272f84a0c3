// `npm start` outliving its local Neo4j: the Neo4j process killed under load is noticed, logged and restarted on the
// same store and password, the API answers 503 meanwhile and 200 again after, and the server itself never restarts;
// past the restart limit it gives up, says so, and answers 503 with what to do.

import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiError, GraphStats } from "../../common/api.js";
import { NEO4J_HOME } from "../../neo4j/local/install-local-neo4j.js";
import { superviseLocalNeo4j } from "../../neo4j/local/supervise-local-neo4j.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import { connect } from "../../neo4j/open-graph-database.js";
import { freePort } from "../helpers/free-port.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { processRuns } from "../../neo4j/local/local-neo4j.js";

const ROOT = path.join(import.meta.dirname, "..", "..");
const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One API answer under load: when it was asked, its status, and the code and Retry-After of a 503. */
interface Answer {
  askedAt: number;
  status: number;
  code?: string;
  retryAfter?: string | null;
}

async function ask(url: string): Promise<Answer> {
  const askedAt = Date.now();
  const response = await fetch(url);
  if (response.status !== 503) {
    await response.arrayBuffer();
    return { askedAt, status: response.status };
  }
  const body = (await response.json()) as ApiError;
  return { askedAt, status: 503, code: body.error.code, retryAfter: response.headers.get("retry-after") };
}

describe("npm start with its local Neo4j killed", () => {
  it("logs the death, restarts Neo4j on the same store, answers 503 meanwhile and 200 after, without restarting itself", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kg-test-restart-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      KG_DATA_DIR: dataDir,
      KG_NEO4J_PORT: String(await freePort()),
      // A smaller heap than the default: the test run's own Neo4j runs beside this one.
      KG_NEO4J_JAVA_OPTS: "-Xmx512m",
    };
    for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_API_TOKEN"])
      delete env[name];
    // As `npm start` runs it, less the client build, which the API does not need.
    const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    server.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const serverExit = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    cleanup.push(async () => {
      if (server.exitCode === null && server.signalCode === null) {
        // SIGTERM stops the server, which stops its Neo4j (writing the class-data archive of a first clean stop, which
        // takes a while on a busy machine); SIGKILL if it hangs (its Neo4j then stops on its own).
        server.kill("SIGTERM");
        const killer = setTimeout(() => server.kill("SIGKILL"), 180_000);
        await serverExit;
        clearTimeout(killer);
      }
      // An archive left half-written by a stop cut short, named by the server's pid, is no use to anyone.
      const target = path.join(NEO4J_HOME, "target");
      for (const name of await readdir(target))
        if (name.endsWith(`.jsa.${server.pid}.tmp`)) await rm(path.join(target, name), { force: true });
    });
    const url = `http://127.0.0.1:${port}`;

    await expect
      .poll(() => (server.exitCode !== null ? `exited: ${stderr}` : /explorer at http:/.test(stdout)), {
        timeout: 240_000,
        interval: 500,
      })
      .toBe(true);
    const firstPid = Number(/ready on bolt:\/\/\S+ \(pid (\d+)\)/.exec(stderr)?.[1]);
    expect(processRuns(firstPid)).toBe(true);
    const password = await readFile(path.join(dataDir, "neo4j-password"), "utf8");
    const documents = ((await (await fetch(`${url}/api/stats`)).json()) as GraphStats).documents.total;
    expect(documents).toBeGreaterThan(0);

    // Light load: three clients asking in turn, a pause between requests.
    const paths = ["/api/stats", "/api/search?q=政协", "/api/documents", "/api/graph?limit=20"];
    const answers: Answer[] = [];
    let loading = true;
    const clients = [0, 1, 2].map(async (client) => {
      for (let i = client; loading; i++) {
        answers.push(await ask(url + (paths[i % paths.length] as string)));
        await sleep(100);
      }
    });
    await sleep(1_000);
    process.kill(firstPid, "SIGKILL");

    await expect
      .poll(() => /runs again \(pid (\d+)\)/.exec(stderr)?.[1], { timeout: 240_000, interval: 500 })
      .toBeDefined();
    await expect.poll(async () => (await ask(`${url}/api/stats`)).status, { timeout: 60_000, interval: 500 }).toBe(200);
    const recoveredAt = Date.now();
    const askedSince = () => answers.filter((a) => a.askedAt > recoveredAt);
    await expect.poll(() => askedSince().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(8);
    loading = false;
    await Promise.all(clients);

    expect(stderr).toContain(`the local Neo4j (pid ${firstPid}) was killed by SIGKILL`);
    expect(stderr).toMatch(/restarting the local Neo4j in \d+(\.\d+)? s \(restart 1 of at most 5/);
    const secondPid = Number(/runs again \(pid (\d+)\)/.exec(stderr)?.[1]);
    expect(secondPid).not.toBe(firstPid);
    expect(processRuns(firstPid)).toBe(false);
    expect(processRuns(secondPid)).toBe(true);
    // The server itself never stopped, and answered only 200 or 503: never a 500.
    expect(server.exitCode).toBeNull();
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200, 503]));
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(["database-unavailable", "database-restarting"]).toContain(answer.code);
      expect(answer.retryAfter).not.toBeNull();
    }
    expect(answers.some((a) => a.code === "database-restarting")).toBe(true);
    // Every request asked once Neo4j answered again got its answer.
    expect(new Set(askedSince().map((a) => a.status))).toEqual(new Set([200]));
    // The same store (the documents still there: a new store would be empty) and the same password.
    expect(((await (await fetch(`${url}/api/stats`)).json()) as GraphStats).documents.total).toBe(documents);
    expect(await readFile(path.join(dataDir, "neo4j-password"), "utf8")).toBe(password);
  }, 600_000); // two Neo4j starts and a sample ingest on a busy 2-core machine

  it("gives up once the restarts allowed are used, logs what to do, and answers 503 database-stopped", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kg-test-give-up-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const lines: string[] = [];
    let ready = "";
    // No restart allowed: the first death is one too many, which spares the test a second start.
    const local = await superviseLocalNeo4j(
      {
        dataDir,
        port: await freePort(),
        progress: { update: () => undefined, done: (text) => (ready = text) },
        heap: "512m",
        pageCacheMiB: 64,
        classDataSharing: false,
      },
      { maxRestarts: 0, windowMs: 600_000, firstDelayMs: 1_000, maxDelayMs: 1_000 },
      (line) => lines.push(line),
    );
    cleanup.push(() => local.stop());
    const driver = await connect(local.uri, { user: local.user, password: local.password }, "neo4j", "the test Neo4j");
    cleanup.push(() => driver.close());
    const db: GraphDatabase = {
      driver,
      database: "neo4j",
      description: local.uri,
      close: () => driver.close(),
      outage: () => local.outage(),
    };
    const server = await serveExplorer(db);
    cleanup.push(() => server.close());
    expect((await fetch(`${server.url}/api/stats`)).status).toBe(200);

    const pid = Number(/\(pid (\d+)\)/.exec(ready)?.[1]);
    process.kill(pid, "SIGKILL");
    await expect.poll(() => local.outage()?.code, { timeout: 60_000, interval: 200 }).toBe("neo4j-stopped");

    expect(lines.join("\n")).toContain(`the local Neo4j (pid ${pid}) was killed by SIGKILL`);
    expect(lines.join("\n")).toMatch(/not restarted any more.*until kg-explorer is restarted.*debug\.log/s);
    expect(lines.join("\n")).not.toMatch(/restarting the local Neo4j in/);
    const response = await fetch(`${server.url}/api/stats`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeNull();
    const body = (await response.json()) as ApiError;
    expect(body.error.code).toBe("database-stopped");
    expect(body.error.message).toMatch(/restart kg-explorer/);
  }, 300_000); // a Neo4j start on a busy 2-core machine
});

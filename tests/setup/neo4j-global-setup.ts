// Starts one real local Neo4j for the test run, in a throwaway data directory on a free port, and stops it after.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createProgress } from "../../common/progress.js";
import { startLocalNeo4j } from "../../neo4j/local/local-neo4j.js";
import { freePort } from "../helpers/free-port.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The test run's Neo4j; `pid` is its JVM's, for a test that freezes it (and must resume it). */
    neo4j: {
      uri: string;
      user: string;
      password: string;
      database: string;
      dataDir: string;
      port: number;
      pid: number;
    };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kg-test-neo4j-"));
  const port = await freePort();
  const local = await startLocalNeo4j({
    dataDir,
    port,
    progress: createProgress(process.stderr, "test neo4j"),
    heap: "1g",
    pageCacheMiB: 256,
    classDataSharing: false,
  });
  project.provide("neo4j", {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: "neo4j",
    dataDir,
    port,
    pid: local.pid,
  });
  return async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

// Runs the `kg` command line against the test run's Neo4j, as a user would, for tests of its output and exit code.

import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";

const ROOT = path.join(import.meta.dirname, "..", "..");

/** What a `kg` run printed and its exit code. */
export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg …` against the test Neo4j; resolves with its exit code and output, whatever the code. */
export async function kg(...args: string[]): Promise<KgRun> {
  const { uri, password } = inject("neo4j");
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "ingest/cli.ts", ...args],
      { cwd: ROOT, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as KgRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The half-written class-data archives of killed processes are removed; those of running processes are kept.

import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeOrphanedArchives } from "../../../../neo4j/local/local-neo4j.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-archives-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("removeOrphanedArchives", () => {
  it("removes the pending archive of a process that no longer runs and keeps the rest", async () => {
    const archive = path.join(dir, "classes-0123456789ab.jsa");
    // A pid above the kernel's largest (4194304) never runs.
    const files = [
      "classes-0123456789ab.jsa",
      `classes-0123456789ab.jsa.${process.pid}.tmp`,
      "classes-0123456789ab.jsa.9999999.tmp",
      "classes-ffffffffffff.jsa.9999999.tmp",
      "classes-0123456789abXjsa.9999999.tmp",
    ];
    for (const file of files) await writeFile(path.join(dir, file), "");
    await removeOrphanedArchives(archive);
    expect((await readdir(dir)).sort()).toEqual(
      [
        "classes-0123456789ab.jsa",
        `classes-0123456789ab.jsa.${process.pid}.tmp`,
        "classes-ffffffffffff.jsa.9999999.tmp",
        "classes-0123456789abXjsa.9999999.tmp",
      ].sort(),
    );
  });
});

// Small modules with one purpose: no source file outside the tests runs past a screenful or two.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readImportGraph } from "./import-graph.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Lines a source file may have; past this a file asks to be split by concern. */
const MAX_LINES = 300;

describe("source files", () => {
  it(`have at most ${MAX_LINES} lines each`, () => {
    const files = [...readImportGraph(ROOT, ["common", "neo4j", "ingest", "server", "client", "bench"]).keys()];
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});

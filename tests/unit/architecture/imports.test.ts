// Dependencies point one way: no import cycle anywhere (eslint's no-restricted-imports keeps each layer below the next).

import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles, readImportGraph } from "./import-graph.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const SOURCES = ["common", "neo4j", "ingest", "server", "client", "bench"];

describe("the import graph", () => {
  it("finds a cycle when there is one (a → b → a) and none in a chain", () => {
    expect(
      importCycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", ["a.ts"]],
          ["c.ts", ["a.ts"]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
    expect(
      importCycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("has no import cycle in the project's sources", () => {
    const graph = readImportGraph(ROOT, SOURCES);
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });
});

// Named Cypher files: statements split on `;`, comments dropped, a missing or multi-statement file refused.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../ingest/types.js";
import {
  cypher,
  cypherFor,
  cypherStatements,
  cypherWithBounds,
  indexCypherFiles,
} from "../../../neo4j/cypher-files.js";

const CYPHER_DIR = path.join(import.meta.dirname, "..", "..", "..", "cypher");

describe("cypher files", () => {
  it("splits schema.cypher into one statement per constraint and index, without comments", () => {
    const statements = cypherStatements("schema");
    expect(statements.length).toBe(13);
    expect(statements.every((s) => s.startsWith("CREATE ") && s.includes("IF NOT EXISTS") && !s.includes("//"))).toBe(
      true,
    );
  });

  it("gives the single statement of a write file, with parameters and no string building", () => {
    expect(cypher("write-document")).toMatch(/^MERGE \(d:Document \{key: \$document\.key\}\)/);
  });

  it("refuses to hand out a multi-statement file as one statement", () => {
    expect(() => cypher("schema")).toThrow(/holds 13 statements/);
  });

  it("fails loudly on a missing file", () => {
    expect(() => cypher("no-such-query")).toThrow(/no-such-query\.cypher/);
  });

  it("finds a statement by its name alone, whichever sub-folder holds it", () => {
    expect(indexCypherFiles(CYPHER_DIR).get("write-document")).toBe(
      path.join(CYPHER_DIR, "write", "write-document.cypher"),
    );
    expect(() => cypher("no-such-query")).toThrow(/in cypher\/ or its sub-folders/);
  });

  it("refuses two files of one name in different sub-folders, naming both", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kg-cypher-"));
    try {
      for (const folder of ["read", "write"]) {
        mkdirSync(path.join(dir, folder));
        writeFileSync(path.join(dir, folder, "twin.cypher"), "RETURN 1;\n");
      }
      writeFileSync(path.join(dir, "read", "single.cypher"), "RETURN 2;\n");
      const folder = path.basename(dir);
      expect(() => indexCypherFiles(dir)).toThrow(
        `${folder}/read/twin.cypher and ${folder}/write/twin.cypher are both named "twin"`,
      );
      rmSync(path.join(dir, "write"), { recursive: true });
      expect([...indexCypherFiles(dir).keys()].sort()).toEqual(["single", "twin"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("spells out every entity relation type wherever a query names them, so none is left out of a walk", () => {
    const lists = readdirSync(CYPHER_DIR, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".cypher"))
      .flatMap((file) =>
        [...readFileSync(path.join(CYPHER_DIR, file), "utf8").matchAll(/:(COLLABORATES_WITH\|[A-Z_|]+)/g)].map((m) => ({
          file,
          list: m[1],
        })),
      );
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const { file, list } of lists) expect({ file, list }).toEqual({ file, list: RELATION_TYPES.join("|") });
  });

  it("leaves out the filter lines whose parameter is null, and keeps the others without their mark", () => {
    const unfiltered = cypherFor("subgraph", { relations: null, types: null, minWeight: null, from: null, to: null });
    expect(unfiltered).not.toMatch(/\$relations|\$types|\$minWeight|\$from|\$to|\/\/ if/);
    expect(unfiltered).toContain("WHERE b IN nodes\n");
    const filtered = cypherFor("subgraph", {
      relations: ["PARTNER_IN"],
      types: null,
      minWeight: 2,
      from: "2021-01-01",
    });
    expect(filtered.match(/AND type\(r\) IN \$relations$/gm)).toHaveLength(2);
    expect(filtered.match(/>= \$minWeight$/gm)).toHaveLength(2);
    expect(filtered.match(/r\.lastDate >= \$from$/gm)).toHaveLength(2);
    expect(filtered).not.toMatch(/\$types|\$to\b|\/\/ if/);
    expect(() => cypherFor("count-documents", {})).toThrow(/no line marked/);
  });

  it("fills the literal bounds of a query with whole numbers only, and every one of them", () => {
    const statement = cypherWithBounds("shortest-paths", { k: 3, maxHops: 4 });
    expect(statement).toContain("SHORTEST 3 ");
    expect(statement).toContain("{1,4}(b)");
    expect(statement).not.toContain("{{");
    expect(() => cypherWithBounds("shortest-paths", { k: 3 })).toThrow(/no value for bound \{\{maxHops\}\}/);
    expect(() => cypherWithBounds("shortest-paths", { k: 2.5, maxHops: 4 })).toThrow(/whole number/);
    expect(() => cypherWithBounds("shortest-paths", { k: 3, maxHops: 4, depth: 1 })).toThrow(
      /no \{\{depth\}\} placeholder/,
    );
  });
});

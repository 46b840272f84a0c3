// `kg curate <operation>`: corrects the graph with rules that every later ingest applies too; lists, undoes, exports
// and imports them, and suggests likely duplicates.

import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import type { CurationOperation, RelationRef } from "../../common/curation.js";
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import { exportRules, importRules, listRules, makeRule, undoRule, type Maker } from "../curate/curation.js";
import { describeRule } from "../curate/describe-rule.js";
import { parseCurationFile } from "../curate/rule-schema.js";
import { readSuggestions } from "../curate/suggestions.js";

export const CURATE_USAGE =
  "kg curate merge|rename|split|retype|exclude|distinct|reject|relate|undo|list|export|import|suggest …\n" +
  "      correct the graph with rules kept across re-ingests (`kg curate help` lists each operation)";

const HELP = `kg curate: entities are named by key (Type:name, e.g. Person:周总理), relations as source-[TYPE]->target.
  merge <entity> <entity>... [--name N] [--type T]   one body: the first entity's name and type unless given
  rename <entity> <new name>                          retype <entity> <type>
  retype --relation <relation> <type> [--reverse]     reject <relation>
  split <entity> <surface> [--name N] [--type T]      a surface form becomes its own entity (named after it)
  exclude <entity> [--surface S]                      not an entity (or this surface form is not)
  distinct <entity> <entity>                          never merge these two
  relate <source> <TYPE> <target> --document KEY --start N --end N   a relation stated by that span
  undo <rule id>     list [--json]     export <file|->     import <file>
  suggest [--limit N] [--accept I | --reject I]       likely duplicates; accept merges, reject marks distinct
Every change takes --note "why" and --by LABEL (default cli:<user>).`;

const OPTIONS = {
  name: { type: "string" },
  type: { type: "string" },
  surface: { type: "string" },
  relation: { type: "string" },
  reverse: { type: "boolean" },
  document: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  note: { type: "string" },
  by: { type: "string" },
  json: { type: "boolean" },
  limit: { type: "string" },
  accept: { type: "string" },
  reject: { type: "string" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
>["values"];

/** Runs `kg curate`. */
export async function runCurate(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  const [verb, ...rest] = positionals;
  if (verb === undefined || verb === "help") {
    console.log(HELP);
    return verb === undefined ? 2 : 0;
  }
  const maker: Maker = {
    by: values.by ?? `cli:${os.userInfo().username}`,
    ...(values.note ? { note: values.note } : {}),
  };
  return withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), async (db) => {
    switch (verb) {
      case "undo": {
        const change = await undoRule(db, need(rest[0], "undo needs a rule id (kg curate list shows them)"));
        console.log(`undone: ${describeRule(change.rule)} (${change.documents} documents changed)`);
        return 0;
      }
      case "list":
        return printList(db, values.json ?? false);
      case "export":
        return exportTo(db, need(rest[0], "export needs a file name, or - for standard output"));
      case "import": {
        const file = need(rest[0], "import needs a file written by kg curate export");
        const result = await importRules(db, parseCurationFile(await readJson(file), file));
        console.log(
          `${result.added} rules imported, ${result.skipped} already stored; ${result.documents} documents changed`,
        );
        return 0;
      }
      case "suggest":
        return suggest(db, values, maker);
      default: {
        const change = await makeRule(db, operationOf(verb, rest, values), maker);
        console.log(`${describeRule(change.rule)}: rule ${change.rule.id}, ${change.documents} documents changed`);
        return 0;
      }
    }
  });
}

/** The operation a verb and its arguments ask for. */
function operationOf(verb: string, args: string[], values: Values): CurationOperation {
  const named = (fallback: { type: EntityType; name: string }) => ({
    type: values.type === undefined ? fallback.type : entityType(values.type),
    name: values.name ?? fallback.name,
  });
  switch (verb) {
    case "merge": {
      if (args.length < 2 && values.name === undefined && values.type === undefined)
        throw usage("merge needs two entities or more (or --name/--type for one)");
      return { kind: "merge", entities: args, into: named(splitKey(need(args[0], "merge needs entities"))) };
    }
    case "rename":
      return {
        kind: "rename",
        entity: need(args[0], "rename needs an entity"),
        into: { type: "Organization", name: need(args[1], "rename needs the new name") },
      };
    case "retype":
      if (values.relation !== undefined)
        return {
          kind: "retype-relation",
          relation: relationRef(values.relation),
          type: relationType(need(args[0], "retype --relation needs the new type")),
          reverse: values.reverse ?? false,
        };
      return {
        kind: "retype",
        entity: need(args[0], "retype needs an entity"),
        into: { type: entityType(need(args[1], "retype needs the new type")), name: "" },
      };
    case "split": {
      const entity = need(args[0], "split needs an entity");
      const surface = need(args[1], "split needs the surface form to split off");
      return { kind: "split", entity, surface, into: named({ type: splitKey(entity).type, name: surface }) };
    }
    case "exclude":
      return {
        kind: "exclude",
        entity: need(args[0], "exclude needs an entity"),
        ...(values.surface ? { surface: values.surface } : {}),
      };
    case "distinct":
      return {
        kind: "distinct",
        entities: [need(args[0], "distinct needs two entities"), need(args[1], "distinct needs two entities")],
      };
    case "reject":
      return { kind: "reject", relation: relationRef(need(args[0] ?? values.relation, "reject needs a relation")) };
    case "relate": {
      const [source, type, target] = args;
      return {
        kind: "relate",
        relation: {
          source: need(source, "relate needs <source> <TYPE> <target>"),
          type: relationType(need(type, "relate needs a type")),
          target: need(target, "relate needs a target"),
        },
        evidence: {
          document: need(values.document, "relate needs --document"),
          start: offset(values.start, "--start"),
          end: offset(values.end, "--end"),
        },
      };
    }
    default:
      throw usage(`unknown operation "${verb}"`);
  }
}

async function printList(db: GraphDatabase, json: boolean): Promise<number> {
  const rules = await listRules(db);
  if (json) console.log(JSON.stringify(rules, null, 2));
  else if (rules.length === 0) console.log("no curation rules");
  for (const rule of json ? [] : rules) {
    const status =
      rule.kind === "distinct"
        ? "keeps a pair apart (changes no document)"
        : rule.documents === 0
          ? "matches nothing now (its entity or relation is gone)"
          : `${rule.documents} documents`;
    console.log(
      `${rule.id}  ${rule.created.slice(0, 19)}  ${rule.by}  ${describeRule(rule)}  · ${status}${rule.note ? `  · ${rule.note}` : ""}`,
    );
  }
  return 0;
}

async function exportTo(db: GraphDatabase, file: string): Promise<number> {
  const text = `${JSON.stringify(await exportRules(db), null, 2)}\n`;
  if (file === "-") process.stdout.write(text);
  else {
    await writeFile(file, text);
    console.error(`rules written to ${file}`);
  }
  return 0;
}

async function suggest(db: GraphDatabase, values: Values, maker: Maker): Promise<number> {
  const suggestions = await readSuggestions(db, {
    limit: values.limit === undefined ? 50 : offset(values.limit, "--limit"),
  });
  const chosen = values.accept ?? values.reject;
  if (chosen !== undefined) {
    const picked = suggestions[offset(chosen, values.accept ? "--accept" : "--reject") - 1];
    if (!picked) throw usage(`no suggestion ${chosen}; kg curate suggest lists ${suggestions.length}`);
    const operation: CurationOperation = values.accept
      ? { kind: "merge", entities: [picked.merge, picked.keep], into: splitKey(picked.keep) }
      : { kind: "distinct", entities: [picked.keep, picked.merge] };
    const change = await makeRule(db, operation, maker);
    console.log(`${describeRule(change.rule)}: rule ${change.rule.id}, ${change.documents} documents changed`);
    return 0;
  }
  if (suggestions.length === 0) console.log("no likely duplicates");
  suggestions.forEach((s, i) =>
    console.log(
      `${i + 1}. ${s.merge} → ${s.keep}  (score ${s.score.toFixed(2)})\n   ${s.reasons.map((r) => r.detail).join("; ")}`,
    ),
  );
  if (suggestions.length > 0) console.log("accept one with `kg curate suggest --accept N`, reject with --reject N");
  return 0;
}

/** The type and name of an entity key `Type:name`. */
function splitKey(key: string): { type: EntityType; name: string } {
  const at = key.indexOf(":");
  const type = key.slice(0, at);
  if (at < 0 || !(ENTITY_TYPES as readonly string[]).includes(type))
    throw usage(`${key} is not an entity key; write it as Type:name (Type one of ${ENTITY_TYPES.join(", ")})`);
  return { type: type as EntityType, name: key.slice(at + 1) };
}

/** A relation written as its key, `source-[TYPE]->target`. */
function relationRef(text: string): RelationRef {
  const match = /^(.+?)\s*-\[([A-Z_]+)\]->\s*(.+)$/.exec(text.trim());
  if (!match)
    throw usage(
      `${text} is not a relation; write it as source-[TYPE]->target, e.g. Organization:A-[COLLABORATES_WITH]->Organization:B`,
    );
  return { source: match[1] as string, type: relationType(match[2] as string), target: match[3] as string };
}

function entityType(text: string): EntityType {
  if ((ENTITY_TYPES as readonly string[]).includes(text)) return text as EntityType;
  throw usage(`unknown entity type ${text}; one of ${ENTITY_TYPES.join(", ")}`);
}

function relationType(text: string): RelationType {
  if ((RELATION_TYPES as readonly string[]).includes(text)) return text as RelationType;
  throw usage(`unknown relation type ${text}; one of ${RELATION_TYPES.join(", ")}`);
}

function offset(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < 0) throw usage(`${what} needs a whole number`);
  return value;
}

function need<T>(value: T | undefined, message: string): T {
  if (value === undefined || value === "") throw usage(message);
  return value;
}

const usage = (message: string) => new KgError("usage", `kg curate: ${message}.\n${HELP}`);

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as unknown;
  } catch (error) {
    throw new KgError("curation-file", `kg curate import: cannot read ${file}: ${(error as Error).message}`);
  }
}

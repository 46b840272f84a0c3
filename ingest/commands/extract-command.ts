// `kg extract <file>... --json`: extracts documents without a database and prints the extraction contract as JSON.

import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { extractDocument } from "../extract/index.js";
import { resolveMaxDocumentBytes } from "../read/document-size-limit.js";
import { readDocument } from "../read/read-document.js";
import type { ExtractedRelation, Extraction, SourceDocument } from "../types.js";

/**
 * The extraction contract: the JSON that `kg extract --json` prints and `kg import` reads (from any tool). Documents by
 * id (the sha256 of their bytes); entities by id (`Type:name`) with their aliases and their mentions in those
 * documents; relations between entity ids, each with the rule that found it and its evidence sentences. Offsets are
 * UTF-16 indexes into a document's decoded text, and an evidence's text is the span from start to end.
 */
export interface ExtractOutput {
  documents: Array<{ id: string; path: string; title: string; chars: number; date?: string }>;
  entities: Array<{
    id: string;
    type: string;
    name: string;
    aliases: string[];
    mentions: Array<{ doc: string; start: number; end: number }>;
  }>;
  relations: Array<{
    type: string;
    source: string;
    target: string;
    weight: number;
    rule: string;
    role?: string;
    evidence: Array<{ doc: string; start: number; end: number; text: string }>;
  }>;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges the extractions of several documents into the contract's shape: one entity per id across documents,
 * one relation per type, endpoints and role, weighted by its evidence sentences. Pure and deterministic.
 */
export function buildExtractOutput(
  extracted: ReadonlyArray<{ source: SourceDocument; extraction: Extraction }>,
): ExtractOutput {
  const documents: ExtractOutput["documents"] = [];
  const entities = new Map<string, ExtractOutput["entities"][number]>();
  const relations = new Map<string, ExtractOutput["relations"][number]>();
  for (const { source, extraction } of extracted) {
    const doc = source.sha256;
    documents.push({
      id: doc,
      path: source.path,
      title: extraction.title,
      chars: source.text.length,
      ...(extraction.date ? { date: extraction.date } : {}),
    });
    for (const entity of extraction.entities) {
      const merged = entities.get(entity.id) ?? {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: [],
        mentions: [],
      };
      for (const alias of entity.aliases) if (!merged.aliases.includes(alias)) merged.aliases.push(alias);
      for (const m of entity.mentions) merged.mentions.push({ doc, start: m.start, end: m.end });
      entities.set(entity.id, merged);
    }
    for (const relation of extraction.relations) addRelation(relations, relation, doc);
  }
  for (const entity of entities.values()) entity.aliases.sort(compare);
  for (const relation of relations.values()) relation.weight = relation.evidence.length;
  return {
    documents,
    entities: [...entities.values()].sort((a, b) => compare(a.id, b.id)),
    relations: [...relations.values()].sort(
      (a, b) =>
        compare(a.type, b.type) ||
        compare(a.source, b.source) ||
        compare(a.target, b.target) ||
        compare(a.role ?? "", b.role ?? ""),
    ),
  };
}

function addRelation(
  relations: Map<string, ExtractOutput["relations"][number]>,
  relation: ExtractedRelation,
  doc: string,
): void {
  const key = [relation.type, relation.source, relation.target, relation.role ?? ""].join("\u0000");
  const merged = relations.get(key) ?? {
    type: relation.type,
    source: relation.source,
    target: relation.target,
    weight: 0,
    rule: relation.rule,
    ...(relation.role ? { role: relation.role } : {}),
    evidence: [],
  };
  for (const e of relation.evidence) merged.evidence.push({ doc, start: e.start, end: e.end, text: e.text });
  relations.set(key, merged);
}

/** Runs `kg extract`: reads each file (a bad one is reported on stderr and the rest go on), prints JSON or a summary. */
export async function runExtract(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, "max-document-size": { type: "string" } },
  });
  if (positionals.length === 0)
    throw new KgError(
      "usage",
      "kg extract: name at least one file, e.g. npm run --silent kg -- extract samples/liaoyuan-cppcc-2021.txt --json",
    );
  const maxBytes = resolveMaxDocumentBytes(values["max-document-size"]);
  const extracted: Array<{ source: SourceDocument; extraction: Extraction }> = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      const source = await readDocument(file, { maxBytes });
      extracted.push({ source, extraction: extractDocument(source) });
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      console.error(`kg-explorer: ${error.message}`);
      failed += 1;
    }
  }
  const output = buildExtractOutput(extracted);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    for (const d of output.documents)
      console.log(`${d.path}: ${d.title} (${d.chars} chars${d.date ? `, ${d.date}` : ""})`);
    const typed = output.relations.filter((r) => r.type !== "CO_OCCURS").length;
    console.log(
      `${output.entities.length} entities, ${typed} stated relations, ${output.relations.length - typed} co-occurrences`,
    );
  }
  return failed > 0 ? 1 : 0;
}

// Loads the evaluation data (the sample's annotation, the dev excerpts) and scores extractions against them.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../../ingest/extract/index.js";
import { readDocument } from "../../ingest/read-document.js";
import { ENTITY_TYPES, RELATION_TYPES, type Extraction } from "../../ingest/types.js";
import { scoreEntities, scoreRelations, sumScores, type ScoredEntity, type ScoredRelation, type TypeScore } from "./score.js";

/** The repository's root directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The dev excerpts live outside the repository and are never copied into it. */
export const DEV_EXCERPTS = process.env.KG_DEV_EXCERPTS ?? path.resolve(REPO_ROOT, "../shared/eval/dev-excerpts.jsonl");
export const SCORED_RELATIONS = RELATION_TYPES.filter((t) => t !== "CO_OCCURS");

/** Entity and relation scores of one evaluation set. */
export interface EvalResult {
  entities: TypeScore[];
  relations: TypeScore[];
}

interface GoldFile {
  document: string;
  entities: Array<{ id: string; type: string; name: string; aliases: string[]; note?: string }>;
  relations: Array<{ type: string; source: string; target: string; note?: string }>;
}

const isBorderline = (note: string | undefined) => (note ?? "").includes("borderline");

function predictedOf(extraction: Extraction): { entities: ScoredEntity[]; byId: Map<string, ScoredEntity>; relations: ScoredRelation[] } {
  const entities = extraction.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), relations: extraction.relations.filter((r) => r.type !== "CO_OCCURS") };
}

function score(extraction: Extraction, goldEntities: ScoredEntity[], goldRelations: ScoredRelation[]): EvalResult {
  const predicted = predictedOf(extraction);
  const goldById = new Map(goldEntities.map((e) => [e.id, e]));
  return {
    entities: scoreEntities(predicted.entities, goldEntities, ENTITY_TYPES),
    relations: scoreRelations(predicted.relations, predicted.byId, goldRelations, goldById, SCORED_RELATIONS),
  };
}

/** Extracts the sample report and scores it against tests/fixtures/seed-gold.json. */
export async function evaluateSample(): Promise<EvalResult> {
  const gold = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/seed-gold.json"), "utf8")) as GoldFile;
  const file = path.join(REPO_ROOT, gold.document.split(" ")[0] ?? "samples/liaoyuan-cppcc-2021.txt");
  const extraction = extractDocument(await readDocument(file));
  const entities = gold.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, borderline: isBorderline(e.note) }));
  const relations = gold.relations.map((r) => ({ type: r.type, source: r.source, target: r.target, borderline: isBorderline(r.note) }));
  return score(extraction, entities, relations);
}

interface DevExcerpt {
  id: string;
  text: string;
  entities: Array<{ type: string; surface: string; canonical: string; note?: string }>;
  relations: Array<{ type: string; source: string; target: string; note?: string }>;
}

/** Scores every dev excerpt and sums the counts (micro-average); undefined when the file is absent. */
export function evaluateDevExcerpts(file = DEV_EXCERPTS): EvalResult | undefined {
  if (!existsSync(file)) return undefined;
  const results: EvalResult[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const excerpt = JSON.parse(line) as DevExcerpt;
    const byKey = new Map<string, ScoredEntity>();
    const byCanonical = new Map<string, string>();
    for (const e of excerpt.entities) {
      const id = `${e.type}:${e.canonical}`;
      const entity = byKey.get(id) ?? { id, type: e.type, name: e.canonical, aliases: [], borderline: isBorderline(e.note) };
      byKey.set(id, { ...entity, aliases: [...entity.aliases, e.surface] });
      if (!byCanonical.has(e.canonical)) byCanonical.set(e.canonical, id);
    }
    const relations = excerpt.relations.map((r) => ({
      type: r.type,
      source: byCanonical.get(r.source) ?? `?:${r.source}`,
      target: byCanonical.get(r.target) ?? `?:${r.target}`,
      borderline: isBorderline(r.note),
    }));
    const text = excerpt.text;
    const extraction = extractDocument({ path: excerpt.id, text, sha256: createHash("sha256").update(text).digest("hex") });
    results.push(score(extraction, [...byKey.values()], relations));
  }
  return { entities: sumScores(results.map((r) => r.entities)), relations: sumScores(results.map((r) => r.relations)) };
}

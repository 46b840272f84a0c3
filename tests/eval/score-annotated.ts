// Scores the annotated sets as score.mjs does: the sample report (`entities`) and the dev excerpts (`heldout`). Pure.

import type { ExtractOutput } from "../../ingest/commands/extract-command.js";
import {
  normalizeName,
  namesOf,
  scoreEntities,
  scoreRelations,
  type EntityScores,
  type GoldEntity,
  type PredictedEntity,
  type RelationScores,
  type ScoredRelation,
} from "./score.js";

/** The sample report's annotation (tests/fixtures/seed-gold.json). */
export interface SeedGold {
  document: string;
  entities: Array<{ id: string; type: string; name: string; aliases?: string[]; note?: string }>;
  relations: Array<{ type: string; source: string; target: string; note?: string }>;
}

/** One line of dev-excerpts.jsonl or dev-real.jsonl. */
export interface Excerpt {
  id: string;
  text: string;
  doc?: string;
  entities: Array<{ type: string; surface: string; canonical?: string; note?: string }>;
  relations?: Array<{ type: string; source: string; target: string; note?: string }>;
}

/** Entity and relation figures of one annotated set. */
export interface AnnotatedScores {
  entities: EntityScores;
  relations: RelationScores;
}

const isBorderline = (note: string | undefined) => /borderline/i.test(note ?? "");

function predictedOf(output: ExtractOutput, prefix = ""): { entities: PredictedEntity[]; relations: ScoredRelation[] } {
  return {
    entities: output.entities.map((e) => ({ id: `${prefix}${e.id}`, type: e.type, name: e.name, aliases: e.aliases })),
    relations: output.relations.map((r) => ({
      type: r.type,
      source: `${prefix}${r.source}`,
      target: `${prefix}${r.target}`,
    })),
  };
}

function labeller(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[]): (id: string) => string {
  const names = new Map([...predicted, ...gold].map((e) => [e.id, e.name]));
  // A gold endpoint that names no annotated entity keeps its name after "?:".
  return (id) => names.get(id) ?? id.slice(id.indexOf("?:") + 2);
}

/** Scores the sample report's extraction against its annotation (`score.mjs entities`). */
export function scoreSample(output: ExtractOutput, gold: SeedGold): AnnotatedScores {
  const goldEntities = gold.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    borderline: isBorderline(e.note),
  }));
  const goldRelations = gold.relations.map((r) => ({
    type: r.type,
    source: r.source,
    target: r.target,
    borderline: isBorderline(r.note),
  }));
  const predicted = predictedOf(output);
  const entities = scoreEntities(predicted.entities, goldEntities);
  return {
    entities,
    relations: scoreRelations(
      predicted.relations,
      goldRelations,
      entities.predToGold,
      labeller(predicted.entities, goldEntities),
    ),
  };
}

/**
 * An excerpt's annotation as gold entities (one per type and normalized canonical name, the first entry deciding
 * whether it is borderline) and relations (endpoints looked up by any name of the excerpt's entities).
 */
export function excerptGold(excerpt: Excerpt): { entities: GoldEntity[]; relations: ScoredRelation[] } {
  const groups = new Map<string, GoldEntity & { aliases: string[] }>();
  for (const e of excerpt.entities) {
    const name = e.canonical || e.surface;
    const id = `${excerpt.id}:${e.type}:${normalizeName(name)}`;
    const group = groups.get(id) ?? { id, type: e.type, name, aliases: [], borderline: isBorderline(e.note) };
    group.aliases.push(e.surface);
    groups.set(id, group);
  }
  const find = (name: string) =>
    [...groups.values()].find((g) => namesOf(g).has(normalizeName(name)))?.id ??
    `${excerpt.id}:?:${normalizeName(name)}`;
  const relations = (excerpt.relations ?? []).map((r) => ({
    type: r.type,
    source: find(r.source),
    target: find(r.target),
    borderline: isBorderline(r.note),
  }));
  return { entities: [...groups.values()], relations };
}

/**
 * Scores excerpts extracted one by one (`score.mjs heldout`): their entities and relations are pooled and matched
 * together, so the figures are micro-averaged sums. As in score.mjs, a prediction may match a same-named gold entity of
 * another excerpt.
 */
export function scoreExcerpts(runs: ReadonlyArray<{ excerpt: Excerpt; output: ExtractOutput }>): AnnotatedScores {
  const predictedEntities: PredictedEntity[] = [];
  const predictedRelations: ScoredRelation[] = [];
  const goldEntities: GoldEntity[] = [];
  const goldRelations: ScoredRelation[] = [];
  for (const { excerpt, output } of runs) {
    const gold = excerptGold(excerpt);
    goldEntities.push(...gold.entities);
    goldRelations.push(...gold.relations);
    const predicted = predictedOf(output, `${excerpt.id}:`);
    predictedEntities.push(...predicted.entities);
    predictedRelations.push(...predicted.relations);
  }
  const entities = scoreEntities(predictedEntities, goldEntities);
  return {
    entities,
    relations: scoreRelations(
      predictedRelations,
      goldRelations,
      entities.predToGold,
      labeller(predictedEntities, goldEntities),
    ),
  };
}

// Scores an extraction against a hand annotation by the rules of ../shared/eval/scorers/score.mjs (pure).

/** The entity types score.mjs counts, in its order. */
export const SCORED_ENTITY_TYPES = ["Organization", "Person", "Project", "Topic", "Place"] as const;

/** Counts and figures of one type; `type` is "all" for the totals. */
export interface TypeScore {
  type: string;
  /** Predictions counted (those matching only borderline gold items are left out). */
  predicted: number;
  correct: number;
  /** Gold items required (not borderline). */
  gold: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A predicted entity: its id in the extraction and every name it goes by. */
export interface PredictedEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

/** A gold entity: its names are the canonical name and every alias or surface. */
export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
  /** Neither required nor penalised. */
  borderline: boolean;
}

/** A relation between two entity ids (predicted or gold). */
export interface ScoredRelation {
  type: string;
  source: string;
  target: string;
  borderline?: boolean;
}

/** Entity figures per type (and "all"), the gold names missed and the predicted names without a match, per type. */
export interface EntityScores {
  scores: TypeScore[];
  missed: Record<string, string[]>;
  spurious: Record<string, string[]>;
  /** Predicted entity id -> the gold ids it matches. */
  predToGold: Map<string, Set<string>>;
}

/** Relation figures per gold relation type (and "all"), with the gold relations missed and the predictions without a match. */
export interface RelationScores {
  scores: TypeScore[];
  missed: string[];
  spurious: string[];
  /** Predictions of the types the gold never annotates (not scored), by type. */
  unscored: Record<string, number>;
}

const SYMMETRIC = new Set(["COLLABORATES_WITH"]);
const MARKS = /[\s“”"'‘’《》〈〉「」『』【】]/gu;

/** The eval README's comparison: NFKC, no whitespace, no quotation or book-title marks. */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").replace(MARKS, "").trim();
}

/** Precision, recall and F1 from counts (0 where a denominator is 0). */
export function typeScore(type: string, predicted: number, correct: number, gold: number, found: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, predicted, correct, gold, found, precision, recall, f1 };
}

/** Rounds a figure as the official scorers print it (three decimals). */
export function round3(x: number): number {
  return +x.toFixed(3);
}

/** The normalized, non-empty names of an entity. */
export function namesOf(entity: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(normalizeName).filter((n) => n.length > 0));
}

function matchEntities(predicted: readonly PredictedEntity[], gold: readonly GoldEntity[]): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const g of gold) {
    for (const n of namesOf(g)) {
      const key = `${g.type}|${n}`;
      const ids = byName.get(key) ?? new Set<string>();
      ids.add(g.id);
      byName.set(key, ids);
    }
  }
  const predToGold = new Map<string, Set<string>>();
  for (const e of predicted) {
    const hits = new Set<string>();
    for (const n of namesOf(e)) for (const id of byName.get(`${e.type}|${n}`) ?? []) hits.add(id);
    predToGold.set(e.id, hits);
  }
  return predToGold;
}

/**
 * Entity figures: a prediction is correct when it shares a type and a normalized name with a gold entity; one that
 * matches only borderline gold entities is left out of precision; recall is over the gold entities not borderline.
 */
export function scoreEntities(
  predictedEntities: readonly PredictedEntity[],
  gold: readonly GoldEntity[],
): EntityScores {
  const types: readonly string[] = SCORED_ENTITY_TYPES;
  const predicted = predictedEntities.filter((e) => types.includes(e.type));
  const predToGold = matchEntities(predicted, gold);
  const scores: TypeScore[] = [];
  const missed: Record<string, string[]> = {};
  const spurious: Record<string, string[]> = {};
  for (const type of [...types, "all"]) {
    const all = type === "all";
    const p = predicted.filter((e) => all || e.type === type);
    const g = gold.filter((e) => all || e.type === type);
    const borderline = new Map(g.map((e) => [e.id, e.borderline]));
    const found = new Set<string>();
    const wrong: string[] = [];
    let counted = 0;
    let correct = 0;
    for (const e of p) {
      const hits = predToGold.get(e.id) ?? new Set<string>();
      if (hits.size > 0 && [...hits].every((h) => borderline.get(h))) continue;
      counted++;
      if (hits.size > 0) correct++;
      else wrong.push(e.name);
      for (const h of hits) found.add(h);
    }
    const required = g.filter((e) => !e.borderline);
    const foundRequired = required.filter((e) => found.has(e.id)).length;
    if (!all) {
      missed[type] = required.filter((e) => !found.has(e.id)).map((e) => e.name);
      spurious[type] = wrong;
    }
    scores.push(typeScore(type, counted, correct, required.length, foundRequired));
  }
  return { scores, missed, spurious, predToGold };
}

/**
 * Relation figures over the relation types the gold annotates: a prediction is correct when its endpoints match a gold
 * relation's (either way round for COLLABORATES_WITH), borderline gold relations included; recall is over the firm ones.
 * `label` names an entity id for the lists of missed and false relations.
 */
export function scoreRelations(
  predictedRelations: readonly ScoredRelation[],
  goldRelations: readonly ScoredRelation[],
  predToGold: ReadonlyMap<string, ReadonlySet<string>>,
  label: (id: string) => string = (id) => id,
): RelationScores {
  const goldTypes = [...new Set(goldRelations.map((r) => r.type))];
  const predicted = predictedRelations.filter((r) => goldTypes.includes(r.type));
  const key = (type: string, a: string, b: string) =>
    SYMMETRIC.has(type) && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
  const goldKeys = new Map<string, ScoredRelation>();
  for (const r of goldRelations) goldKeys.set(key(r.type, r.source, r.target), r);
  const hitsOf = (r: ScoredRelation): string[] => {
    const hits: string[] = [];
    for (const a of predToGold.get(r.source) ?? []) {
      for (const b of predToGold.get(r.target) ?? []) {
        const k = key(r.type, a, b);
        if (goldKeys.has(k)) hits.push(k);
      }
    }
    return hits;
  };
  const found = new Set<string>();
  const spurious: string[] = [];
  const correctByType = new Map<string, number>();
  for (const r of predicted) {
    const hits = hitsOf(r);
    for (const k of hits) found.add(k);
    if (hits.length > 0) correctByType.set(r.type, (correctByType.get(r.type) ?? 0) + 1);
    else spurious.push(`${r.type} ${label(r.source)} → ${label(r.target)}`);
  }
  const firm = [...goldKeys].filter(([, r]) => !r.borderline);
  const scores = goldTypes.map((type) => {
    const required = firm.filter(([, r]) => r.type === type);
    return typeScore(
      type,
      predicted.filter((r) => r.type === type).length,
      correctByType.get(type) ?? 0,
      required.length,
      required.filter(([k]) => found.has(k)).length,
    );
  });
  const sum = (field: "predicted" | "correct" | "gold" | "found") => scores.reduce((n, s) => n + s[field], 0);
  scores.push(typeScore("all", sum("predicted"), sum("correct"), sum("gold"), sum("found")));
  const missed = firm
    .filter(([k]) => !found.has(k))
    .map(([, r]) => `${r.type} ${label(r.source)} → ${label(r.target)}`);
  const unscored: Record<string, number> = {};
  for (const r of predictedRelations) if (!goldTypes.includes(r.type)) unscored[r.type] = (unscored[r.type] ?? 0) + 1;
  return { scores, missed, spurious, unscored };
}

/** The figures of one type, or zeros when the type is absent. */
export function scoreOf(scores: readonly TypeScore[], type: string): TypeScore {
  return scores.find((s) => s.type === type) ?? typeScore(type, 0, 0, 0, 0);
}

// Scores an extraction against a hand annotation: entity and relation precision, recall and F1 per type (pure).

/** An entity as the scorer sees it: a type and every name it goes by. */
export interface ScoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
  /** Gold only: neither required nor penalised. */
  borderline?: boolean;
}

/** A relation between two entity ids. */
export interface ScoredRelation {
  type: string;
  source: string;
  target: string;
  borderline?: boolean;
}

/** Counts and figures for one type. */
export interface TypeScore {
  type: string;
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  false: string[];
}

/** The eval README's comparison: NFKC, no whitespace, no quotation or book-title marks. */
export function comparable(name: string): string {
  return name.normalize("NFKC").replace(/[\s“”《》「」'"]/gu, "");
}

function names(entity: ScoredEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(comparable).filter((n) => n.length > 0));
}

/** True when two entities have the same type and share a name or alias. */
export function entitiesMatch(a: ScoredEntity, b: ScoredEntity): boolean {
  if (a.type !== b.type) return false;
  const bNames = names(b);
  for (const name of names(a)) if (bNames.has(name)) return true;
  return false;
}

function figures(type: string, predicted: number, correct: number, gold: number, found: number, missed: string[], falsePositives: string[]): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, predicted, correct, gold, found, precision, recall, f1, missed, false: falsePositives };
}

/** Entity scores per type (and "all"): a prediction matching only borderline gold entities is not counted. */
export function scoreEntities(predicted: readonly ScoredEntity[], gold: readonly ScoredEntity[], types: readonly string[]): TypeScore[] {
  const scores = types.map((type) => {
    const p = predicted.filter((e) => e.type === type);
    const g = gold.filter((e) => e.type === type);
    let counted = 0;
    let correct = 0;
    const falsePositives: string[] = [];
    for (const entity of p) {
      const matches = g.filter((e) => entitiesMatch(entity, e));
      if (matches.length === 0) {
        counted++;
        falsePositives.push(entity.name);
      } else if (matches.some((e) => !e.borderline)) {
        counted++;
        correct++;
      }
    }
    const required = g.filter((e) => !e.borderline);
    const missed = required.filter((e) => !p.some((q) => entitiesMatch(q, e))).map((e) => e.name);
    return figures(type, counted, correct, required.length, required.length - missed.length, missed, falsePositives);
  });
  return [...scores, total(scores)];
}

/** Relation scores per type (and "all"); CO_OCCURS is not scored; COLLABORATES_WITH matches either way round. */
export function scoreRelations(
  predicted: readonly ScoredRelation[],
  predictedEntities: ReadonlyMap<string, ScoredEntity>,
  gold: readonly ScoredRelation[],
  goldEntities: ReadonlyMap<string, ScoredEntity>,
  types: readonly string[],
): TypeScore[] {
  const endpointMatches = (p: string, g: string) => {
    const a = predictedEntities.get(p);
    const b = goldEntities.get(g);
    return a !== undefined && b !== undefined && entitiesMatch(a, b);
  };
  const relationMatches = (p: ScoredRelation, g: ScoredRelation) =>
    p.type === g.type &&
    ((endpointMatches(p.source, g.source) && endpointMatches(p.target, g.target)) ||
      (p.type === "COLLABORATES_WITH" && endpointMatches(p.source, g.target) && endpointMatches(p.target, g.source)));
  const describe = (r: ScoredRelation, entities: ReadonlyMap<string, ScoredEntity>) =>
    `${entities.get(r.source)?.name ?? r.source} -> ${entities.get(r.target)?.name ?? r.target}`;
  const scores = types.map((type) => {
    const p = predicted.filter((r) => r.type === type);
    const g = gold.filter((r) => r.type === type);
    let counted = 0;
    let correct = 0;
    const falsePositives: string[] = [];
    for (const relation of p) {
      const matches = g.filter((r) => relationMatches(relation, r));
      if (matches.length === 0) {
        counted++;
        falsePositives.push(describe(relation, predictedEntities));
      } else if (matches.some((r) => !r.borderline)) {
        counted++;
        correct++;
      }
    }
    const required = g.filter((r) => !r.borderline);
    const missed = required.filter((r) => !p.some((q) => relationMatches(q, r))).map((r) => describe(r, goldEntities));
    return figures(type, counted, correct, required.length, required.length - missed.length, missed, falsePositives);
  });
  return [...scores, total(scores)];
}

function total(scores: readonly TypeScore[]): TypeScore {
  const sum = (key: "predicted" | "correct" | "gold" | "found") => scores.reduce((n, s) => n + s[key], 0);
  return figures("all", sum("predicted"), sum("correct"), sum("gold"), sum("found"), [], []);
}

/** Sums scores of several documents type by type (micro-average). */
export function sumScores(runs: ReadonlyArray<readonly TypeScore[]>): TypeScore[] {
  const types = runs[0]?.map((s) => s.type) ?? [];
  return types.map((type) => {
    const rows = runs.map((run) => run.find((s) => s.type === type)).filter((s): s is TypeScore => s !== undefined);
    const sum = (key: "predicted" | "correct" | "gold" | "found") => rows.reduce((n, s) => n + s[key], 0);
    return figures(type, sum("predicted"), sum("correct"), sum("gold"), sum("found"), rows.flatMap((s) => s.missed), rows.flatMap((s) => s.false));
  });
}

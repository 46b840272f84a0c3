// Duplicate suggestions: pairs of entities of one type that likely name one body, each with its reasons, ranked for
// a researcher to accept (a merge rule) or reject (a distinct rule).

import type { EntityType } from "../../common/domain.js";
import { compare } from "../extract/resolve/resolve-entities.js";
import { findContainment } from "./suggestions/find-containment.js";
import { findHonorifics } from "./suggestions/find-people.js";
import { findNeighbourhoods, findSharedAliases } from "./suggestions/find-shared.js";
import { findSameStems, findSubsequences, findTraditional } from "./suggestions/find-variants.js";
import type {
  DuplicateSuggestion,
  Finder,
  Finding,
  SuggestionEntity,
  SuggestionOptions,
  SuggestionReason,
  TypeIndex,
} from "./suggestions/types.js";

export type {
  DuplicateSuggestion,
  SuggestionEntity,
  SuggestionOptions,
  SuggestionReason,
} from "./suggestions/types.js";

/** How many suggestions are returned when no limit is given. */
export const DEFAULT_SUGGESTION_LIMIT = 200;

/** The finders, one per kind of evidence; each blocks its own candidates so none compares all pairs. */
const FINDERS: readonly Finder[] = [
  findContainment,
  findSubsequences,
  findSameStems,
  findTraditional,
  findHonorifics,
  findSharedAliases,
  findNeighbourhoods,
];

/** Order of reasons within one suggestion when their scores tie. */
const REASON_ORDER: readonly SuggestionReason[] = [
  "traditional",
  "honorific",
  "contained",
  "city-abbreviation",
  "same-stem",
  "subsequence",
  "shared-alias",
  "neighbourhood",
];

function pairKey(a: string, b: string): string {
  return compare(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Likely duplicates among `entities`, best first: only pairs of one type, never a pair marked distinct (either
 * order). A pair's reasons add up to its score (at most 1); `keep` is the fuller official name, the real name of a
 * person, the simplified spelling, or else the more mentioned entity.
 */
export function suggestDuplicates(
  entities: readonly SuggestionEntity[],
  options: SuggestionOptions = {},
): DuplicateSuggestion[] {
  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`ingest/curate: the suggestion limit must be a whole number ≥ 0, not ${limit}`);
  }
  const distinct = new Set((options.distinct ?? []).map(([a, b]) => pairKey(a, b)));
  const pairs = new Map<string, Finding[]>();
  for (const index of indexByType(entities)) {
    for (const finder of FINDERS) {
      for (const finding of finder(index)) {
        const key = pairKey(finding.a.key, finding.b.key);
        if (finding.a.key === finding.b.key || distinct.has(key)) continue;
        const found = pairs.get(key);
        if (found) found.push(finding);
        else pairs.set(key, [finding]);
      }
    }
  }
  return [...pairs.values()]
    .map(toSuggestion)
    .sort((x, y) => y.score - x.score || compare(x.keep, y.keep) || compare(x.merge, y.merge))
    .slice(0, limit);
}

/** The entities of each type with a name lookup; a repeated key keeps its first entity. */
function indexByType(entities: readonly SuggestionEntity[]): TypeIndex[] {
  const byType = new Map<EntityType, SuggestionEntity[]>();
  const seen = new Set<string>();
  for (const entity of entities) {
    if (seen.has(entity.key)) continue;
    seen.add(entity.key);
    const list = byType.get(entity.type) ?? [];
    list.push(entity);
    byType.set(entity.type, list);
  }
  return [...byType].map(([type, list]) => {
    const byName = new Map<string, SuggestionEntity>();
    for (const entity of list) if (!byName.has(entity.name)) byName.set(entity.name, entity);
    return { type, entities: list, byName };
  });
}

/** One suggestion from the findings of one pair: the best finding per reason, summed; the surest `keep` wins. */
function toSuggestion(findings: readonly Finding[]): DuplicateSuggestion {
  const best = new Map<SuggestionReason, Finding>();
  for (const finding of findings) {
    const current = best.get(finding.reason);
    // Equal scores fall to the detail, so the input's order never changes what is said.
    const better =
      !current || finding.score > current.score || (finding.score === current.score && finding.detail < current.detail);
    if (better) best.set(finding.reason, finding);
  }
  const chosen = [...best.values()].sort(
    (x, y) => y.score - x.score || REASON_ORDER.indexOf(x.reason) - REASON_ORDER.indexOf(y.reason),
  );
  const first = chosen[0] as Finding;
  const keepKey = keepOf(first.a, first.b, chosen);
  const [keep, merge] = keepKey === first.a.key ? [first.a, first.b] : [first.b, first.a];
  const score = Math.min(
    1,
    chosen.reduce((sum, f) => sum + f.score, 0),
  );
  return {
    keep: keep.key,
    merge: merge.key,
    type: keep.type,
    score: Math.round(score * 1000) / 1000,
    reasons: chosen.map((f) => ({ reason: f.reason, detail: f.detail })),
  };
}

/** The canonical one of a pair: what the surest reason says, else more mentions, a longer name, the smaller key. */
function keepOf(a: SuggestionEntity, b: SuggestionEntity, findings: readonly Finding[]): string {
  let hint: { key: string; priority: number } | undefined;
  for (const { keep } of findings) if (keep && (!hint || keep.priority > hint.priority)) hint = keep;
  if (hint) return hint.key;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions ? a.key : b.key;
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? a.key : b.key;
  return compare(a.key, b.key) <= 0 ? a.key : b.key;
}

// What two entities share besides their names: a surface form (shared-alias), or nearly all their neighbours with
// half their characters (neighbourhood).

import { inKeyOrder, neighbourOverlap, quote, sharedCharacters } from "./name-parts.js";
import type { Finding, SuggestionEntity, TypeIndex } from "./types.js";

/** A surface form shared by more entities than this is a generic word (市委 in many cities), not a duplicate sign. */
const ALIAS_GROUP_CAP = 20;

/** Near-identical neighbourhoods: Jaccard at least this over at least `MIN_NEIGHBOURS` neighbours each. */
const MIN_JACCARD = 0.6;
const MIN_NEIGHBOURS = 3;

/** A neighbour linked to more entities than this is a hub; it is not probed for candidates. */
const POSTING_CAP = 1000;

/** Shared-alias findings: an alias of one is the name or an alias of the other. */
export function findSharedAliases(index: TypeIndex): Finding[] {
  const bySurface = new Map<string, SuggestionEntity[]>();
  for (const entity of index.entities) {
    for (const surface of new Set([entity.name, ...entity.aliases])) {
      const group = bySurface.get(surface) ?? [];
      group.push(entity);
      bySurface.set(surface, group);
    }
  }
  const findings: Finding[] = [];
  for (const [surface, group] of bySurface) {
    if (group.length < 2 || group.length > ALIAS_GROUP_CAP) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = inKeyOrder(group[i] as SuggestionEntity, group[j] as SuggestionEntity);
        const named = [a, b].find((e) => e.name === surface);
        const other = named === a ? b : a;
        findings.push({
          a,
          b,
          reason: "shared-alias",
          detail: named
            ? `${quote(other.name)} has ${quote(named.name)} among its aliases`
            : `${quote(a.name)} and ${quote(b.name)} share the alias ${quote(surface)}`,
          score: 0.6 / (group.length - 1),
        });
      }
    }
  }
  return findings;
}

/**
 * Neighbourhood findings. Candidates come from prefix filtering: with neighbours ordered rarest first, two sets
 * with Jaccard ≥ t must share one of the first |A| − ⌈t·|A|⌉ + 1 neighbours of each, so only those are indexed.
 */
export function findNeighbourhoods(index: TypeIndex): Finding[] {
  const eligible = index.entities
    .map((entity) => ({ entity, neighbours: [...new Set(entity.neighbours)] }))
    .filter((e) => e.neighbours.length >= MIN_NEIGHBOURS);
  const frequency = new Map<string, number>();
  for (const { neighbours } of eligible) for (const n of neighbours) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  const rarestFirst = (x: string, y: string) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : 1);

  const postings = new Map<string, number[]>();
  const findings: Finding[] = [];
  eligible.forEach(({ entity, neighbours }, i) => {
    const size = neighbours.length;
    const prefix = neighbours.sort(rarestFirst).slice(0, size - Math.ceil(MIN_JACCARD * size) + 1);
    const seen = new Set<number>();
    for (const token of prefix) {
      const list = postings.get(token) ?? [];
      if (list.length <= POSTING_CAP) for (const j of list) seen.add(j);
      list.push(i);
      postings.set(token, list);
    }
    for (const j of seen) {
      const other = eligible[j] as (typeof eligible)[number];
      // Sizes alone rule most candidates out: Jaccard ≥ t needs the smaller set at least t times the larger.
      if (Math.min(size, other.neighbours.length) < MIN_JACCARD * Math.max(size, other.neighbours.length)) continue;
      const found = neighbourhoodFinding(other.entity, entity);
      if (found) findings.push(found);
    }
  });
  return findings;
}

function neighbourhoodFinding(x: SuggestionEntity, y: SuggestionEntity): Finding | undefined {
  const [a, b] = inKeyOrder(x, y);
  const { shared, jaccard } = neighbourOverlap(a, b);
  if (jaccard < MIN_JACCARD) return undefined;
  const characters = sharedCharacters(a.name, b.name);
  if (characters.shared * 2 < characters.of) return undefined;
  const union = Math.round(shared / jaccard);
  return {
    a,
    b,
    reason: "neighbourhood",
    detail:
      `${quote(a.name)} and ${quote(b.name)} share ${shared} of ${union} neighbours ` +
      `and ${characters.shared} of ${characters.of} characters`,
    score: 0.2 + (0.3 * (jaccard - MIN_JACCARD)) / (1 - MIN_JACCARD),
  };
}

// Names inside other names: 市委七届十次全会 in 中共辽源市委七届十次全会 (contained), and the short forms of organs
// that leave out their city (市财政局 for 辽源市财政局, 市政协 for 辽源政协: city-abbreviation).

import { LEVEL_CHARS, headOf, isBareHead, isGenericName, quote } from "./name-parts.js";
import type { Finding, SuggestionEntity, TypeIndex } from "./types.js";

/** Names longer than this are sentences caught as names; enumerating their substrings is not worth it. */
const MAX_NAME = 40;

/** Prefixes of a party organ that are not the place (中共辽源市委 names the city 辽源). */
const PARTY_PREFIX = /^(?:中国共产党|中共)/u;

interface Pair {
  shorter: SuggestionEntity;
  longer: SuggestionEntity;
  /** The place the shorter form leaves out, and whether a level character (市) stands for it. */
  place?: { name: string; replaced: boolean };
}

/** Contained and city-abbreviation findings of one type. */
export function findContainment(index: TypeIndex): Finding[] {
  const contained = new Map<string, Pair>();
  const abbreviated = new Map<string, Pair>();
  for (const longer of index.entities) {
    const name = longer.name;
    if (name.length < 3 || name.length > MAX_NAME) continue;
    const tail = name.slice(-2);
    // Only substrings ending where the longer name's final two characters recur can share its head, so the
    // lookups stay a few per name instead of every substring.
    for (let end = name.length; end >= 2; end--) {
      if (name.slice(end - 2, end) !== tail) continue;
      for (let start = end === name.length ? 1 : 0; start <= end - 2; start++) {
        const shorter = index.byName.get(name.slice(start, end));
        if (!shorter || shorter.key === longer.key || isBareHead(shorter.name)) continue;
        const pair: Pair = { shorter, longer };
        contained.set(`${shorter.key}\u0000${longer.key}`, pair);
        if (index.type === "Organization" && end === name.length) {
          const place = leftOutPlace(name.slice(0, start), shorter.name);
          if (place)
            abbreviated.set(`${shorter.key}\u0000${longer.key}`, { ...pair, place: { name: place, replaced: false } });
        }
      }
    }
    if (index.type === "Organization") findReplacedPlace(index, longer, abbreviated);
  }
  return [...scoreContained([...contained.values()]), ...scoreAbbreviated([...abbreviated.values()])];
}

/**
 * The place a shorter organ name leaves out of a longer one ending with it: 辽源 for 市财政局 in 辽源市财政局, 辽源市
 * for 财政局; none when what comes before is no place name (two characters at least, a party prefix aside).
 */
function leftOutPlace(prefix: string, shorter: string): string | undefined {
  const place = prefix.replace(PARTY_PREFIX, "");
  if (LEVEL_CHARS.includes(shorter.charAt(0))) return place.length >= 2 && place.length <= 8 ? place : undefined;
  const endsWithLevel = LEVEL_CHARS.includes(place.slice(-1));
  return endsWithLevel && place.length >= 3 && place.length <= 9 ? place : undefined;
}

/** 辽源财政局 against 市财政局: the short form writes a level character where the longer has the bare place name. */
function findReplacedPlace(index: TypeIndex, longer: SuggestionEntity, into: Map<string, Pair>): void {
  const name = longer.name.replace(PARTY_PREFIX, "");
  for (let cut = 2; cut <= Math.min(8, name.length - 2); cut++) {
    if (LEVEL_CHARS.includes(name.charAt(cut - 1))) continue;
    for (const level of "省市县区") {
      const shorter = index.byName.get(level + name.slice(cut));
      if (!shorter || shorter.key === longer.key || isBareHead(shorter.name)) continue;
      into.set(`${shorter.key}\u0000${longer.key}`, {
        shorter,
        longer,
        place: { name: name.slice(0, cut), replaced: true },
      });
    }
  }
}

/**
 * How many different bodies a short name may stand for: its longer partners, leaving out those inside another
 * partner (海拉尔区政府 inside 呼伦贝尔市海拉尔区政府 is one body, not two). Large groups are counted as they are.
 */
function ambiguity(pairs: readonly Pair[]): Map<string, number> {
  const byShorter = new Map<string, string[]>();
  for (const { shorter, longer } of pairs) {
    const names = byShorter.get(shorter.key) ?? [];
    names.push(longer.name);
    byShorter.set(shorter.key, names);
  }
  const counts = new Map<string, number>();
  for (const [key, names] of byShorter) {
    const outer = names.length > 50 ? names : names.filter((n) => !names.some((m) => m !== n && m.includes(n)));
    counts.set(key, Math.max(1, outer.length));
  }
  return counts;
}

function scoreContained(pairs: readonly Pair[]): Finding[] {
  const counts = ambiguity(pairs);
  return pairs.map(({ shorter, longer }) => {
    // A long specific short name is a strong sign; 区政府 among many districts is a weak one.
    const base = isGenericName(shorter.name) ? 0.3 : Math.min(0.75, 0.45 + 0.04 * (shorter.name.length - 4));
    const others = (counts.get(shorter.key) ?? 1) - 1;
    return {
      a: shorter,
      b: longer,
      reason: "contained",
      detail:
        `${quote(shorter.name)} is inside ${quote(longer.name)} with the same head ${headOf(shorter.name)}` +
        (others > 0 ? ` (and inside ${others} other longer name${others > 1 ? "s" : ""})` : ""),
      score: base / Math.sqrt(others + 1),
      keep: { key: longer.key, priority: 1 },
    };
  });
}

function scoreAbbreviated(pairs: readonly Pair[]): Finding[] {
  const counts = ambiguity(pairs);
  return pairs.map(({ shorter, longer, place }) => {
    const base = isGenericName(shorter.name) ? 0.2 : 0.35;
    const where = place?.name ?? "";
    return {
      a: shorter,
      b: longer,
      reason: "city-abbreviation",
      detail: place?.replaced
        ? `${quote(shorter.name)} writes ${shorter.name.charAt(0)} where ${quote(longer.name)} names ${where}`
        : `${quote(shorter.name)} is ${quote(longer.name)} without the place name ${where}`,
      score: base / Math.sqrt(counts.get(shorter.key) ?? 1),
      keep: { key: longer.key, priority: 1 },
    };
  });
}

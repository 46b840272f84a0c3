// Two spellings of one name: with a word left out (subsequence), with another generic project head (same-stem), or
// in traditional characters (traditional).

import { simplify } from "../../extract/lexicon/traditional-chars.js";
import { allFillers, inKeyOrder, quote, subsequenceGaps } from "./name-parts.js";
import type { Finding, SuggestionEntity, TypeIndex } from "./types.js";

/** Entities compared pairwise in one block at most: a larger block keeps its most mentioned names. */
const BLOCK_CAP = 300;

/** Generic heads of projects and programmes a name may carry either of (…开发利用课题 / …开发利用项目). */
const STEM_HEADS =
  "专项行动 研究课题 示范工程 建设项目 课题 项目 工程 计划 活动 行动 专项 平台 方案 规划 试点 基地 研究 工作".split(
    " ",
  );

/** Group entities by a key, dropping those without one. */
function groupBy(entities: readonly SuggestionEntity[], keyOf: (e: SuggestionEntity) => string | undefined) {
  const groups = new Map<string, SuggestionEntity[]>();
  for (const entity of entities) {
    const key = keyOf(entity);
    if (key === undefined) continue;
    const group = groups.get(key) ?? [];
    group.push(entity);
    groups.set(key, group);
  }
  return groups;
}

/** The most mentioned entities of a block (then by key), so a huge block costs no more than `BLOCK_CAP` squared. */
function capped(block: SuggestionEntity[]): SuggestionEntity[] {
  if (block.length <= BLOCK_CAP) return block;
  const order = (x: SuggestionEntity, y: SuggestionEntity) => y.mentions - x.mentions || (x.key < y.key ? -1 : 1);
  return [...block].sort(order).slice(0, BLOCK_CAP);
}

/**
 * Subsequence findings: the shorter name's characters in order in the longer, same first and last characters
 * (金点子活动 / 金点子征集活动). Names inside one another are left to `contained`.
 */
export function findSubsequences(index: TypeIndex): Finding[] {
  const findings: Finding[] = [];
  const blocks = groupBy(index.entities, (e) => (e.name.length >= 4 ? e.name.charAt(0) + e.name.slice(-1) : undefined));
  for (const block of blocks.values()) {
    const sorted = capped(block).sort((x, y) => x.name.length - y.name.length);
    for (let i = 0; i < sorted.length; i++) {
      const shorter = sorted[i] as SuggestionEntity;
      for (let j = i + 1; j < sorted.length; j++) {
        const longer = sorted[j] as SuggestionEntity;
        // A short name scattered through a much longer one is chance, not an abbreviation.
        if (longer.name.length === shorter.name.length || shorter.name.length * 2 < longer.name.length) continue;
        if (longer.name.includes(shorter.name)) continue;
        const gaps = subsequenceGaps(shorter.name, longer.name);
        if (!gaps) continue;
        const words = gaps.join("、");
        findings.push({
          a: shorter,
          b: longer,
          reason: "subsequence",
          detail: `${quote(shorter.name)} is ${quote(longer.name)} without ${words}`,
          score: allFillers(gaps) ? 0.6 : 0.4,
          keep: { key: longer.key, priority: 1 },
        });
      }
    }
  }
  return findings;
}

/** The stem and head of a name ending with a project head, when the stem is long enough to name one thing. */
function stemOf(name: string): { stem: string; head: string } | undefined {
  const head = STEM_HEADS.find((h) => name.endsWith(h));
  if (!head) return undefined;
  const stem = name.slice(0, -head.length);
  return stem.length >= 4 ? { stem, head } : undefined;
}

/** Same-stem findings: identical names but for the final generic head (…开发利用课题 / …开发利用项目). */
export function findSameStems(index: TypeIndex): Finding[] {
  const findings: Finding[] = [];
  const blocks = groupBy(index.entities, (e) => stemOf(e.name)?.stem);
  for (const [stem, block] of blocks) {
    const members = capped(block);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = inKeyOrder(members[i] as SuggestionEntity, members[j] as SuggestionEntity);
        const headA = stemOf(a.name)?.head ?? "";
        const headB = stemOf(b.name)?.head ?? "";
        if (headA === headB) continue;
        findings.push({
          a,
          b,
          reason: "same-stem",
          detail: `${quote(a.name)} and ${quote(b.name)} differ only in the final ${headA} and ${headB}`,
          score: Math.min(0.75, 0.55 + 0.02 * (stem.length - 4)),
        });
      }
    }
  }
  return findings;
}

/** Traditional findings: names equal once traditional characters are simplified (毛澤東 / 毛泽东). */
export function findTraditional(index: TypeIndex): Finding[] {
  const findings: Finding[] = [];
  const blocks = groupBy(index.entities, (e) => simplify(e.name));
  for (const [simplified, block] of blocks) {
    const members = capped(block);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = inKeyOrder(members[i] as SuggestionEntity, members[j] as SuggestionEntity);
        if (a.name === b.name) continue;
        const plain = [a, b].find((e) => e.name === simplified);
        const other = plain === a ? b : a;
        findings.push({
          a,
          b,
          reason: "traditional",
          detail: plain
            ? `${quote(other.name)} is ${quote(plain.name)} in traditional characters`
            : `${quote(a.name)} and ${quote(b.name)} both simplify to ${quote(simplified)}`,
          score: 0.9,
          ...(plain ? { keep: { key: plain.key, priority: 2 } } : {}),
        });
      }
    }
  }
  return findings;
}

// Parts of Chinese names the finders compare: the generic head at the end, administrative level characters, filler
// words, and what two entities' neighbourhoods share.

import { ADMIN_ORGANS, GENERIC_ALONE, LONG_HEADS, SHORT_HEADS } from "../../extract/lexicon/organization-heads.js";
import { PROJECT_HEADS } from "../../extract/lexicon/project-heads.js";
import type { SuggestionEntity } from "./types.js";

/** Generic final words of 1–3 characters (全会, 政府, 局, 常委会, 大学, 项目): what a name is, not which one. */
const HEADS: ReadonlySet<string> = new Set(
  [...LONG_HEADS, ...SHORT_HEADS, ...PROJECT_HEADS, ...ADMIN_ORGANS, "全会", "常委会", "委员会"].filter(
    (head) => head.length <= 3,
  ),
);

/** Characters of an administrative level written before an organ (市委, 县财政局, 区政府). */
export const LEVEL_CHARS = "省市县区州旗盟";

/** The generic head a name ends with: its longest known 1–3 character ending, else its final two characters. */
export function headOf(name: string): string {
  for (let length = 3; length >= 1; length--) {
    const tail = name.slice(-length);
    if (name.length > length && HEADS.has(tail)) return tail;
  }
  return name.slice(-2);
}

/**
 * Whether a name says only what kind of body it is (区政府, 人大常委会, 大学): in a corpus of many districts such a
 * name is ambiguous, so it is a weak sign of being any one longer name.
 */
export function isGenericName(name: string): boolean {
  if (name.length <= 3) return true;
  const bare = LEVEL_CHARS.includes(name.charAt(0)) ? name.slice(1) : name;
  return GENERIC_ALONE.has(bare) || ADMIN_ORGANS.includes(bare) || HEADS.has(bare);
}

/**
 * Words whose insertion does not make another body or event (金点子活动 = 金点子征集活动, 辽源市政府 = 辽源市人民政府);
 * other insertions often do (北京大学 is not 北京师范大学), so they score lower.
 */
const FILLERS: ReadonlySet<string> = new Set(
  "征集 评选 专题 主题 系列 工作 人民 中共 中国 共产党 有限 股份 有限公司 责任 建设 实践 示范 年度 首届 的 之 与 和 及".split(
    " ",
  ),
);

/**
 * Whether a name is nothing but a generic head (政府, 委员会, 大学, 座谈会): it names no body to fold into another.
 * A department of a government (财政局, 统战部, 发改委) is not: alone it is the short form of one city's department.
 */
export function isBareHead(name: string): boolean {
  if (name.length < 2 || GENERIC_ALONE.has(name)) return true;
  return HEADS.has(name) && !(name.length === 3 && "局部委办厅".includes(name.charAt(2)));
}

/** Two entities in key order, so that what is said of a symmetric pair does not depend on the input's order. */
export function inKeyOrder(a: SuggestionEntity, b: SuggestionEntity): [SuggestionEntity, SuggestionEntity] {
  return a.key <= b.key ? [a, b] : [b, a];
}

/** Whether every gap is a filler word. */
export function allFillers(gaps: readonly string[]): boolean {
  return gaps.every((gap) => FILLERS.has(gap));
}

/**
 * The pieces of `longer` left over when `shorter`'s characters are matched in order, or undefined when they do not
 * all appear. Greedy matching from the left gives the first embedding, enough to name what was inserted.
 */
export function subsequenceGaps(shorter: string, longer: string): string[] | undefined {
  const gaps: string[] = [];
  let gap = "";
  let i = 0;
  for (const c of longer) {
    if (i < shorter.length && c === shorter[i]) {
      if (gap) gaps.push(gap);
      gap = "";
      i++;
    } else gap += c;
  }
  if (gap) gaps.push(gap);
  return i === shorter.length ? gaps : undefined;
}

/** How many distinct characters two names share, against the distinct characters of the shorter one. */
export function sharedCharacters(a: string, b: string): { shared: number; of: number } {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const c of left) if (right.has(c)) shared++;
  return { shared, of: Math.min(left.size, right.size) };
}

/** Neighbours two entities share, and the Jaccard index of their neighbourhoods. */
export function neighbourOverlap(a: SuggestionEntity, b: SuggestionEntity): { shared: number; jaccard: number } {
  const left = new Set(a.neighbours);
  const right = new Set(b.neighbours);
  let shared = 0;
  for (const key of left) if (right.has(key)) shared++;
  const union = left.size + right.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/** A name in the corner brackets the details quote names in. */
export function quote(name: string): string {
  return `「${name}」`;
}

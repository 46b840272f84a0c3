// Organizations by form: a head word and the name-like words before it (长春 中医药大学 药学院; 市 金融 办).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { GENERIC_ALONE, NOT_ORGANIZATIONS } from "../../lexicon/organization-heads.js";
import { simplify } from "../../lexicon/traditional-chars.js";
import { personClique } from "../companies/company-words.js";
import { CHINESE } from "../lexicon-matcher.js";
import { HEAD_LAST_CHARS, LONG_HEADS_BY_LENGTH, headInContext, headOf } from "./head-words.js";
import { INNER_TAGS, JOINING_WORDS, extendLeft, startsName } from "./name-boundaries.js";
import { LEVELS_ONLY, governmentName, isClassName, namesAKind, notOneBody } from "./name-filters.js";
import {
  FUNCTION_START,
  KNOWN_BODIES,
  NUMBERED,
  ORDINAL,
  enumeratedLevel,
  insideQuotes,
  isAdminPrefix,
} from "./organization-words.js";

/** Heads of institutions that an ordinal can name (第一中学, 第三人民医院, 第一职业学校). */
const ORDINAL_INSTITUTION = /(?:中学|小学|学校|医院|幼儿园|中心|研究所|设计院|分院|工程局)$/u;

/** Name chunks: a head word and the name-like words before it (长春 中医药大学 药学院; 市 金融 办). */
export function headChunks(context: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!HEAD_LAST_CHARS.has(token.word.charCodeAt(token.word.length - 1))) continue;
    const head = headOf(token);
    if (!head || !headInContext(tokens, i, head)) continue;
    let first = extendLeft(tokens, i);
    // The name starts with a name word, not with a joining word, an adjective or a verb.
    // Nor with a verb, an adverb or a particle, even one jieba tags as a noun (锚定 省委, 严格控制 党政机关).
    while (
      first < i &&
      (JOINING_WORDS.has((tokens[first] as Token).word) ||
        INNER_TAGS.has((tokens[first] as Token).tag) ||
        !startsName(tokens[first] as Token))
    )
      first++;
    // Drop ordinals and single admin characters left dangling at the front (届 …) and keep the name itself; an
    // institution's number stays (第一中学).
    while (first < i && (ORDINAL.test((tokens[first] as Token).word) || NUMBERED.test((tokens[first] as Token).word))) {
      if (NUMBERED.test((tokens[first] as Token).word) && ORDINAL_INSTITUTION.test(head) && first + 1 < i) break;
      first++;
    }
    let start = (tokens[first] as Token).start;
    const opening = tokens[first] as Token;
    // An unknown word that starts with a function character is not part of the name (每名, 对标, 这是), except an
    // admin prefix glued to it (从省 科技厅 -> 省科技厅).
    if (first < i && opening.tag === "x" && FUNCTION_START.test(opening.word)) {
      const rest = opening.word.slice(1);
      start =
        isAdminPrefix(rest) || (rest.length >= 2 && /[省市县区州]$/u.test(rest)) ? opening.start + 1 : opening.end;
    }
    // Further in, such a word ends a clause before the name (毛主席同以 苏修叛徒集团).
    for (let j = first + 1; j < i; j++)
      if ((tokens[j] as Token).tag === "x" && FUNCTION_START.test((tokens[j] as Token).word))
        start = (tokens[j] as Token).end;
    // 区医院晋升为二级医院, 高中改为职业中学: a verb ending in 为 (whatever its tag) links two things, the name comes after it.
    for (let j = first; j < i; j++)
      if (/.为$/u.test((tokens[j] as Token).word)) start = Math.max(start, (tokens[j] as Token).end);
    if (first < i && GENERIC_ALONE.has(head) && token.word === head && !hasNameWord(tokens, first, i, start)) continue;
    // 调度交易中心, 人工智能实验室, 卓越工程师学院: a centre, a lab or a college named by its function alone is a kind or a
    // designation; a body's name has a place or a proper name in it.
    if (
      NAMED_ONLY_HEADS.has(head) &&
      !hasNameWord(tokens, first, i, start) &&
      !KNOWN_BODIES[token.word] &&
      !knownWholeName(token, head)
    )
      continue;
    // A common noun ending in an office head (科技厅, 战略部署) is a body only after a place or an admin prefix.
    if (head.length === 1 && token.tag === "n" && token.word.length >= 3 && !hasNameWord(tokens, first, i, start))
      continue;
    if (insideQuotes(context.text, start, token.end)) continue;
    // 明月|湖 实验室: a one-character place word glued to the word before it is the tail of a name cut short.
    if (cutShort(tokens, first, start)) continue;
    const surface = context.text.slice(start, token.end);
    if (surface.length <= head.length && (GENERIC_ALONE.has(surface) || head.length === 1)) continue;
    // 深部, 村办: two characters ending in a one-character head name no body unless jieba knows the word as one (国税局).
    if (surface.length === 2 && head.length === 1 && token.tag !== "nt") continue;
    if (
      surface.length < 2 ||
      NOT_ORGANIZATIONS.has(simplify(surface)) ||
      notOneBody(simplify(surface)) ||
      /^(?:[一二三四五六七八九十百\d届]|第[一二三四五六七八九十百\d]+届)/u.test(surface)
    )
      continue;
    if (namesAKind(context.text, start, simplify(surface), head) || enumeratedLevel(context.text, start)) continue;
    // A government is a place's (印度政府, 自治区政府): 严格执行政府, 环卫保洁政府 are phrases.
    if ((head === "政府" || head === "人民政府") && !governmentName(tokens, first, i, start)) continue;
    // 市县政府, 省辖市政府: the governments of some levels, not one.
    if (LEVELS_ONLY.test(surface.slice(0, surface.length - head.length))) continue;
    if (head === "集团" && personClique(tokens, first, i)) continue;
    // A place's branch of a known body (市建设银行, 上海市国资委) is as sure as the body: it is that body's own name there.
    const branch = KNOWN_BODIES[token.word] !== undefined && start < token.start;
    found.push({ type: "Organization", start, end: token.end, rule: "org-head-chunk", priority: branch ? 5 : 3 });
    // A head word holding another head (人民代表大会|常务委员会): the name up to the inner head is a body too.
    const inner = innerHead(token.word, head);
    if (inner > 0 && start < token.start)
      found.push({ type: "Organization", start, end: token.start + inner, rule: "org-inner-head", priority: 3 });
  }
  return found;
}

/** Whether the name starts with a one-character place word right after another word (明月|湖, 某某|山). */
function cutShort(tokens: readonly Token[], first: number, start: number): boolean {
  const opening = tokens[first] as Token;
  const before = tokens[first - 1];
  return (
    opening.start === start &&
    opening.tag === "ns" &&
    opening.word.length === 1 &&
    before !== undefined &&
    ["t", "x", "n", "nr", "nz"].includes(before.tag) &&
    CHINESE.test(before.word)
  );
}

/** Heads whose bodies always bear a place or a proper name (之江实验室, 省疾控中心), unlike a designation (重点实验室). */
const NAMED_ONLY_HEADS = new Set(["中心", "实验室", "学院"]);
/** Tags jieba gives a whole name it knows as one word (西藏农牧学院). */
const NAMED_WORD_TAGS = new Set(["nt", "nz", "ns", "j"]);

/** A name jieba knows as one word with a long proper part before its head (西藏农牧|学院), not a kind (交易|中心). */
function knownWholeName(token: Token, head: string): boolean {
  const proper = token.word.slice(0, token.word.length - head.length);
  return NAMED_WORD_TAGS.has(token.tag) && proper.length >= 4 && !isClassName(proper);
}

/** Tags of words that give a generic head a real name. */
const NAME_WORD_TAGS = new Set(["ns", "nt", "j", "x", "nz", "nr", "nrt", "nrfg"]);

/** A generic head (政协, 党组, 政府) needs a real name before it: a place, an abbreviation, an unknown word. */
function hasNameWord(tokens: readonly Token[], first: number, head: number, start: number): boolean {
  for (let j = first; j < head; j++) {
    const token = tokens[j] as Token;
    if (token.end <= start) continue;
    if (NAME_WORD_TAGS.has(token.tag) || isAdminPrefix(token.word) || NUMBERED.test(token.word)) return true;
    if (token.tag === "n" && token.word.length >= 3) return true;
  }
  return false;
}

/** Where a head inside a head word ends (人民代表大会|常务委员会 -> 6), or 0. */
function innerHead(word: string, head: string): number {
  if (word.length < head.length + 2) return 0;
  for (const inner of LONG_HEADS_BY_LENGTH) {
    const at = inner.length >= 2 && inner !== head ? word.indexOf(inner) : -1;
    if (at >= 0 && at + inner.length <= word.length - 2) return at + inner.length;
  }
  return 0;
}

// The name stem before a company suffix run (杉杉 | 股份, 晋城中嘉煤炭 | 实业有限公司), and the tests of what the stem is.

import type { SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import {
  GENERIC_COMPANY_STEMS,
  NOT_FIRM_STEM,
  NOT_NAME_START,
  SECTOR_STEMS,
} from "../../lexicon/companies/company-name-words.js";
import { WELL_KNOWN_COMPANIES } from "../../lexicon/companies/well-known-companies.js";
import { NOT_IN_NAME } from "../../lexicon/organization-heads.js";
import { CUE_BEFORE, NAME_TAGS, PLACES, PUNCTUATION, ROLES, STOP_TAGS, isGeneric } from "./company-words.js";

/**
 * A firm's stem before an industry word is a brand or a place and a brand (三一 重工, 华润 雪花 啤酒): a longer run of
 * words (世界 新一轮 科技, 风电光伏 基地 电力) is a phrase about a sector unless the sentence speaks of firms.
 */
export function briefStem(context: SentenceContext, stem: { start: number; length: number }, run: number): boolean {
  const words = run - (context.tokenAt[stem.start] ?? run);
  return words <= 1 || (words === 2 && stem.length <= 4);
}
/** A conjunction, a preposition or a verb of one character that jieba glues to the front of an unknown name. */
const FUNCTION_BEFORE = /^[和与及对向从在将被把由据于使即让给经以出起过而]/u;

/** An unknown word of three or more characters that starts with a function character (以金智, 使夏新). */
export function gluedFunction(token: Token): boolean {
  return token.tag === "x" && token.word.length >= 3 && FUNCTION_BEFORE.test(token.word);
}
/** Two characters jieba could not place that end in a preposition (元/股向 德力西): the clause before a name. */
function gluedPreposition(token: Token): boolean {
  return token.tag === "x" && token.word.length === 2 && /[向从在对由给把被将]$/u.test(token.word);
}

/** A wire story's dateline (北京3月5日电): the name of the story starts after it. */
function dateline(context: SentenceContext, token: Token): boolean {
  return token.word === "日电" && /[\d>]/u.test(context.text[token.start - 1] ?? "");
}

/**
 * Whether the words from `start` to the suffix run are all sector stems (高端 化工, 冷链 物流, 中央 财政 科技): a sector
 * or a kind of business, not a firm.
 */
export function sectorStem(context: SentenceContext, start: number, run: Token): boolean {
  for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
    const token = context.tokens[i] as Token;
    if (token.start >= run.start) return true;
    if (!SECTOR_STEMS.has(token.word) && !GENERIC_COMPANY_STEMS.has(token.word)) return false;
  }
  return true;
}

/**
 * Whether ordinary words after this token can start a firm's name: after punctuation, a joining word or a preposition
 * (、商品有限公司 is cut out of a longer name; 合资的医疗器械公司 is a kind of firm).
 */
export function opensName(token: Token | undefined): boolean {
  return (
    token === undefined ||
    PUNCTUATION.test(token.word) ||
    token.tag === "c" ||
    token.tag === "p" ||
    CUE_BEFORE.has(token.word) ||
    ROLES.has(token.word)
  );
}

interface Stem {
  start: number;
  length: number;
  /** name: a proper name or unknown word is in it; place: only places; plain: ordinary words. */
  kind: "name" | "place" | "plain";
  /** Whether jieba tagged a word of it as a proper name (not just an unknown word). */
  tagged: boolean;
}

/** The name stem before a suffix run at token `run`: name-like words, at most `max` characters. */
export function stemBefore(context: SentenceContext, run: number, max: number): Stem | undefined {
  const { tokens, text } = context;
  let first = run;
  let length = 0;
  for (let j = run - 1; j >= 0; j--) {
    const token = tokens[j] as Token;
    if (
      !canBeInStem(token) ||
      ROLES.has(token.word) ||
      NOT_NAME_START.has(token.word) ||
      length + token.word.length > max ||
      gluedPreposition(token) ||
      dateline(context, token)
    )
      break;
    first = j;
    length += token.word.length;
    // 和莱钢 股份, 出金隅 集团: a function character glued to the name's first word ends the clause before it.
    if (gluedFunction(token)) break;
  }
  // The name starts with a name word, not with a generic one (国有 控股, 上市 公司).
  while (first < run && isGeneric((tokens[first] as Token).word)) {
    length -= (tokens[first] as Token).word.length;
    first++;
  }
  if (first === run || isGeneric((tokens[run - 1] as Token).word)) return undefined;
  let start = (tokens[first] as Token).start;
  if (
    NOT_FIRM_STEM.test(text.slice(start, (tokens[run - 1] as Token).end)) ||
    /^[我本该其新一]/u.test(tokens[first]?.word ?? "")
  )
    return undefined;
  // A date glued to an unknown name (…日吉峰 农机), or a preposition or verb of one character (据万联 证券, 使夏新
  // 电子): the name starts after it.
  const opening = tokens[first] as Token;
  if (
    opening.tag === "x" &&
    opening.word.length >= 3 &&
    ((/^[日月年]/u.test(opening.word) && /[\d>]/u.test(text[start - 1] ?? "")) || gluedFunction(opening))
  ) {
    start++;
    length--;
  }
  if (length < 2) return undefined;
  let kind: Stem["kind"] = "plain";
  let tagged = false;
  let places = 0;
  for (let j = first; j < run; j++) {
    const token = tokens[j] as Token;
    // jieba tags many ordinary words as personal names (和平, 明朗): only firm-like tags count as a name here.
    if (NAME_TAGS.has(token.tag) && !token.tag.startsWith("nr")) tagged = true;
    if (NAME_TAGS.has(token.tag) || token.tag === "x" || WELL_KNOWN_COMPANIES.has(token.word)) kind = "name";
    else if (token.tag === "ns" || PLACES.has(token.word)) places++;
  }
  if (kind === "plain" && places > 0) kind = places === run - first ? "place" : "name";
  return { start, length, kind, tagged };
}

/** A news dateline (本报讯, 商报讯) ends before the first name of the story. */
const DATELINE = /^[\u4e00-\u9fff]{0,3}[报社网台]讯$/u;

function canBeInStem(token: Token): boolean {
  if (
    STOP_TAGS.has(token.tag) ||
    NOT_IN_NAME.has(token.word) ||
    /[^\u4e00-\u9fffA-Za-z]/u.test(token.word) ||
    DATELINE.test(token.word)
  )
    return false;
  return token.tag !== "x" || token.word.length <= 4;
}

// Word tables and word tests that every company rule reads: suffixes, cues, company talk, class stems, joiners.

import type { Token } from "../../jieba-tagger.js";
import {
  COMPANY_CUES_AFTER,
  COMPANY_CUES_BEFORE,
  GENERIC_COMPANY_STEMS,
  INDUSTRY_SUFFIXES,
  LEGAL_SUFFIXES,
} from "../../lexicon/companies/company-name-words.js";
import { PLACE_NAMES } from "../../lexicon/places.js";
import { surnameLength } from "../../lexicon/surnames.js";
import { compileLexicon } from "../lexicon-matcher.js";

export const LEGAL = new Set(LEGAL_SUFFIXES);
export const INDUSTRY = new Set(INDUSTRY_SUFFIXES);
/** By character code, 1 for the last character of a suffix: a table read, not a one-character string per token. */
const SUFFIX_LAST = new Uint8Array(0x10000);
for (const word of [...LEGAL_SUFFIXES, ...INDUSTRY_SUFFIXES]) SUFFIX_LAST[word.charCodeAt(word.length - 1)] = 1;
/** Whether a word ends with the last character of some suffix (an empty word does not). */
export function endsLikeSuffix(word: string): boolean {
  return word.length > 0 && SUFFIX_LAST[word.charCodeAt(word.length - 1)] === 1;
}
export const CUE_AFTER = compileLexicon(COMPANY_CUES_AFTER);
export const CUE_BEFORE = new Set(COMPANY_CUES_BEFORE);
export const PLACES = PLACE_NAMES;
/** Words that show a sentence speaks of companies, so a name that is also an ordinary word (平安, 苹果) is a firm. */
export const COMPANY_TALK =
  /公司|集团|股份|股权|股东|股价|股票|董事|总裁|总经理|公告|收购|并购|重组|上市|控股|持股|旗下|市值|营收|净利|财报|券商|增发|停牌|复牌|合资|品牌|港股|美股|[AHB]股|CEO|IPO|减持|增持|买入|卖出|营业部|借壳|涨停|跌停|收盘|换手率/u;
/** jieba tags that mark a proper name: a stem with one is a name, not an ordinary noun phrase. */
export const NAME_TAGS = new Set(["nz", "nt", "nr", "nrt", "nrfg", "j", "eng"]);
/** Tags of words that never stand inside a company name. */
export const STOP_TAGS = new Set([
  "p",
  "c",
  "u",
  "uj",
  "ul",
  "uz",
  "ug",
  "uv",
  "ud",
  "r",
  "m",
  "q",
  "f",
  "y",
  "e",
  "o",
  "d",
  "t",
  "v",
  "a",
  "ad",
  "b",
  "zg",
  "l",
  "i",
]);

/** Whether the words before 集团 are one person's full name (a surname and a given name, 蒋介石). */
export function personClique(tokens: readonly Token[], first: number, head: number): boolean {
  const name = tokens[first];
  return (
    head - first === 1 &&
    name !== undefined &&
    ["nr", "nrfg"].includes(name.tag) &&
    name.word.length === 3 &&
    surnameLength(name.word) > 0
  );
}

/** Answers of isSuffixWord and isGeneric per word: the vocabulary is bounded, the tokens are many. */
const suffixMemo = new Map<string, boolean>();
const genericMemo = new Map<string, boolean>();
export const MEMO_LIMIT = 50_000;

function memo(cache: Map<string, boolean>, word: string, compute: (word: string) => boolean): boolean {
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = compute(word);
    if (cache.size < MEMO_LIMIT) cache.set(word, answer);
  }
  return answer;
}

/** Whether a word is a company suffix, or two of them fused (集团股份, 股份公司). */
export function isSuffixWord(word: string): boolean {
  return endsLikeSuffix(word) && memo(suffixMemo, word, computeSuffixWord);
}

function computeSuffixWord(word: string): boolean {
  if (LEGAL.has(word) || INDUSTRY.has(word)) return true;
  for (let k = 2; k <= word.length - 2; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if ((LEGAL.has(left) || INDUSTRY.has(left)) && (LEGAL.has(right) || INDUSTRY.has(right))) return true;
  }
  return false;
}

/** A class word before a company word (外资, 保险经纪, 国有控股), alone or two of them fused. */
export function isGeneric(word: string): boolean {
  return memo(genericMemo, word, computeGeneric);
}

function computeGeneric(word: string): boolean {
  if (GENERIC_COMPANY_STEMS.has(word) || isSuffixWord(word)) return true;
  for (let k = 1; k < word.length; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (
      (GENERIC_COMPANY_STEMS.has(left) || isSuffixWord(left)) &&
      (GENERIC_COMPANY_STEMS.has(right) || isSuffixWord(right))
    )
      return true;
  }
  return false;
}

/** Whether a word ends a clause or a list item (punctuation, a joining word, a verb). */
export function endsClause(token: Token | undefined): boolean {
  return (
    token === undefined ||
    PUNCTUATION.test(token.word) ||
    JOINERS.has(token.word) ||
    ["c", "p", "u", "uj", "v", "d"].includes(token.tag) ||
    token.word === "等"
  );
}

export const PUNCTUATION = /^[^\u4e00-\u9fffA-Za-z0-9]+$/u;
export const JOINERS = new Set(["、", "和", "与", "及", "以及", "同", "跟", "或"]);

/** Roles written right before a firm's name (收购人X集团, 股东X公司): the name starts after them. */
export const ROLES = new Set([
  "收购人",
  "收购方",
  "重组方",
  "股东",
  "大股东",
  "控股股东",
  "一致行动人",
  "受让方",
  "转让方",
  "发行人",
  "投资者",
  "投资方",
  "子公司",
  "母公司",
  "旗下",
  "下属",
  "公司",
  "集团",
]);

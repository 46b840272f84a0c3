// Companies by form: a name stem before a legal or industry word (杉杉股份, 冀东水泥), or one word that is both.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import {
  GENERIC_COMPANY_STEMS,
  LEGAL_SUFFIXES,
  NOT_FIRM_STEM,
  NOT_NAME_START,
  SECTOR_FOLLOWERS,
  SECTOR_STEMS,
} from "../../lexicon/companies/company-name-words.js";
import { WELL_KNOWN_COMPANIES } from "../../lexicon/companies/well-known-companies.js";
import { NOT_IN_NAME } from "../../lexicon/organization-heads.js";
import { registeredNameStart } from "./company-full-names.js";
import {
  COMPANY_TALK,
  CUE_BEFORE,
  NAME_TAGS,
  PLACES,
  PUNCTUATION,
  STOP_TAGS,
  endsLikeSuffix,
  isGeneric,
  isSuffixWord,
  personClique,
} from "./company-words.js";
import { NAMES } from "./lexicon-names.js";
import type { Found } from "./types.js";

/** Industry words that most often end a phrase, not a name (和平国际环境, 股权投资): a name before them needs company talk. */
const WEAKEST_SUFFIXES = new Set(["国际", "投资", "资本", "基金", "保险", "信托", "期货", "网络"]);
/** An industry word before a noun qualifies it (昆明国际 陆港, 北京证券 交易所, 科技 革命): after a place or common words no firm ends there. */
const ATTRIBUTE_TAGS = new Set(["n", "vn", "nz", "nt", "l"]);
const SECTOR = new Set(SECTOR_FOLLOWERS);
/** Longest stem before a legal suffix (晋城中嘉煤炭 | 实业有限公司) and before an industry word (河南维雪 | 啤酒). */
const MAX_LEGAL_STEM = 12;
const MAX_INDUSTRY_STEM = 6;

/**
 * A firm's stem before an industry word is a brand or a place and a brand (三一 重工, 华润 雪花 啤酒): a longer run of
 * words (世界 新一轮 科技, 风电光伏 基地 电力) is a phrase about a sector unless the sentence speaks of firms.
 */
function briefStem(context: SentenceContext, stem: { start: number; length: number }, run: number): boolean {
  const words = run - (context.tokenAt[stem.start] ?? run);
  return words <= 1 || (words === 2 && stem.length <= 4);
}
/** A conjunction, a preposition or a verb of one character that jieba glues to the front of an unknown name. */
const FUNCTION_BEFORE = /^[和与及对向从在将被把由据于使即让给经以出起过而]/u;

/** An unknown word of three or more characters that starts with a function character (以金智, 使夏新). */
function gluedFunction(token: Token): boolean {
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

/** Stem + suffix: 南纺 股份, 上海 汽车 集团股份 有限公司, 太原 重工, 冀东水泥 (one word to jieba). */
export function suffixNames(context: SentenceContext, found: Found): void {
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!endsLikeSuffix(token.word)) continue;
    // The suffix run ends at the last suffix word in a row: 电子 股份 有限公司; but 控股 before 股东 is the role's
    // first word (长源电力 控股股东).
    const following = tokens[i + 1];
    if (
      following !== undefined &&
      isSuffixWord(following.word) &&
      !(following.word === "控股" && tokens[i + 2]?.word.startsWith("股东"))
    )
      continue;
    if (token.word === "控股" && following?.word.startsWith("股东")) continue;
    if (!isSuffixWord(token.word)) {
      wholeWordName(token, found.sure);
      continue;
    }
    let run = i;
    while (run > 0 && isSuffixWord((tokens[run - 1] as Token).word)) run--;
    const legal = hasLegal(tokens, run, i);
    const next = tokens[i + 1];
    if (
      !legal &&
      next !== undefined &&
      (SECTOR.has(next.word) || SECTOR.has(next.word.slice(0, 2)) || (next.word === "的" && tokens[i + 2]?.tag === "n"))
    )
      continue;
    const stem = stemBefore(context, run, legal ? MAX_LEGAL_STEM : MAX_INDUSTRY_STEM);
    const registered = registeredNameStart(context, run, i);
    if (registered !== undefined && (!stem || registered < stem.start)) {
      found.sure.push({
        type: "Organization",
        start: registered,
        end: token.end,
        rule: "company-registered-name",
        priority: 4,
      });
      continue;
    }
    if (!stem || (!legal && sectorStem(context, stem.start, tokens[run] as Token))) continue;
    // 蒋介石集团, 某某某集团: a person's full name before 集团 names a clique, not a firm.
    if (
      token.word === "集团" &&
      run === i &&
      personClique(tokens, context.tokenAt[stem.start] ?? -1, run) &&
      !COMPANY_TALK.test(context.text.replace(token.word, ""))
    )
      continue;
    if (
      !legal &&
      stem.kind !== "name" &&
      next !== undefined &&
      ATTRIBUTE_TAGS.has(next.tag) &&
      !isSuffixWord(next.word) &&
      !COMPANY_TALK.test(next.word)
    )
      continue;
    const candidate: Candidate = {
      type: "Organization",
      start: stem.start,
      end: token.end,
      rule: legal ? "company-legal-suffix" : "company-industry-suffix",
      priority: 3,
    };
    // 东方航空公司: a known name with the word 公司 is that company, named as it usually is.
    const known = context.text.slice(stem.start, token.start);
    if (run === i && (token.word === "公司" || token.word === "集团") && NAMES.longestAt(known, 0) === known)
      candidate.canonical = WELL_KNOWN_COMPANIES.get(known) ?? known;
    // An industry word is an ordinary noun, and ordinary words before a legal one make a class (经纪公司): only a
    // proper-name stem, or a sentence about companies, makes them a firm's name.
    if (legal && stem.kind !== "plain") {
      // A clean stem before a legal form is a better boundary than a head-noun chunk that runs into the clause.
      candidate.priority = 4;
      found.sure.push(candidate);
    } else if (!legal && stem.kind === "name" && stem.tagged && !WEAKEST_SUFFIXES.has(token.word))
      (briefStem(context, stem, run) ? found.sure : found.talk).push(candidate);
    else if (
      stem.length <= (stem.kind === "place" && !legal ? 3 : 4) &&
      (stem.kind !== "plain" ||
        ((stem.length === 2 || legal) && opensName(tokens[tokenIndexBefore(context, stem.start)])))
    )
      found.talk.push(candidate);
  }
}

/**
 * Whether the words from `start` to the suffix run are all sector stems (高端 化工, 冷链 物流, 中央 财政 科技): a sector
 * or a kind of business, not a firm.
 */
function sectorStem(context: SentenceContext, start: number, run: Token): boolean {
  for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
    const token = context.tokens[i] as Token;
    if (token.start >= run.start) return true;
    if (!SECTOR_STEMS.has(token.word) && !GENERIC_COMPANY_STEMS.has(token.word)) return false;
  }
  return true;
}

/** The index of the token before an offset, or -1. */
function tokenIndexBefore(context: SentenceContext, offset: number): number {
  return context.tokenAt[offset - 1] ?? -1;
}

/**
 * Whether ordinary words after this token can start a firm's name: after punctuation, a joining word or a preposition
 * (、商品有限公司 is cut out of a longer name; 合资的医疗器械公司 is a kind of firm).
 */
function opensName(token: Token | undefined): boolean {
  return (
    token === undefined ||
    PUNCTUATION.test(token.word) ||
    token.tag === "c" ||
    token.tag === "p" ||
    CUE_BEFORE.has(token.word) ||
    ROLES.has(token.word)
  );
}

function hasLegal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const word = (tokens[j] as Token).word;
    for (const legal of LEGAL_SUFFIXES) if (word.endsWith(legal)) return true;
  }
  return false;
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
function stemBefore(context: SentenceContext, run: number, max: number): Stem | undefined {
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

/** Roles written right before a firm's name (收购人X集团, 股东X公司): the name starts after them. */
const ROLES = new Set([
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

/** 二十国集团, 七十七国集团: groups of states, not companies. */
const COUNTRY_GROUP = /[一二三四五六七八九十百\d]国$/u;

/** A stem that counts or ranks (第二国际, 一次能源): no firm's name. */
const ORDINAL = /^(?:第[一二三四五六七八九十]|[一二]次)/u;

/** One word to jieba that is a company's name with its suffix (冀东水泥, 海尔集团, 通用汽车). */
function wholeWordName(token: Token, sure: Candidate[]): void {
  if (token.tag !== "nt" && token.tag !== "nz") return;
  for (let k = 2; k <= token.word.length - 2; k++) {
    const stem = token.word.slice(0, k);
    if (
      isSuffixWord(token.word.slice(k)) &&
      !isGeneric(stem) &&
      !SECTOR_STEMS.has(stem) &&
      !PLACES.has(stem) &&
      !COUNTRY_GROUP.test(stem) &&
      !ORDINAL.test(stem) &&
      !NOT_FIRM_STEM.test(stem)
    ) {
      sure.push({ type: "Organization", start: token.start, end: token.end, rule: "company-word", priority: 3 });
      return;
    }
  }
}

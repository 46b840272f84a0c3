// Companies in news text: known firms and their short forms, a name stem before a legal or industry word
// (杉杉股份, 冀东水泥), and bare names that a company cue shows (小天鹅公告, 收购荣事达, 华为和中兴).

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import type { Token } from "../jieba-tagger.js";
import {
  AMBIGUOUS_COMPANY_FORMS,
  COMPANY_CUES_AFTER,
  COMPANY_CUES_BEFORE,
  GENERIC_COMPANY_STEMS,
  INDUSTRY_SUFFIXES,
  LEGAL_SUFFIXES,
  NOT_FIRM_STEM,
  NOT_NAME_START,
  PERSON_TITLE_CUES,
  SECTOR_FOLLOWERS,
  SECTOR_STEMS,
  WELL_KNOWN_COMPANIES,
} from "../lexicon/companies.js";
import { FINRE_COMPANIES, FINRE_LOCAL_COMPANIES, FINRE_TALK_COMPANIES } from "../lexicon/finre-companies.js";
import { NOT_IN_NAME } from "../lexicon/organization-heads.js";
import { COUNTRIES, PLACE_NAMES, PROVINCES } from "../lexicon/places.js";
import { surnameLength } from "../lexicon/surnames.js";
import { isTokenBoundary } from "../sentence-context.js";
import { registeredNameStart } from "./company-full-names.js";
import { compileLexicon } from "./lexicon-matcher.js";

const LEARNED = FINRE_COMPANIES.split(" ").filter(Boolean);
const LEARNED_TALK = new Set(FINRE_TALK_COMPANIES.split(" ").filter(Boolean));
const LEARNED_LOCAL = new Set(FINRE_LOCAL_COMPANIES.split(" ").filter(Boolean));
/** Every known name of two characters or more (a single character is never a firm alone). */
const NAME_LIST = [...WELL_KNOWN_COMPANIES.keys(), ...LEARNED, ...LEARNED_TALK, ...LEARNED_LOCAL].filter((name) => name.length >= 2);
const NAMES = compileLexicon(NAME_LIST);
/**
 * A bit per hash of two characters that open a known name: where the bit is clear no name starts, which rules out most
 * offsets of a sentence without walking the lexicon (a set bit may be a collision: the lexicon then decides).
 */
const NAME_OPENINGS = new Uint32Array(1 << 15);
const openingHash = (first: number, second: number): number => ((first & 0x3ff) << 10) | (second & 0x3ff);
for (const name of NAME_LIST) {
  const hash = openingHash(name.charCodeAt(0), name.charCodeAt(1));
  NAME_OPENINGS[hash >>> 5] = (NAME_OPENINGS[hash >>> 5] ?? 0) | (1 << (hash & 31));
}

/** Known names in a text, longest first, left to right without overlap (as the lexicon's findAll finds them). */
function knownNamesIn(text: string): Array<{ index: number; word: string }> {
  const found: Array<{ index: number; word: string }> = [];
  // Every name has two characters or more, so none starts at the last offset.
  for (let i = 0; i + 1 < text.length; ) {
    const hash = openingHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    const word = ((NAME_OPENINGS[hash >>> 5] ?? 0) >>> (hash & 31)) & 1 ? NAMES.longestAt(text, i) : undefined;
    if (word) {
      found.push({ index: i, word });
      i += word.length;
    } else {
      i++;
    }
  }
  return found;
}
/** Names learned from labelled news, not general knowledge: trusted alone only when jieba sees a name in them. */
const LEARNED_SET = new Set(LEARNED);
/** Industry words that most often end a phrase, not a name (和平国际环境, 股权投资): a name before them needs company talk. */
const WEAKEST_SUFFIXES = new Set(["国际", "投资", "资本", "基金", "保险", "信托", "期货", "网络"]);
/** An industry word before a noun qualifies it (昆明国际 陆港, 北京证券 交易所, 科技 革命): after a place or common words no firm ends there. */
const ATTRIBUTE_TAGS = new Set(["n", "vn", "nz", "nt", "l"]);
const LEGAL = new Set(LEGAL_SUFFIXES);
const INDUSTRY = new Set(INDUSTRY_SUFFIXES);
/** By character code, 1 for the last character of a suffix: a table read, not a one-character string per token. */
const SUFFIX_LAST = new Uint8Array(0x10000);
for (const word of [...LEGAL_SUFFIXES, ...INDUSTRY_SUFFIXES]) SUFFIX_LAST[word.charCodeAt(word.length - 1)] = 1;
/** Whether a word ends with the last character of some suffix (an empty word does not). */
function endsLikeSuffix(word: string): boolean {
  return word.length > 0 && SUFFIX_LAST[word.charCodeAt(word.length - 1)] === 1;
}
const SECTOR = new Set(SECTOR_FOLLOWERS);
const CUE_AFTER = compileLexicon(COMPANY_CUES_AFTER);
const CUE_BEFORE = new Set(COMPANY_CUES_BEFORE);
const PLACES = PLACE_NAMES;
/** Words that show a sentence speaks of companies, so a name that is also an ordinary word (平安, 苹果) is a firm. */
const COMPANY_TALK = /公司|集团|股份|股权|股东|股价|股票|董事|总裁|总经理|公告|收购|并购|重组|上市|控股|持股|旗下|市值|营收|净利|财报|券商|增发|停牌|复牌|合资|品牌|港股|美股|[AHB]股|CEO|IPO|减持|增持|买入|卖出|营业部|借壳|涨停|跌停|收盘|换手率/u;
const ADMIN_PREFIX = /^[省市县区]$/u;
/** jieba tags that mark a proper name: a stem with one is a name, not an ordinary noun phrase. */
const NAME_TAGS = new Set(["nz", "nt", "nr", "nrt", "nrfg", "j", "eng"]);
/** Tags of words that never stand inside a company name. */
const STOP_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "f", "y", "e", "o", "d", "t", "v", "a", "ad", "b", "zg", "l", "i"]);
/** Longest stem before a legal suffix (晋城中嘉煤炭 | 实业有限公司) and before an industry word (河南维雪 | 啤酒). */
const MAX_LEGAL_STEM = 12;
const MAX_INDUSTRY_STEM = 6;

/** The company extractor: lexicon, stem + suffix, and cue-shown bare names, with ambiguous forms kept only in company talk. */
export const companyExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const found: Found = { sure: [], talk: [], local: [] };
    lexiconNames(context, found);
    suffixNames(context, found);
    cuedNames(context, found.sure);
    actingSubjects(context, found.sure);
    enumeratedNames(context, found.sure);
    stockNames(context, found.sure);
    if (found.sure.length > 0) coordinatedNames(context, found.sure);
    if (found.sure.length > 0) regionalNames(context, found.sure);
    definedShortNames(context, found);
    latinNames(context, found);
    const { sure } = found;
    // A firm of the lexicon, of a legal form or that announces makes the sentence one about firms, for names that are
    // names anywhere else (a lexicon's, a Latin one); a word before an industry word still needs company words.
    const strong = sure.some((c) => STRONG_RULES.has(c.rule));
    for (const candidate of found.talk) if ((strong && candidate.rule !== "company-industry-suffix" && candidate.rule !== "company-legal-suffix") || talksOfCompanies(context.text, candidate)) sure.push(candidate);
    for (const candidate of found.local) if (locallyCued(context, candidate, sure)) sure.push(candidate);
    return dropInnerNames(sure.map((candidate) => withoutStockMark(context.text, candidate)));
  },
};

/** Rules whose firms are sure enough to show that a sentence speaks of firms. */
const STRONG_RULES = new Set(["company-lexicon", "company-legal-suffix", "company-registered-name", "company-defined-short", "company-announces", "company-stock-mark"]);

/**
 * Candidates by the evidence they need: sure ones stand alone; `talk` ones need a sentence about companies (a cue
 * outside the name, or a sure company); `local` ones (two-character ordinary words) need a cue right next to them.
 */
interface Found {
  sure: Candidate[];
  talk: Candidate[];
  local: Candidate[];
}

/** Whether the sentence, outside the candidate itself, speaks of companies. */
function talksOfCompanies(text: string, candidate: Candidate): boolean {
  return COMPANY_TALK.test(text.slice(0, candidate.start)) || COMPANY_TALK.test(text.slice(candidate.end));
}

/** A cue right next to the name: 平安 公告, 收购 苹果, 华为 和 苹果. */
function locallyCued(context: SentenceContext, candidate: Candidate, sure: readonly Candidate[]): boolean {
  const { text, tokens, tokenAt } = context;
  if (CUE_AFTER.longestAt(text, candidate.end) !== undefined) return true;
  const before = tokens[tokenAt[candidate.start - 1] ?? -1];
  if (before && CUE_BEFORE.has(before.word)) return true;
  const after = tokens[tokenAt[candidate.end] ?? -1];
  for (const [join, at] of [[before, before ? before.start : -1], [after, after ? after.end : -1]] as const) {
    if (join && JOINERS.has(join.word) && sure.some((c) => c.end === at || c.start === at)) return true;
  }
  return false;
}

function lexiconNames(context: SentenceContext, found: Found): void {
  for (const match of knownNamesIn(context.text)) {
    const start = match.index;
    const end = start + match.word.length;
    if (!wordAligned(context, start) || (!wordAligned(context, end) && !shareClassAt(context.text, end)) || (isCompanyChar(context.text[end] ?? "") && !shareClassAt(context.text, end))) continue;
    // A name learned from labelled news may be a board or a connect scheme (深港通): a programme, not a firm.
    if (MARKET_SCHEME.test(match.word)) continue;
    // 市建设银行, 省兴业银行: the local branch, named with the administrative prefix.
    const local = ADMIN_PREFIX.test(context.text[start - 1] ?? "") && context.tokens[context.tokenAt[start - 1] ?? -1]?.word.length === 1;
    const candidate: Candidate = { type: "Organization", start: local ? start - 1 : start, end, rule: "company-lexicon", priority: 4 };
    const canonical = local ? undefined : WELL_KNOWN_COMPANIES.get(match.word);
    if (canonical !== undefined && canonical !== match.word) candidate.canonical = canonical;
    const word = match.word;
    if (WELL_KNOWN_COMPANIES.has(word) ? !AMBIGUOUS_COMPANY_FORMS.has(word) && !ordinaryShortForm(context, word, start, end) : LEARNED_SET.has(word) && !FACILITY_NAME.test(word) && looksLikeName(context, start, end)) found.sure.push(candidate);
    else if (LEARNED_LOCAL.has(word)) found.local.push(candidate);
    else found.talk.push(candidate);
  }
}

/**
 * A firm's stem before an industry word is a brand or a place and a brand (三一 重工, 华润 雪花 啤酒): a longer run of
 * words (世界 新一轮 科技, 风电光伏 基地 电力) is a phrase about a sector unless the sentence speaks of firms.
 */
function briefStem(context: SentenceContext, stem: { start: number; length: number }, run: number): boolean {
  const words = run - (context.tokenAt[stem.start] ?? run);
  return words <= 1 || (words === 2 && stem.length <= 4);
}

/** Whether the words before 集团 are one person's full name (a surname and a given name, 蒋介石). */
export function personClique(tokens: readonly Token[], first: number, head: number): boolean {
  const name = tokens[first];
  return head - first === 1 && name !== undefined && ["nr", "nrfg"].includes(name.tag) && name.word.length === 3 && surnameLength(name.word) > 0;
}

/** A port or an airport (唐山港, 首都机场) is first the facility: the firm that runs it is meant only in company talk. */
const FACILITY_NAME = /(?:港|机场)$/u;
/** Market boards and connect schemes between exchanges (科创板, 沪港通). */
const MARKET_SCHEME = /(?:板|[港股]通)$/u;

/**
 * jieba tags of ordinary words and places (龙湖, 三元, 包钢 the steel). An abbreviation (j: 工行, 南航, 中石化) is the
 * firm's own short form, and the few that are also ordinary words (江淮, 光大) are marked ambiguous in the lexicon.
 */
const ORDINARY_TAGS = new Set(["n", "ns", "s", "f", "m", "v", "vn", "t", "d", "nrt"]);

/**
 * A short form (2-3 characters) of a known firm that jieba reads as an ordinary word, a place or an abbreviation is that
 * firm only where the sentence speaks of firms: 江淮 is a region, 中化 in 中化债 is 中 + 化债, 三元 a sum of money.
 */
function ordinaryShortForm(context: SentenceContext, word: string, start: number, end: number): boolean {
  if (word.length > 3 || WELL_KNOWN_COMPANIES.get(word) === word) return false;
  const token = context.tokens[context.tokenAt[start] ?? -1];
  return token !== undefined && token.start === start && token.end === end && ORDINARY_TAGS.has(token.tag);
}

/**
 * A known name must not cut a dictionary word (中华 in 中华民族, 富力 in 年富力强), nor an unknown word (微信 in
 * 微信群), except a function character or a date's unit that jieba glued to it (日|吉峰, 英博|以, 和|鑫宝).
 */
function wordAligned(context: SentenceContext, offset: number): boolean {
  if (isTokenBoundary(context, offset)) return true;
  const token = context.tokens[context.tokenAt[offset] ?? -1];
  if (token === undefined || token.tag !== "x") return false;
  return (offset === token.start + 1 && GLUED_BEFORE.test(token.word[0] ?? "")) || (offset === token.end - 1 && GLUED_AFTER.test(token.word[token.word.length - 1] ?? ""));
}

/** Characters jieba glues to the front of an unknown name: a date's unit, or one of FUNCTION_BEFORE. */
const GLUED_BEFORE = /[日月年和与及对向从在将被把由据于使即让给经]/u;
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
/** Characters jieba glues to the end of one: a preposition, a particle, a verb of one character. */
const GLUED_AFTER = /[以的在将与和及对向为是已也将称拟]/u;

/** A share's class after a firm's short name (万科A, 中国平安A股, 鄂武商A股份): the letter names its shares, not a firm. */
function shareClassAt(text: string, offset: number): boolean {
  return /^[ABH](?![A-Za-z0-9])/u.test(text.slice(offset, offset + 2));
}

/** A Latin letter or digit right after a name continues it (TCL in TCLX): not this name. */
function isCompanyChar(char: string): boolean {
  return /[A-Za-z0-9]/u.test(char);
}

/** A learned name stands alone when jieba sees one word, a proper name in it, or a company word ending it. */
function looksLikeName(context: SentenceContext, start: number, end: number): boolean {
  const first = context.tokenAt[start] ?? -1;
  const last = context.tokenAt[end - 1] ?? -1;
  if (first === last) return true;
  for (let i = first; i <= last; i++) {
    const token = context.tokens[i];
    if (token && (NAME_TAGS.has(token.tag) || token.tag === "x" || token.tag === "ns")) return true;
  }
  const tail = context.tokens[last]?.word ?? "";
  return LEGAL.has(tail) || INDUSTRY.has(tail);
}

/** Answers of isSuffixWord and isGeneric per word: the vocabulary is bounded, the tokens are many. */
const suffixMemo = new Map<string, boolean>();
const genericMemo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

function memo(cache: Map<string, boolean>, word: string, compute: (word: string) => boolean): boolean {
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = compute(word);
    if (cache.size < MEMO_LIMIT) cache.set(word, answer);
  }
  return answer;
}

/** Whether a word is a company suffix, or two of them fused (集团股份, 股份公司). */
function isSuffixWord(word: string): boolean {
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

/** Stem + suffix: 南纺 股份, 上海 汽车 集团股份 有限公司, 太原 重工, 冀东水泥 (one word to jieba). */
function suffixNames(context: SentenceContext, found: Found): void {
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!endsLikeSuffix(token.word)) continue;
    // The suffix run ends at the last suffix word in a row: 电子 股份 有限公司; but 控股 before 股东 is the role's
    // first word (长源电力 控股股东).
    const following = tokens[i + 1];
    if (following !== undefined && isSuffixWord(following.word) && !(following.word === "控股" && tokens[i + 2]?.word.startsWith("股东"))) continue;
    if (token.word === "控股" && following?.word.startsWith("股东")) continue;
    if (!isSuffixWord(token.word)) {
      wholeWordName(token, found.sure);
      continue;
    }
    let run = i;
    while (run > 0 && isSuffixWord((tokens[run - 1] as Token).word)) run--;
    const legal = hasLegal(tokens, run, i);
    const next = tokens[i + 1];
    if (!legal && next !== undefined && (SECTOR.has(next.word) || SECTOR.has(next.word.slice(0, 2)) || next.word === "的" && tokens[i + 2]?.tag === "n")) continue;
    const stem = stemBefore(context, run, legal ? MAX_LEGAL_STEM : MAX_INDUSTRY_STEM);
    const registered = registeredNameStart(context, run, i);
    if (registered !== undefined && (!stem || registered < stem.start)) {
      found.sure.push({ type: "Organization", start: registered, end: token.end, rule: "company-registered-name", priority: 4 });
      continue;
    }
    if (!stem || (!legal && sectorStem(context, stem.start, tokens[run] as Token))) continue;
    // 蒋介石集团, 某某某集团: a person's full name before 集团 names a clique, not a firm.
    if (token.word === "集团" && run === i && personClique(tokens, context.tokenAt[stem.start] ?? -1, run) && !COMPANY_TALK.test(context.text.replace(token.word, ""))) continue;
    if (!legal && stem.kind !== "name" && next !== undefined && ATTRIBUTE_TAGS.has(next.tag) && !isSuffixWord(next.word) && !COMPANY_TALK.test(next.word)) continue;
    const candidate: Candidate = { type: "Organization", start: stem.start, end: token.end, rule: legal ? "company-legal-suffix" : "company-industry-suffix", priority: 3 };
    // 东方航空公司: a known name with the word 公司 is that company, named as it usually is.
    const known = context.text.slice(stem.start, token.start);
    if (run === i && (token.word === "公司" || token.word === "集团") && NAMES.longestAt(known, 0) === known) candidate.canonical = WELL_KNOWN_COMPANIES.get(known) ?? known;
    // An industry word is an ordinary noun, and ordinary words before a legal one make a class (经纪公司): only a
    // proper-name stem, or a sentence about companies, makes them a firm's name.
    if (legal && stem.kind !== "plain") {
      // A clean stem before a legal form is a better boundary than a head-noun chunk that runs into the clause.
      candidate.priority = 4;
      found.sure.push(candidate);
    } else if (!legal && stem.kind === "name" && stem.tagged && !WEAKEST_SUFFIXES.has(token.word)) (briefStem(context, stem, run) ? found.sure : found.talk).push(candidate);
    else if (stem.length <= (stem.kind === "place" && !legal ? 3 : 4) && (stem.kind !== "plain" || (stem.length === 2 || legal) && opensName(tokens[tokenIndexBefore(context, stem.start)]))) found.talk.push(candidate);
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
  return token === undefined || PUNCTUATION.test(token.word) || token.tag === "c" || token.tag === "p" || CUE_BEFORE.has(token.word) || ROLES.has(token.word);
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
    if (!canBeInStem(token) || ROLES.has(token.word) || NOT_NAME_START.has(token.word) || length + token.word.length > max || gluedPreposition(token) || dateline(context, token)) break;
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
  if (NOT_FIRM_STEM.test(text.slice(start, (tokens[run - 1] as Token).end)) || /^[我本该其新一]/u.test(tokens[first]?.word ?? "")) return undefined;
  // A date glued to an unknown name (…日吉峰 农机), or a preposition or verb of one character (据万联 证券, 使夏新
  // 电子): the name starts after it.
  const opening = tokens[first] as Token;
  if (opening.tag === "x" && opening.word.length >= 3 && ((/^[日月年]/u.test(opening.word) && /[\d>]/u.test(text[start - 1] ?? "")) || gluedFunction(opening))) {
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
const ROLES = new Set(["收购人", "收购方", "重组方", "股东", "大股东", "控股股东", "一致行动人", "受让方", "转让方", "发行人", "投资者", "投资方", "子公司", "母公司", "旗下", "下属", "公司", "集团"]);

function canBeInStem(token: Token): boolean {
  if (STOP_TAGS.has(token.tag) || NOT_IN_NAME.has(token.word) || /[^\u4e00-\u9fffA-Za-z]/u.test(token.word) || DATELINE.test(token.word)) return false;
  return token.tag !== "x" || token.word.length <= 4;
}

/** A class word before a company word (外资, 保险经纪, 国有控股), alone or two of them fused. */
function isGeneric(word: string): boolean {
  return memo(genericMemo, word, computeGeneric);
}

function computeGeneric(word: string): boolean {
  if (GENERIC_COMPANY_STEMS.has(word) || isSuffixWord(word)) return true;
  for (let k = 1; k < word.length; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if ((GENERIC_COMPANY_STEMS.has(left) || isSuffixWord(left)) && (GENERIC_COMPANY_STEMS.has(right) || isSuffixWord(right))) return true;
  }
  return false;
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
    if (isSuffixWord(token.word.slice(k)) && !isGeneric(stem) && !SECTOR_STEMS.has(stem) && !PLACES.has(stem) && !COUNTRY_GROUP.test(stem) && !ORDINAL.test(stem) && !NOT_FIRM_STEM.test(stem)) {
      sure.push({ type: "Organization", start: token.start, end: token.end, rule: "company-word", priority: 3 });
      return;
    }
  }
}

/** Bare names shown by a cue: 小天鹅 公告, 万科 旗下, 收购 荣事达. */
function cuedNames(context: SentenceContext, sure: Candidate[]): void {
  const { tokens, text } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // Each test first asks whether its bare name's tag can be one at all: most words are ordinary ones.
    const cue = i > 0 && BARE_TAGS.has((tokens[i - 1] as Token).tag) ? CUE_AFTER.longestAt(text, token.start) : undefined;
    if (cue !== undefined && isBareName(tokens[i - 1] as Token, !PERSON_TITLE_CUES.has(cue)) && !(cue === "集团" && personClique(tokens, i - 1, i) && !COMPANY_TALK.test(text.replace(cue, "")))) {
      const name = tokens[i - 1] as Token;
      sure.push({ type: "Organization", start: name.start, end: name.end, rule: "company-cue-after", priority: 3 });
    }
    const next = tokens[i + 1];
    if (next && BARE_TAGS.has(next.tag) && (CUE_BEFORE.has(token.word) || (CLASS_BEFORE.has(token.word) && endsClause(tokens[i + 2]))) && isBareName(next, false)) {
      sure.push({ type: "Organization", start: next.start, end: next.end, rule: "company-cue-before", priority: 3 });
    }
    if (AFTER_NAME_FIRST[text.charCodeAt(token.end)] === 1 && isBareName(token, false) && !startsWithSurname(token) && (ACTS_AFTER.test(text.slice(token.end, token.end + 6)) || STAKE_AFTER.test(text.slice(token.end, token.end + 16)))) {
      sure.push({ type: "Organization", start: token.start, end: token.end, rule: "company-act", priority: 3 });
    }
  }
}

/** Tags a bare company name can carry: unknown words, other proper names, Latin words, personal names. */
const BARE_TAGS = new Set(["x", "nz", "eng", "nr", "nrt", "nrfg"]);

/**
 * Class nouns written right before a firm's bare name (美国院线AMC, 全资子公司融发). Not 企业: reports write it before what
 * firms do or have (企业营收, 企业做强, 企业孵化器).
 */
const CLASS_BEFORE = new Set(["民企", "国企", "央企", "公司", "子公司", "集团", "旗下", "院线", "券商", "酒店", "巨头", "厂商", "运营商", "供应商", "开发商", "零售商", "经销商", "电商", "车企", "房企", "药企", "险企"]);
/** What only a firm does after its name, maybe after a time word: 小天鹅今日公告, 西单商场公布了…方案. */
const ACTS_AFTER = /^(?:今日|昨日|近日|日前|昨天|今天|此前|随后|当日|同日|也|则|已|正式|再度|同时)?(?:发布公告|发出公告|公告|停牌|复牌|增发|公布了|披露|宣布)/u;
/** A stake in a firm: 快乐阳光 30%股权, 芒果互娱<N>%的股份. */
const STAKE_AFTER = /^(?:[\d.<N>]+%|[\d.<N>]+万股)(?:的)?(?:股权|股份)/u;

/** By character code, 1 for a character that can open ACTS_AFTER or STAKE_AFTER: most words are followed by none. */
const AFTER_NAME_FIRST = new Uint8Array(0x10000);
for (const char of "今昨近日此随当同也则已正再发公停复增披宣0123456789.<N>") AFTER_NAME_FIRST[char.charCodeAt(0)] = 1;

/** Whether a word ends a clause or a list item (punctuation, a joining word, a verb). */
function endsClause(token: Token | undefined): boolean {
  return token === undefined || PUNCTUATION.test(token.word) || JOINERS.has(token.word) || ["c", "p", "u", "uj", "v", "d"].includes(token.tag) || token.word === "等";
}

/** An unknown word of 2-3 characters that starts with a surname is more likely a person (张勇宣布). */
function startsWithSurname(token: Token): boolean {
  return token.tag !== "eng" && token.word.length <= 3 && surnameLength(token.word) > 0;
}

/** A word that can be a company's bare name: an unknown word or a proper name, not a place, a person or a class. */
function isBareName(token: Token, personOk: boolean): boolean {
  // jieba tags punctuation x as well: a single character is rejected before any look-up.
  if (!BARE_TAGS.has(token.tag) || token.word.length < 2) return false;
  const shape = bareShapeMemo.get(token.word) ?? bareShapeOf(token.word);
  if (shape === NEVER_BARE) return false;
  // A Latin word is a firm's name when capitalized (Netflix, AMC), not a unit or a product line (iPhone, kg).
  if (shape === LATIN_BARE) return token.tag === "eng";
  if (token.tag === "x" || token.tag === "nz" || token.tag === "eng") return true;
  if (token.tag === "nr" || token.tag === "nrt" || token.tag === "nrfg") return personOk || surnameLength(token.word) === 0;
  return false;
}

/**
 * What a word of two characters or more can be as a bare name, whatever its tag: never one (too long, a place, a class
 * word, of other characters, or Latin not capitalized); a capitalized Latin word (a name when tagged eng); or Chinese
 * characters, maybe with Latin letters (a name by its tag).
 */
type BareShape = typeof NEVER_BARE | typeof LATIN_BARE | typeof HAN_BARE;
const NEVER_BARE = 0;
const LATIN_BARE = 1;
const HAN_BARE = 2;

/** Shapes by word: the words that reach the bare-name test are few and repeat (punctuation runs, unknown words). */
const bareShapeMemo = new Map<string, BareShape>();

function bareShapeOf(word: string): BareShape {
  const latin = /^[A-Za-z]+$/u.test(word);
  let shape: BareShape = HAN_BARE;
  if (word.length > (latin ? 20 : 5) || PLACES.has(word) || isGeneric(word) || NOT_IN_NAME.has(word) || NOT_FIRM_STEM.test(word)) shape = NEVER_BARE;
  else if (latin) shape = /^[A-Z]/u.test(word) ? LATIN_BARE : NEVER_BARE;
  else if (!/^[\u4e00-\u9fffA-Za-z]+$/u.test(word)) shape = NEVER_BARE;
  if (bareShapeMemo.size < MEMO_LIMIT) bareShapeMemo.set(word, shape);
  return shape;
}

const PUNCTUATION = /^[^\u4e00-\u9fffA-Za-z0-9]+$/u;
const JOINERS = new Set(["、", "和", "与", "及", "以及", "同", "跟", "或"]);

/** A bare name joined to a company (华为和中兴, 申银万国、国泰君安) is a company too. */
function coordinatedNames(context: SentenceContext, sure: Candidate[]): void {
  const { tokens } = context;
  const known = [...sure];
  for (const company of known) {
    const before = context.tokenAt[company.start - 1] ?? -1;
    const after = context.tokenAt[company.end] ?? -1;
    // 华为 和昊霖: jieba glued the joining word to an unknown name after it.
    const glued = tokens[after];
    if (glued && glued.tag === "x" && glued.start === company.end && glued.word.length >= 3 && glued.word.length <= 5 && /^[和与及、]/u.test(glued.word) && endsClause(tokens[after + 1])) {
      sure.push({ type: "Organization", start: glued.start + 1, end: glued.end, rule: "company-coordinated", priority: 3 });
    }
    for (const [joiner, other] of [[before, before - 1], [after, after + 1]] as const) {
      const join = tokens[joiner];
      const name = tokens[other];
      if (!join || !name || !JOINERS.has(join.word) || !isBareName(name, false) || name.tag === "nr" || name.tag === "nrfg") continue;
      // The name ends where the coordination ends: 中兴 , / 中兴 等 / 中兴 的, not inside a longer phrase.
      const beyond = tokens[other === joiner - 1 ? other - 1 : other + 1];
      if (beyond && !PUNCTUATION.test(beyond.word) && !["c", "p", "u", "uj", "v"].includes(beyond.tag) && !JOINERS.has(beyond.word)) continue;
      if (!sure.some((c) => c.start === name.start && c.end === name.end)) sure.push({ type: "Organization", start: name.start, end: name.end, rule: "company-coordinated", priority: 3 });
    }
  }
}

/** A company name inside a longer company name (万科 in 万科企业集团) is part of it, not another mention. */
function dropInnerNames(found: readonly Candidate[]): Candidate[] {
  return found.filter((inner) => !found.some((outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start));
}

/** Marks of a listed share under special treatment, written before its short name: ST松辽, *ST华源, S上石化. */
const STOCK_MARK = /(?:\*?S?\*?ST|S)(?=[\u4e00-\u9fff])/gu;

/** A name that another rule read with its share mark (ST联油 公告): the mark is the share's status, not the name's. */
function withoutStockMark(text: string, candidate: Candidate): Candidate {
  const mark = LEADING_STOCK_MARK.exec(text.slice(candidate.start, candidate.end))?.[0].length ?? 0;
  return mark > 0 && candidate.end - candidate.start - mark >= 2 ? { ...candidate, start: candidate.start + mark } : candidate;
}
const LEADING_STOCK_MARK = /^\*?S?\*?ST(?=[\u4e00-\u9fff])/u;

/** A short name after a share mark (ST松辽, *ST华源): a listed company, whatever the words. */
function stockNames(context: SentenceContext, sure: Candidate[]): void {
  const { text } = context;
  if (!text.includes("S")) return;
  for (const match of text.matchAll(STOCK_MARK)) {
    const start = (match.index ?? 0) + match[0].length;
    if (/[A-Za-z]/u.test(text[(match.index ?? 0) - 1] ?? "")) continue;
    // The name runs to the end of the words jieba sees there, 2-4 characters (松辽, 上石化, 深物业).
    let end = start;
    for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
      const token = context.tokens[i] as Token;
      if (!/^[\u4e00-\u9fff]+$/u.test(token.word) || token.end - start > 4) break;
      if (end > start && (STOP_TAGS.has(token.tag) || token.word.length > 2 || CUE_AFTER.longestAt(text, token.start) !== undefined)) break;
      end = token.end;
    }
    if (end - start >= 2) sure.push({ type: "Organization", start, end, rule: "company-stock-mark", priority: 4 });
  }
}

/** Words that introduce the short name a text defines for the name before them: (以下简称X), (下称"X"), 证券简称:X. */
const DEFINED_SHORT = /(?:以下简称|以下称|下文简称|下简称|下称|简称)(?:为)?[:：]?\s*(?:[“"「『]([^”"」』]{2,12})[”"」』]|([\u4e00-\u9fffA-Za-z0-9*]{2,10})(?=[)）,，;；、\s]))/gu;
/** Short names that stand for the writer's own side, not a firm's name: (以下简称"公司"), (简称"发行人"). */
const NOT_SHORT_NAME = /^(?:本?公司|本集团|本行|该公司|发行人|收购人|上市公司|甲方|乙方|丙方|双方|各方|本次交易|本次发行|本协议|协议|合同|项目|标的公司|目标公司)$/u;

/**
 * A short name the text defines (中国铁路物资集团有限公司(以下简称"中国铁物")) is a firm, the same as the full name
 * written right before it, and so is each later use of it in the sentence.
 */
function definedShortNames(context: SentenceContext, found: Found): void {
  const { text } = context;
  const { sure, talk } = found;
  if (!text.includes("称")) return;
  for (const match of text.matchAll(DEFINED_SHORT)) {
    const short = match[1] ?? match[2] ?? "";
    if (NOT_SHORT_NAME.test(short) || isGeneric(short) || !/[\u4e00-\u9fffA-Za-z]{2}/u.test(short)) continue;
    const at = (match.index ?? 0) + match[0].indexOf(short, match[0].length - short.length - 1);
    // The full name ends at the bracket (or comma) that opens the definition: 公司(<N>.SZ,以下简称X).
    const open = Math.max(text.lastIndexOf("(", match.index ?? 0), text.lastIndexOf("（", match.index ?? 0));
    const full = open >= 0 && (match.index ?? 0) - open <= 16 ? [...sure, ...talk].filter((c) => c.end === open).sort((a, b) => a.start - b.start)[0] : undefined;
    const canonical = full ? full.canonical ?? text.slice(full.start, full.end) : undefined;
    // Defining a short name for it shows the full name is a firm's, even of ordinary words (青松化工股份有限公司).
    if (full && !sure.includes(full)) sure.push(full);
    for (let start = at; start >= 0; start = text.indexOf(short, start + short.length)) {
      const candidate: Candidate = { type: "Organization", start, end: start + short.length, rule: "company-defined-short", priority: 4 };
      if (canonical !== undefined && canonical !== short) candidate.canonical = canonical;
      sure.push(candidate);
    }
  }
}

/** Regions a firm names its branch or arm after (波音中国, 喜力亚太, 力拓澳大利亚公司). */
const REGIONS = new Set<string>([...Object.keys(COUNTRIES), ...Object.keys(PROVINCES), "香港", "澳门", "台湾", "亚洲", "亚太", "欧洲", "北美", "拉美", "中东", "非洲", "大中华", "大中华区", "中国区", "亚太区", "全球"]);
/** What may follow a firm's regional arm: the end of a clause or a word about the firm, not a noun it modifies (华为中国市场). */
const REGION_FOLLOWERS = new Set(["总裁", "副总裁", "董事长", "总经理", "首席执行官", "CEO", "负责人", "发言人", "方面", "公告", "宣布", "表示", "称"]);

/** A known firm followed by a region, maybe with 公司 (波音中国, 力拓英国公司): the firm's arm there. */
function regionalNames(context: SentenceContext, sure: Candidate[]): void {
  const { text, tokens, tokenAt } = context;
  for (const company of [...sure]) {
    if (company.rule !== "company-lexicon" && company.rule !== "company-defined-short") continue;
    const region = tokens[tokenAt[company.end] ?? -1];
    if (!region || region.start !== company.end) continue;
    let word = region.word;
    let end = region.end;
    // jieba may read the region and 公司 as one word (英国公司).
    if (word.endsWith("公司") && REGIONS.has(word.slice(0, -2))) word = word.slice(0, -2);
    else if (/^(?:分?公司)/u.test(text.slice(end))) end += text.slice(end).startsWith("公司") ? 2 : 3;
    if (!REGIONS.has(word)) continue;
    const next = tokens[tokenAt[end] ?? -1];
    // 新华网北京<N>月<N>日电: a dateline, the place the news was sent from.
    if (/^\s*[\d<一二三四五六七八九十]/u.test(text.slice(end, end + 2))) continue;
    if (next && next.start === end && !endsClause(next) && !REGION_FOLLOWERS.has(next.word)) continue;
    sure.push({ type: "Organization", start: company.start, end, rule: "company-region", priority: 4 });
  }
}

/** A name in Latin letters: capitalized words, maybe joined by spaces, &, - or . (ABB, Michael Kors, Saint-Gobain). */
const LATIN_NAME = /(?<![A-Za-z0-9./-])[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*)*/gu;
/** The legal words of a firm's Latin name: sure alone. */
const LATIN_LEGAL = /\b(?:Ltd|Limited|Inc|Corp|Corporation|Co|Group|Holdings?|AG|SA|GmbH|PLC|plc|LLC|LP|NV|BV|Company|Bank|Capital|Partners|Technologies|Motors|Airlines|Pharmaceuticals)\.?$/u;
/** Latin words of business news that are not firms: measures, products, markets, roles, technologies. */
const NOT_LATIN_FIRM = new Set([
  "GDP", "GNP", "CPI", "PPI", "PMI", "IPO", "CEO", "CFO", "COO", "CTO", "CIO", "VP", "AI", "IT", "ICT", "IoT", "VR", "AR", "LED", "OLED", "AMOLED",
  "LCD", "APP", "App", "PE", "VC", "ETF", "LOF", "QFII", "RQFII", "QDII", "ST", "AH", "PC", "TV", "NFC", "GPS", "SUV", "MPV", "EV", "PPP", "BOT", "OTC",
  "WTO", "OK", "VIP", "ATM", "POS", "CBD", "ERP", "CRM", "SaaS", "PaaS", "IaaS", "BB", "BBB", "AAA", "AA", "IDC", "CDN", "DNA", "RNA", "PM", "MBA",
  "EMBA", "NBA", "CBA", "FIFA", "GB", "MB", "KB", "TB", "GW", "MW", "KW", "kW", "HK", "US", "USA", "UK", "EU", "CN", "SH", "SZ", "HK", "No", "NO",
  "TD", "LTE", "WCDMA", "CDMA", "GSM", "WiFi", "Wi-Fi", "NAND", "DRAM", "CPU", "GPU", "SIM", "USB", "HD", "DVD", "CD", "MP", "PDF", "PET", "PVC",
  "SST", "ABS", "EPS", "PEG", "ROE", "ROA", "EBITDA", "YoY", "MoM", "Q", "H", "A", "B", "N", "CCTV", "APEC", "G20", "BRICS", "OPEC", "IMF", "OECD", "ISO",
  "FDA", "SEC", "FTC", "FBI", "CIA", "NASA", "UN", "NGO", "EPC", "PPA", "LNG", "LPG", "CNG", "PTA", "MDI", "TDI", "HIV", "SARS", "AIDS", "MERS", "SOHO", "REIT", "REITs", "CT", "MRI", "IP", "BA", "MV", "KTV", "DIY", "LOGO", "Logo",
]);

/** Two capitalized words of letters only, as a person is named (Russ Grandinetti, Hugh Grant). */
const PERSON_LATIN = /^[A-Z][a-z]+ [A-Z][a-z]+$/u;
const TITLE_BEFORE = /(?:总裁|董事长|总经理|经理|首席执行官|CEO|主席|创始人|分析师|记者|发言人|董事|合伙人|教授|先生|女士)$/u;
const SAYS_AFTER = /^(?:表示|称|说|认为|指出|透露)/u;

/**
 * A Latin name where the sentence speaks of firms (ABB, GSK, Michael Kors): a firm when it has a legal word, or when it
 * stands alone, not before a noun it modifies (NFC手机, LED外延片) or as a product's model.
 */
function latinNames(context: SentenceContext, found: Found): void {
  const { text, tokens, tokenAt } = context;
  if (!/[A-Z]/u.test(text)) return;
  for (const match of text.matchAll(LATIN_NAME)) {
    const name = match[0].replace(/[.'-]+$/u, "");
    const start = match.index ?? 0;
    const end = start + name.length;
    // A model or a flight (CRJ<N>, MU5101) runs into a number; a person's name (Russ Grandinetti) follows a title.
    if (name.length < 2 || NOT_LATIN_FIRM.has(name) || /\d/u.test(name) || /[\d]/u.test(text[start - 1] ?? "") || /^[\d<*]/u.test(text[end] ?? "")) continue;
    if (PERSON_LATIN.test(name) && (TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || SAYS_AFTER.test(text.slice(end, end + 3)))) continue;
    const candidate: Candidate = { type: "Organization", start, end, rule: "company-latin", priority: 3 };
    if (LATIN_LEGAL.test(name) && name.includes(" ")) {
      found.sure.push(candidate);
      continue;
    }
    const next = tokens[tokenAt[end] ?? -1];
    // Before a noun or a measure it names a product, a unit or a class (A股, NFC手机); a firm ends its phrase.
    if (next && next.start === end && (["n", "vn", "nz", "ng", "q", "m", "eng", "an", "b", "k"].includes(next.tag) || /^[股型系号版]/u.test(next.word)) && !CUE_AFTER.longestAt(text, end)) continue;
    found.talk.push(candidate);
  }
}

/** What only a firm does, written right after its name at a clause's start (X今日公告称, X<N>月<N>日晚间公告). */
const FIRM_ACTS = /(?:今日|昨日|近日|日前|昨天|今天|当日|同日|同时|也|[\d<>N]+月[\d<>N]+日)?(?:晚间|早间|晚|早)?(?:发布公告|发出公告|公告称|公告|停牌|复牌|发布了?.{0,6}公告)/gu;
/** A subject that is not a firm's name: the writer's own firm, its organs, a pronoun, a time. */
const NOT_SUBJECT = /^(?:本?公司|该公司|上市公司|董事会|监事会|股东大会|双方|对方|其|该|本|我|他|她|此前|随后|同时|目前|昨日|今日|近日|日前|记者)/u;
/** Characters that never stand in a firm's short name but make a clause (的 是 在 了 和 与 …). */
const CLAUSE_CHARS = /[的是在了和与或及对把被将据称也都还就不已又于向从为着而但讯]/u;
/** A time word written before a clause's subject (当日南京港公告): not part of the name. */
const TIME_BEFORE = /^(?:当日|今日|昨日|近日|日前|同日|当天|此前|随后|此后|目前|消息)/u;
/** Words jieba glues to the end of a subject before its act (中粮地产再发, 辽通化工今, 真功夫股权). */
const TIME_AFTER = /(?:再发|再次|临时|该次|今|前|股权|上市)$/u;

/**
 * The subject of a clause that announces (横店东磁今日公告称, 信义玻璃<N>月<N>日晚间公告宣布, 中天科技发布公告): the words
 * from the clause's start to the act (past adverbs and times: 曾, 突然, 周四) are a firm's name, whatever jieba made of them.
 */
function actingSubjects(context: SentenceContext, sure: Candidate[]): void {
  const { text, tokens, tokenAt } = context;
  if (!text.includes("公告") && !text.includes("停牌") && !text.includes("复牌")) return;
  for (const match of text.matchAll(FIRM_ACTS)) {
    let last = (tokenAt[match.index ?? 0] ?? 0) - 1;
    // Adverbs and times between the name and the act: 曾, 突然, 此前, 周四, 临时.
    for (let skipped = 0; skipped < 2 && last >= 0 && ["d", "t", "ad", "vd"].includes((tokens[last] as Token).tag); skipped++) last--;
    let first = last + 1;
    while (first > 0 && /^[\u4e00-\u9fffA-Za-z]+$/u.test((tokens[first - 1] as Token).word)) first--;
    if (first > last) continue;
    let start = (tokens[first] as Token).start;
    let end = (tokens[last] as Token).end;
    end -= TIME_AFTER.exec(text.slice(start, end))?.[0].length ?? 0;
    if (first > 0 && !/[,，;；:：。!！?？、\s“"”)）]/u.test(text[start - 1] ?? "")) continue;
    while (first <= last && TIME_BEFORE.test((tokens[first] as Token).word)) start = (tokens[first++] as Token).end;
    const name = text.slice(start, end);
    const words = tokens.slice(first, last + 1);
    if (name.length < 2 || name.length > 8 || CLAUSE_CHARS.test(name) || NOT_SUBJECT.test(name) || isGeneric(name)) continue;
    if (words.some((t) => ["v", "d", "p", "c", "r", "u", "uj", "t", "a", "ad", "vn", "m"].includes(t.tag) && !CHINESE_NAME_PART.test(t.word))) continue;
    // Two characters of an ordinary noun (预案, 方案) are no name; an unknown word or a proper name may be (安踏).
    if (name.length === 2 && !words.every((t) => NAME_TAGS.has(t.tag) || t.tag === "x")) continue;
    sure.push({ type: "Organization", start, end, rule: "company-announces", priority: 3 });
  }
}

/** Words jieba tags as verbs or numbers that are common parts of firms' names (创新, 发展, 联合, 一汽). */
const CHINESE_NAME_PART = /^(?:创新|发展|联合|实业|开发|建设|一汽|二重|三一|东方|长城)$/u;

/**
 * The class noun after a list of firms: 东土科技、博晖创新等公司, A、B等多家券商. Not 企业 or 品牌, after which reports
 * list trades and products (采煤、发电等企业; 沙漠游、酒庄游等品牌).
 */
const LIST_OF_FIRMS = /等(?:[\d<>N一二三四五六七八九十几多]+家)?(?:上市公司|公司|集团|券商|银行|基金公司|房企|车企|药企|险企|厂商)/gu;

/** Each item of a list that ends in 等公司 (东土科技、博晖创新等公司) is a firm's name. */
function enumeratedNames(context: SentenceContext, sure: Candidate[]): void {
  const { text } = context;
  if (!text.includes("等")) return;
  for (const match of text.matchAll(LIST_OF_FIRMS)) {
    let end = match.index ?? 0;
    const items: Array<[number, number]> = [];
    for (;;) {
      let start = end;
      while (start > 0 && /[\u4e00-\u9fffA-Za-z]/u.test(text[start - 1] ?? "")) start--;
      if (text[start - 1] !== "、") {
        // The first item begins after the verb or preposition of its clause (向 国泰集团、…, 只有 必胜客等).
        items.push([nameStartIn(context, start, end), end]);
        break;
      }
      items.push([start, end]);
      end = start - 1;
    }
    // One item alone is not a list (多家公司, 这些企业等公司).
    if (items.length < 2) continue;
    for (const [start, end] of items) {
      const name = text.slice(start, end);
      if (name.length < 2 || name.length > 8 || CLAUSE_CHARS.test(name) || NOT_SUBJECT.test(name) || isGeneric(name) || PLACES.has(name) || !isTokenBoundary(context, start) || !isTokenBoundary(context, end)) continue;
      if (!sure.some((c) => c.start <= start && end <= c.end)) sure.push({ type: "Organization", start, end, rule: "company-listed", priority: 3 });
    }
  }
}

/** Where a name ends a run of words: after the last word, going left, that cannot stand in a name. */
function nameStartIn(context: SentenceContext, start: number, end: number): number {
  const { tokens, tokenAt } = context;
  let at = end;
  for (let i = tokenAt[end - 1] ?? -1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.start < start || STOP_TAGS.has(token.tag) || CUE_BEFORE.has(token.word) || token.tag === "vn") break;
    at = token.start;
  }
  return at;
}

// Companies by form: a name stem before a legal or industry word (杉杉股份, 冀东水泥), or one word that is both.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import {
  LEGAL_SUFFIXES,
  NOT_FIRM_STEM,
  SECTOR_FOLLOWERS,
  SECTOR_STEMS,
} from "../../lexicon/companies/company-name-words.js";
import { WELL_KNOWN_COMPANIES } from "../../lexicon/companies/well-known-companies.js";
import { registeredNameStart } from "./company-full-names.js";
import { COMPANY_TALK, PLACES, endsLikeSuffix, isGeneric, isSuffixWord, personClique } from "./company-words.js";
import { NAMES } from "./lexicon-names.js";
import { briefStem, opensName, sectorStem, stemBefore } from "./stem-before-suffix.js";
import type { Found } from "./types.js";

/** Industry words that most often end a phrase, not a name (和平国际环境, 股权投资): a name before them needs company talk. */
const WEAKEST_SUFFIXES = new Set(["国际", "投资", "资本", "基金", "保险", "信托", "期货", "网络"]);
/** An industry word before a noun qualifies it (昆明国际 陆港, 北京证券 交易所, 科技 革命): after a place or common words no firm ends there. */
const ATTRIBUTE_TAGS = new Set(["n", "vn", "nz", "nt", "l"]);
const SECTOR = new Set(SECTOR_FOLLOWERS);
/** Longest stem before a legal suffix (晋城中嘉煤炭 | 实业有限公司) and before an industry word (河南维雪 | 啤酒). */
const MAX_LEGAL_STEM = 12;
const MAX_INDUSTRY_STEM = 6;

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

/** The index of the token before an offset, or -1. */
function tokenIndexBefore(context: SentenceContext, offset: number): number {
  return context.tokenAt[offset - 1] ?? -1;
}

function hasLegal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const word = (tokens[j] as Token).word;
    for (const legal of LEGAL_SUFFIXES) if (word.endsWith(legal)) return true;
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

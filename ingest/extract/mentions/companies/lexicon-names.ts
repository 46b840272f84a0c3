// Companies by name: well-known firms and names learned from labelled news, found where they align with jieba's words.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { AMBIGUOUS_COMPANY_FORMS, WELL_KNOWN_COMPANIES } from "../../lexicon/companies/well-known-companies.js";
import { FINRE_COMPANIES, FINRE_LOCAL_COMPANIES, FINRE_TALK_COMPANIES } from "../../lexicon/finre-companies.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { compileLexicon } from "../lexicon-matcher.js";
import { INDUSTRY, LEGAL, NAME_TAGS } from "./company-words.js";
import type { Found } from "./types.js";

const LEARNED = FINRE_COMPANIES.split(" ").filter(Boolean);
const LEARNED_TALK = new Set(FINRE_TALK_COMPANIES.split(" ").filter(Boolean));
const LEARNED_LOCAL = new Set(FINRE_LOCAL_COMPANIES.split(" ").filter(Boolean));
/** Every known name of two characters or more (a single character is never a firm alone). */
const NAME_LIST = [...WELL_KNOWN_COMPANIES.keys(), ...LEARNED, ...LEARNED_TALK, ...LEARNED_LOCAL].filter(
  (name) => name.length >= 2,
);
export const NAMES = compileLexicon(NAME_LIST);
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
  for (let i = 0; i + 1 < text.length;) {
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
const ADMIN_PREFIX = /^[省市县区]$/u;

export function lexiconNames(context: SentenceContext, found: Found): void {
  for (const match of knownNamesIn(context.text)) {
    const start = match.index;
    const end = start + match.word.length;
    // The name must end where a word ends and no Latin letter or digit goes on; a share's class letter may follow.
    const endsName =
      shareClassAt(context.text, end) || (wordAligned(context, end) && !isCompanyChar(context.text[end] ?? ""));
    if (!wordAligned(context, start) || !endsName) continue;
    // A name learned from labelled news may be a board or a connect scheme (深港通): a programme, not a firm.
    if (MARKET_SCHEME.test(match.word)) continue;
    // 市建设银行, 省兴业银行: the local branch, named with the administrative prefix.
    const local =
      ADMIN_PREFIX.test(context.text[start - 1] ?? "") &&
      context.tokens[context.tokenAt[start - 1] ?? -1]?.word.length === 1;
    const candidate: Candidate = {
      type: "Organization",
      start: local ? start - 1 : start,
      end,
      rule: "company-lexicon",
      priority: 4,
    };
    const canonical = local ? undefined : WELL_KNOWN_COMPANIES.get(match.word);
    if (canonical !== undefined && canonical !== match.word) candidate.canonical = canonical;
    const word = match.word;
    if (
      WELL_KNOWN_COMPANIES.has(word)
        ? !AMBIGUOUS_COMPANY_FORMS.has(word) && !ordinaryShortForm(context, word, start, end)
        : LEARNED_SET.has(word) && !FACILITY_NAME.test(word) && looksLikeName(context, start, end)
    )
      found.sure.push(candidate);
    else if (LEARNED_LOCAL.has(word)) found.local.push(candidate);
    else found.talk.push(candidate);
  }
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
  return (
    (offset === token.start + 1 && GLUED_BEFORE.test(token.word[0] ?? "")) ||
    (offset === token.end - 1 && GLUED_AFTER.test(token.word[token.word.length - 1] ?? ""))
  );
}

/** Characters jieba glues to the front of an unknown name: a date's unit, or one of FUNCTION_BEFORE. */
const GLUED_BEFORE = /[日月年和与及对向从在将被把由据于使即让给经]/u;
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

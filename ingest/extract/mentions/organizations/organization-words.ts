// Word tables and word tests that the organization rules share: known bodies, admin prefixes, ordinals, quotes.

import { INTERNATIONAL_ORGANIZATIONS } from "../../lexicon/international-organizations.js";
import { NATIONAL_BODIES } from "../../lexicon/national-bodies.js";
import { ADMIN_PREFIXES } from "../../lexicon/organization-heads.js";

/** Known bodies, national and international: surface -> canonical name. */
export const KNOWN_BODIES: Readonly<Record<string, string>> = { ...INTERNATIONAL_ORGANIZATIONS, ...NATIONAL_BODIES };
export const NUMBERED = /^第[一二三四五六七八九十百\d]+$/u;
/** Administrative prefixes by code unit (each is one character). */
const ADMIN_PREFIX_UNITS = new Uint8Array(0x10000);
for (const prefix of ADMIN_PREFIXES) ADMIN_PREFIX_UNITS[prefix.charCodeAt(0)] = 1;

/** Whether a word is an administrative prefix, read by its code (as ADMIN_PREFIXES.includes). */
export function isAdminPrefix(word: string): boolean {
  return word.length === 1 && ADMIN_PREFIX_UNITS[word.charCodeAt(0)] === 1;
}
/** Tags of words that can be part of a name before its head. */
export const NAME_TAGS = new Set([
  "ns",
  "nt",
  "nz",
  "nr",
  "nrt",
  "nrfg",
  "j",
  "x",
  "n",
  "b",
  "m",
  "an",
  "ng",
  "s",
  "zg",
]);
/** Ordinals of sessions that belong inside a name (第八届, 八届). */
export const ORDINAL = /^(?:第?[一二三四五六七八九十百零〇\d]+届|[一二三四五六七八九十])$/u;
/** Characters that start a clause word, never a name: an unknown word starting with one is cut after it (从省 科技厅). */
export const FUNCTION_START =
  /^[从对每多在向把将为与和及各全地以于由被让给到就同跟使是也都还又再名受经这那但用听其此而之所上下不据即请只如按派个家座]/u;
/** Adverbs that jieba sometimes tags as nouns (积极配合, 认真落实): never part of a name. */
export const ADVERB_START = /^(?:积极|认真|充分|大力|全面|深入|努力|主动|切实|不断|进一步|持续)/u;

/** 省、市、县政府: an organ after enumerated admin levels is that organ of every level, not one body. */
export function enumeratedLevel(text: string, start: number): boolean {
  // The level before the comma stands alone (省、市、县; 各市、县), not at the end of a word (北院区、省…).
  return (
    isAdminPrefix(text[start] ?? "") &&
    text[start - 1] === "、" &&
    isAdminPrefix(text[start - 2] ?? "") &&
    !/[\u4e00-\u9fff]/u.test((text[start - 3] ?? "").replace("各", ""))
  );
}
export const VERB_TAGS = new Set(["v", "vn", "vd"]);

const QUOTE_PAIRS = [
  ["“", "”"],
  ["《", "》"],
] as const;

/**
 * Bodies are not quoted; a quoted name with a body's head (“书香政协”) is a campaign or a slogan, and a head inside
 * a title (《…人民代表大会和地方各级人民政府组织法》) is part of the title.
 */
export function insideQuotes(text: string, start: number, end: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const at = text.lastIndexOf(open, start);
    if (at >= 0 && text.lastIndexOf(close, start) < at && text.indexOf(close, end) >= end) return true;
  }
  return false;
}

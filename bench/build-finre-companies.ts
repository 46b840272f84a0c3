// Rebuilds ingest/extract/lexicon/finre-companies.ts, the company names labelled in FinRE's train split (MIT licence).
// Usage: npx tsx bench/build-finre-companies.ts [path/to/finre/train.txt]   (default ../shared/eval/finre/train.txt)

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import {
  GENERIC_COMPANY_STEMS,
  INDUSTRY_SUFFIXES,
  LEGAL_SUFFIXES,
  SECTOR_STEMS,
} from "../ingest/extract/lexicon/companies/company-name-words.js";
import { WELL_KNOWN_COMPANIES } from "../ingest/extract/lexicon/companies/well-known-companies.js";
import { PLACE_NAMES } from "../ingest/extract/lexicon/places.js";

const TRAIN = path.resolve(process.argv[2] ?? "../shared/eval/finre/train.txt");
const OUT = path.resolve("ingest/extract/lexicon/finre-companies.ts");
/** Longer labelled names are full legal names, which the suffix rules find without a list. */
const MAX_LENGTH = 8;
/** jieba tags of dictionary words that name firms or brands; a personal name (李宁) or a place is ambiguous. */
const NAME_TAGS = new Set(["nz", "nt", "j", "eng"]);
/** Tags of places, directions and common nouns (中关村, 农产品): such a word is a firm only beside a company cue. */
const PLACE_TAGS = new Set(["ns", "s", "f", "n"]);
/** Tags that show a proper name (or an unknown word) inside a stem. */
const PROPER_TAGS = new Set(["nz", "nt", "j", "eng", "nr", "nrt", "nrfg", "ns", "x"]);
const jieba = Jieba.withDict(dict);

/** A dictionary word this frequent is a common word first (新世界, 新文化): a firm only beside a company cue. */
const COMMON_FREQUENCY = 100;
const dictionary = new Map<string, string>();
const frequency = new Map<string, number>();
for (const line of new TextDecoder().decode(dict).split("\n")) {
  const [word, count, tag] = line.split(" ");
  if (word && tag) dictionary.set(word, tag.trim());
  if (word && count) frequency.set(word, Number(count));
}

/** Sector stems that qualify an industry and never open a firm's learned name (智慧, 民用, 高端, 冷链). */
const QUALIFIERS =
  /^(?:智慧|智能|数字|数智|民用|军用|高端|中高端|现代|绿色|低碳|零碳|清洁|新型|新兴|未来|海洋|冷链|应急|跨境|港航|营销|股权|股指|天使|民间)$/u;

/** A sector stem before the rest of the name (智慧农业, 海洋生物医药): an industry, not a firm, without a legal word. */
function isSector(name: string): boolean {
  if (LEGAL_SUFFIXES.some((legal) => name.endsWith(legal))) return false;
  for (let k = 2; k <= name.length - 2; k++)
    if (SECTOR_STEMS.has(name.slice(0, k)) && QUALIFIERS.test(name.slice(0, k))) return true;
  return false;
}
const places = PLACE_NAMES;
const suffixes = [...LEGAL_SUFFIXES, ...INDUSTRY_SUFFIXES].sort((a, b) => b.length - a.length);

/** The name without the company words at its end (华电煤业集团公司 -> 华电). */
function stemOf(name: string): string {
  let stem = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of suffixes) {
      if (stem.length > suffix.length && stem.endsWith(suffix)) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

const sentencesOf = new Map<string, Set<string>>();
for (const line of readFileSync(TRAIN, "utf8").split("\n")) {
  const [head, tail, , sentence] = line.split("\t");
  if (!sentence) continue;
  for (const raw of [head, tail]) {
    const name = (raw ?? "").normalize("NFKC").replace(/\s/gu, "");
    if (!sentencesOf.has(name)) sentencesOf.set(name, new Set());
    sentencesOf.get(name)?.add(sentence);
  }
}

const plain: string[] = [];
const talk: string[] = [];
const local: string[] = [];
for (const [name] of [...sentencesOf].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))) {
  if (
    name.length < 2 ||
    name.length > MAX_LENGTH ||
    !/^[\u4e00-\u9fffA-Za-z0-9]+$/u.test(name) ||
    !/[\u4e00-\u9fff]/u.test(name)
  )
    continue;
  if (WELL_KNOWN_COMPANIES.has(name) || places.has(name) || places.has(name.replace(/[省市县区]$/u, ""))) continue;
  const stem = stemOf(name);
  if (isSector(name)) continue;
  // A class of companies (上市公司, 证券公司) or a stem too short to name one.
  if (
    stem === name
      ? GENERIC_COMPANY_STEMS.has(name)
      : stem.length < 2 || GENERIC_COMPANY_STEMS.has(stem) || (places.has(stem) && name === `${stem}公司`)
  )
    continue;
  const tag = dictionary.get(name);
  // An ordinary word of the dictionary (茅台, 光明, 农产品) or a two-character word of any kind (三农, 广电) is a company
  // only beside a company cue; a name of ordinary words only (日照钢铁) or of two characters (宝能) only where the
  // sentence speaks of companies.
  const proper = (jieba.tag(stem, true) as Array<{ tag: string }>).some((token) => PROPER_TAGS.has(token.tag));
  // A long name of ordinary words is a class of firms (金融资产管理公司, 进出口贸易公司).
  if (!proper && name.length > 4) continue;
  // A word of three or more characters that jieba knows as a personal name or a set phrase (全聚德, 必胜客) is a brand
  // wherever companies are spoken of; a place's name (中关村, 陆家嘴) or a common noun (农产品) is not.
  if ((frequency.get(name) ?? 0) >= COMMON_FREQUENCY) local.push(name);
  else if (tag !== undefined && name.length >= 3 && !NAME_TAGS.has(tag) && !PLACE_TAGS.has(tag)) talk.push(name);
  else if (tag !== undefined && (!NAME_TAGS.has(tag) || name.length === 2)) local.push(name);
  else if (!proper || name.length === 2) talk.push(name);
  else plain.push(name);
}

const banner = `// Company names labelled in the train split of FinRE (thunlp/Chinese_NRE, data/FinRE, MIT licence), generated by
// bench/build-finre-companies.ts: names of 2-${MAX_LENGTH} characters, without places and classes of companies. Do not edit.
`;
const list = (names: string[]) => names.join(" ");
writeFileSync(
  OUT,
  `${banner}
/** Names with a proper name in them (雅戈尔, 冀东水泥), space-separated. */
export const FINRE_COMPANIES = "${list(plain)}";

/** Names of ordinary words or of two characters (日照钢铁, 宝能): companies where the sentence speaks of companies. */
export const FINRE_TALK_COMPANIES = "${list(talk)}";

/** Names that are ordinary words of the dictionary (茅台, 光明, 三农): companies only beside a company cue. */
export const FINRE_LOCAL_COMPANIES = "${list(local)}";
`,
);
console.log(JSON.stringify({ names: sentencesOf.size, plain: plain.length, talk: talk.length, local: local.length }));

// Canonical names: one spelling per real body (市政协, 辽源政协 and 政协辽源市第八届委员会 are all 辽源市政协).

import type { EntityType } from "../../types.js";
import type { DocumentContext } from "../extraction-types.js";
import { ADMIN_ORGANS, OWN_LEVEL_ORGANS } from "../lexicon/organization-heads.js";
import { CITY_PROVINCE, COUNTRIES, PROVINCES } from "../lexicon/places.js";
import { comparableName } from "../normalize.js";

type Canonicalizer = (name: string, document: DocumentContext) => string;

const ORDINAL = /第?[一二三四五六七八九十百零〇\d]+届/gu;
/** Long official forms and their usual short forms, applied inside organization names. */
const SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/人民代表大会常务委员会/gu, "人大常委会"],
  [/人民代表大会/gu, "人大"],
  [/常务委员会/gu, "常委会"],
  [/人民政府/gu, "政府"],
];
/** 政协X市委员会 and 中国人民政治协商会议X市委员会 are X市政协; 中国共产党X市委员会 and X市委 are 中共X市委. */
const CPPCC_FULL = /^(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|自治区))委员会(.*)$/u;
const CCP_FULL = /^(?:中国共产党|中共)([\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|自治区))委员会(.*)$/u;
const CCP_SHORT = /^(?:中共)?([\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州))委(.*)$/u;
const SELF_PREFIX = /^(?:我|本)/u;
const ADMIN_ORGAN_START = new RegExp(`^(?:${ADMIN_ORGANS.join("|")})`, "u");

/** Expands a leading 市/省/县 (and a bare city name: 辽源政协) to the document's own unit. */
function expandAdminPrefix(name: string, document: DocumentContext): string {
  const bare = name.replace(SELF_PREFIX, "");
  const first = bare[0] ?? "";
  const rest = bare.slice(1);
  if (first === "市" && document.city && !/^场/u.test(rest)) return document.city + rest;
  if (first === "省" && document.province) return document.province + rest;
  if ((first === "县" || first === "区") && document.county) return document.county + rest;
  for (const [short, full] of [
    [document.city?.replace(/市$/u, ""), document.city],
    [document.province?.replace(/省$/u, ""), document.province],
  ] as const) {
    if (short && full && bare.startsWith(short) && !bare.startsWith(full) && bare.length > short.length) {
      const after = bare.slice(short.length);
      // 辽源政协 is the city's own CPPCC; 长春中医药大学 is not a body of the city government.
      if (ADMIN_ORGAN_START.test(after)) return full + after;
    }
  }
  return bare;
}

/** A democratic party's local committee written without its place (民建市委 in a Changchun document). */
const PARTY_COMMITTEE = /^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)([省市县区州])委$/u;

/** The report's own level: its county or district, else its city, else its province. */
function ownUnit(document: DocumentContext): string | undefined {
  return document.county ?? document.city ?? document.province;
}

const ORGANIZATION: Canonicalizer = (name, document) => {
  let out = comparableName(name).replace(ORDINAL, "");
  // 人大, 政协, 工会 written bare are the report's own level's (海拉尔区人大); with no known level they stay bare.
  const ownLevel = OWN_LEVEL_ORGANS[out];
  if (ownLevel) {
    const unit = ownUnit(document);
    return unit ? ownLevel(unit) : out;
  }
  const party = PARTY_COMMITTEE.exec(out);
  if (party) {
    const place = party[2] === "省" ? document.province : party[2] === "市" ? document.city : document.county;
    return place ? `${party[1]}${place}委` : out;
  }
  // 民建长春市委 is the party's committee, not the Communist Party's.
  if (/^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/u.test(out)) return out;
  out = expandAdminPrefix(out, document);
  const cppcc = CPPCC_FULL.exec(out);
  if (cppcc) out = `${cppcc[1]}政协${cppcc[2]}`;
  const ccp = CCP_FULL.exec(out);
  if (ccp) out = `中共${ccp[1]}委${ccp[2]}`;
  for (const [pattern, short] of SHORT_FORMS) out = out.replace(pattern, short);
  out = out.replace(/([省市县区州])\1委/u, "$1委");
  const ccpShort = CCP_SHORT.exec(out);
  if (ccpShort && !/^(?:员|会)/u.test(ccpShort[2] ?? "")) out = `中共${ccpShort[1]}委${ccpShort[2]}`;
  return out;
};

const PLACE: Canonicalizer = (name, document) => {
  const bare = comparableName(name);
  if (/^(?:我|本)市$/u.test(bare)) return document.city ?? bare;
  if (/^(?:我|本|全)省$/u.test(bare)) return document.province ?? bare;
  if (/^(?:我|本)(?:县|区)$/u.test(bare)) return document.county ?? bare;
  if (bare === "我国") return "中国";
  if (PROVINCES[bare]) return PROVINCES[bare];
  if (CITY_PROVINCE.has(bare)) return `${bare}市`;
  return COUNTRIES[bare] ?? bare;
};

const AS_WRITTEN: Canonicalizer = (name) => comparableName(name);

/** One canonicalizer per entity type. */
const CANONICALIZERS: Readonly<Record<EntityType, Canonicalizer>> = {
  Organization: ORGANIZATION,
  Person: AS_WRITTEN,
  Project: AS_WRITTEN,
  Topic: AS_WRITTEN,
  Place: PLACE,
};

/** The canonical name of a mention (or of the name an extractor proposed for it). */
export function canonicalName(type: EntityType, name: string, document: DocumentContext): string {
  return CANONICALIZERS[type](name, document);
}

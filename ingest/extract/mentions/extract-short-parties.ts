// Parties written in short: 中英两国政府 (a character per country), 我国政府, 部省合建 (the ministry and the province),
// and laboratories named by their place in a list (与苏州、崖州湾等国家实验室).

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";

/**
 * One-character short forms of countries as they are paired in Chinese (中英, 中美, 中葡两国). Only forms that name one
 * country are kept: 巴 (Pakistan or Brazil), 新 (Singapore or New Zealand) and 西 are left out.
 */
export const COUNTRY_CHARS: Readonly<Record<string, string>> = {
  中: "中国",
  美: "美国",
  英: "英国",
  法: "法国",
  德: "德国",
  俄: "俄罗斯",
  苏: "苏联",
  日: "日本",
  韩: "韩国",
  朝: "朝鲜",
  越: "越南",
  葡: "葡萄牙",
  印: "印度",
  澳: "澳大利亚",
  加: "加拿大",
  意: "意大利",
  荷: "荷兰",
  泰: "泰国",
  老: "老挝",
  柬: "柬埔寨",
  缅: "缅甸",
  蒙: "蒙古",
  菲: "菲律宾",
};
const CHARS = Object.keys(COUNTRY_CHARS).join("");
/** 中英两国政府, 英、葡两国政府: as many country characters as the numeral says, then 国政府. */
const STATE_PAIR = new RegExp(`([${CHARS}](?:、?[${CHARS}]){1,3})([两二三四])国政府`, "gu");
const COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4 };
/** 部省合建 is the Ministry of Education's scheme of building a province's university with the province. */
const MINISTRY_PROVINCE = /部省合建/gu;
const UNIVERSITY = /大学|高校/u;
/** 与苏州、崖州湾等国家实验室: the items are laboratories named by their place. */
const LABORATORY_LIST =
  /(?:^|[与同和跟，,：:])((?:(?:(?![与同和跟])[\u4e00-\u9fff]){2,5}、)+(?:(?![与同和跟])[\u4e00-\u9fff]){2,5})等(?:国家|全国重点|省)?实验室/gu;
const LABORATORY_KIND = /等(?:国家|全国重点|省)?实验室/u;
/** Items of such a list that are kinds of bodies, not names. */
const KIND = /高校|大学|院所|企业|机构|单位|部门|医院|中心|平台|基地|学院/u;
/** Above lexicon bodies (5): a short party is what its span says in this context, and beats a place on the same span. */
const PRIORITY = 6;

function statePairs(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(STATE_PAIR)) {
    const chars = [...(match[1] ?? "")];
    const countries = chars.filter((c) => c !== "、");
    if (countries.length !== COUNT[match[2] ?? ""] || new Set(countries).size !== countries.length) continue;
    let at = match.index;
    for (const c of chars) {
      if (c !== "、")
        found.push({
          type: "Organization",
          start: at,
          end: at + 1,
          rule: "org-state-short",
          priority: PRIORITY,
          canonical: `${COUNTRY_CHARS[c] ?? c}政府`,
        });
      at += 1;
    }
  }
  for (const match of text.matchAll(/我国政府/gu))
    found.push({
      type: "Organization",
      start: match.index,
      end: match.index + 4,
      rule: "org-state-short",
      priority: PRIORITY,
      canonical: "中国政府",
    });
  return found;
}

function ministryAndProvince(context: SentenceContext): Candidate[] {
  const { text, document } = context;
  if (!document.province || !UNIVERSITY.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(MINISTRY_PROVINCE)) {
    found.push({
      type: "Organization",
      start: match.index,
      end: match.index + 1,
      rule: "org-joint-short",
      priority: PRIORITY,
      canonical: "教育部",
    });
    found.push({
      type: "Organization",
      start: match.index + 1,
      end: match.index + 2,
      rule: "org-joint-short",
      priority: PRIORITY,
      canonical: `${document.province}人民政府`,
    });
  }
  return found;
}

function laboratories(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(LABORATORY_LIST)) {
    const list = match[1] ?? "";
    const items = list.split("、");
    if (items.some((item) => KIND.test(item))) continue;
    let at = match.index + match[0].indexOf(list);
    for (const item of items) {
      found.push({
        type: "Organization",
        start: at,
        end: at + item.length,
        rule: "org-laboratory-short",
        priority: PRIORITY,
        canonical: `${item}实验室`,
      });
      at += item.length + 1;
    }
  }
  return found;
}

/** The extractor of short parties; a cheap character test comes before each pattern. */
export const shortPartyExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const { text } = context;
    const found: Candidate[] = [];
    if (text.includes("国政府")) found.push(...statePairs(text));
    if (text.includes("部省合建")) found.push(...ministryAndProvince(context));
    if (text.includes("实验室") && LABORATORY_KIND.test(text)) found.push(...laboratories(text));
    return found;
  },
};

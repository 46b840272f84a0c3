// A known firm's arm in a region (波音中国, 力拓英国公司), named as the firm and the region together; a foreign firm
// written after its country (美国高盛集团), named as the news writes it.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { COUNTRIES, PROVINCES } from "../../lexicon/places.js";
import { endsClause } from "./company-words.js";

/** Regions a firm names its branch or arm after (波音中国, 喜力亚太, 力拓澳大利亚公司). */
const REGIONS = new Set<string>([
  ...Object.keys(COUNTRIES),
  ...Object.keys(PROVINCES),
  "香港",
  "澳门",
  "台湾",
  "亚洲",
  "亚太",
  "欧洲",
  "北美",
  "拉美",
  "中东",
  "非洲",
  "大中华",
  "大中华区",
  "中国区",
  "亚太区",
  "全球",
]);
/** What may follow a firm's regional arm: the end of a clause or a word about the firm, not a noun it modifies (华为中国市场). */
const REGION_FOLLOWERS = new Set([
  "总裁",
  "副总裁",
  "董事长",
  "总经理",
  "首席执行官",
  "CEO",
  "负责人",
  "发言人",
  "方面",
  "公告",
  "宣布",
  "表示",
  "称",
]);

/** A known firm followed by a region, maybe with 公司 (波音中国, 力拓英国公司): the firm's arm there. */
export function regionalNames(context: SentenceContext, sure: Candidate[]): void {
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

/** Foreign countries: written before a firm's name, news makes them part of it (美国高盛集团, 德国曼公司). */
const FOREIGN = new Set(Object.keys(COUNTRIES).filter((name) => COUNTRIES[name] === name && !/^中/u.test(name)));
/** Rules whose firms are sure enough to take the country before them. */
const FIRM_RULES = new Set(["company-lexicon", "company-legal-suffix", "company-registered-name", "company-word"]);

/**
 * A foreign country right before a firm (与美国高盛集团的…, 德国西门子公司): the mention spans both, and the entity keeps
 * the firm's own name, so that either form finds it.
 */
export function countryPrefixedNames(context: SentenceContext, sure: Candidate[]): void {
  const { text, tokens, tokenAt } = context;
  for (const company of [...sure]) {
    if (!FIRM_RULES.has(company.rule)) continue;
    const country = tokens[tokenAt[company.start - 1] ?? -1];
    if (!country || country.end !== company.start || !FOREIGN.has(country.word)) continue;
    if (!endsClause(tokens[tokenAt[country.start - 1] ?? -1])) continue;
    sure.push({
      type: "Organization",
      start: country.start,
      end: company.end,
      rule: "company-country",
      priority: 4,
      canonical: company.canonical ?? text.slice(company.start, company.end),
    });
  }
}

// The body named right before a meeting, a rule set or a campaign (省委, 北京市第十五届人大常委会), read backwards cheaply.

import { COUNTY_NAMES, OTHER_PREFECTURES } from "../../lexicon/counties.js";
import { CITY_PROVINCE, COMMON_WORD_SHORTS, PROVINCES, REGIONS } from "../../lexicon/places.js";

/** Organs a body's name ends in; those that name a body on their own are in SELF_NAMED. */
const ORGAN = new RegExp(
  `(?:${[
    "人民代表大会常务委员会",
    "人大常委会",
    "政协常委会",
    "常务委员会",
    "人民代表大会",
    "常委会",
    "委员会",
    "人民政府",
    "党中央",
    "中共中央",
    "国务院",
    "党委",
    "党组",
    "纪委",
    "省委",
    "市委",
    "区委",
    "县委",
    "州委",
    "旗委",
    "盟委",
    "中央",
    "人大",
    "政协",
    "政府",
  ].join("|")})$`,
  "u",
);
/** Organs that name one body without a place before them: 省委 is the province's committee, 中央 the Party centre. */
const SELF_NAMED = new Set([
  "省委",
  "市委",
  "区委",
  "县委",
  "州委",
  "旗委",
  "盟委",
  "中央",
  "党中央",
  "中共中央",
  "国务院",
  "人大常委会",
  "政协常委会",
  "常委会",
  "人大",
  "政协",
]);
/** A term written before a body's name or its organ (第十五届人民代表大会, 五届人大). */
const TERM = /第?[一二三四五六七八九十]{1,3}届$/u;
/** A level that stands for the document's own unit before an organ (市政协, 自治区党委, 全国人大). */
const LEVEL = /(?:自治区|自治州|全国|省|市|区|县|州|盟|旗)$/u;
/** What opens a Party or CPPCC body's full name (中共吉林省委, 政协岳阳市第九届委员会). */
const OPENER = /(?:中国共产党|中共|政协)$/u;
/** Longest place name tried before an organ. */
const LONGEST_PLACE = 8;

/** Places that may stand before an organ: provinces, prefectures and counties, full and short, and the country. */
const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(PROVINCES),
  ...Object.values(PROVINCES),
  ...[...CITY_PROVINCE.keys()].flatMap((city) => [city, `${city}市`]),
  ...COUNTY_NAMES.flatMap((county) => {
    const short = county.replace(/(?:自治县|自治旗|县|区|市|旗)$/u, "");
    return short.length >= 2 && !COMMON_WORD_SHORTS.has(short) ? [county, short] : [county];
  }),
  ...OTHER_PREFECTURES,
  ...Object.keys(REGIONS),
  "中国",
  "中华人民共和国",
  "全国",
]);

/**
 * The start of the body's name that ends at `end` in `text` (中共吉林省委, 呼伦贝尔市委, 政协岳阳市第九届委员会,
 * 十三届全国人大), or -1 when no body is named there. A bare organ counts only when it names one body (省委, 中央).
 */
export function bodyBefore(text: string, end: number): number {
  const organ = ORGAN.exec(text.slice(Math.max(0, end - 11), end))?.[0];
  if (!organ) return -1;
  let start = end - organ.length;
  start -= endMatch(TERM, text, start);
  const place = placeBefore(text, start) || endMatch(LEVEL, text, start);
  start -= place;
  if (place > 0) start -= endMatch(TERM, text, start);
  start -= endMatch(OPENER, text, start);
  if (start === end - organ.length && !SELF_NAMED.has(organ)) return -1;
  return start;
}

/** Length of the longest known place ending at `end` (0: none). */
function placeBefore(text: string, end: number): number {
  for (let length = Math.min(LONGEST_PLACE, end); length >= 2; length--) {
    if (PLACE_NAMES.has(text.slice(end - length, end))) return length;
  }
  return 0;
}

/** Length of the match of an end-anchored pattern on the text before `end` (0: none). */
function endMatch(pattern: RegExp, text: string, end: number): number {
  return pattern.exec(text.slice(Math.max(0, end - 8), end))?.[0].length ?? 0;
}

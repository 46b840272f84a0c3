// The lexicon of place names (provinces, cities, prefectures, counties and their short forms, regions, countries), and
// a fast search for them in a sentence.

import { COUNTY_NAMES, OTHER_PREFECTURES } from "../../lexicon/counties.js";
import {
  CITY_PROVINCE,
  COMMON_WORD_SHORTS,
  COUNTRIES,
  PROVINCES,
  REGIONS,
  WORLD_CITIES,
} from "../../lexicon/places.js";

/** How a lexicon name may be used: an administrative unit can start a chain; a county's short form needs a place tag. */
type Kind = "unit" | "short" | "other";

export const NAMES = new Map<string, { canonical: string; kind: Kind }>();
const add = (name: string, canonical: string, kind: Kind): void => {
  if (name.length >= 2 && !NAMES.has(name)) NAMES.set(name, { canonical, kind });
};
for (const [short, full] of Object.entries(PROVINCES)) {
  add(full, full, "unit");
  add(short, full, "unit");
}
for (const city of CITY_PROVINCE.keys()) {
  add(`${city}市`, `${city}市`, "unit");
  add(city, `${city}市`, "unit");
}
/** China's ethnic groups, whose names stand inside autonomous units' names (文山壮族苗族自治州). */
const ETHNIC_GROUPS = (
  "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 " +
  "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split(" ");
const ETHNIC_PART = new RegExp(`(?:(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join("|")})族?)+$`, "u");

/** The place's own name in an autonomous unit's name: 文山壮族苗族自治州 -> 文山 (an ethnic group's name is kept if alone). */
function coreName(full: string): string {
  const bare = full.replace(/(?:自治州|自治县|自治旗|地区|新区|林区|特区|盟|县|区|市|旗)$/u, "");
  const core = bare.replace(ETHNIC_PART, "");
  return core.length >= 2 ? core : bare;
}
for (const full of OTHER_PREFECTURES) {
  add(full, full, "unit");
  if (full.endsWith("自治州")) add(`${coreName(full)}州`, full, "unit");
}
const countyShorts = new Map<string, string | null>();
for (const full of COUNTY_NAMES) {
  add(full, full, "unit");
  const core = coreName(full);
  if (core.length >= 2 && core !== full) countyShorts.set(core, countyShorts.has(core) ? null : full);
}
// A short form shared by two counties (鼓楼) or equal to an ordinary word (安宁) names no county on its own.
for (const [short, full] of countyShorts) if (full && !COMMON_WORD_SHORTS.has(short)) add(short, full, "short");
for (const [name, canonical] of Object.entries(REGIONS)) add(name, canonical, "other");
for (const [name, canonical] of Object.entries(COUNTRIES)) add(name, canonical, "other");
for (const city of WORLD_CITIES) add(city, city, "other");

/** Names by their first two characters: a lexicon this large would cost a long scan per character by first one alone. */
const BY_PREFIX = new Map<number, string[]>();
// The first character's code is cut to 14 bits so that the key stays a small integer, which a map hashes far faster
// than a larger number; names of two prefixes that share a key share a list, and a name is compared before it is taken.
const prefixKey = (text: string, at: number): number =>
  (text.charCodeAt(at) & 0x3fff) * 0x10000 + text.charCodeAt(at + 1);
for (const name of NAMES.keys()) {
  const list = BY_PREFIX.get(prefixKey(name, 0)) ?? [];
  list.push(name);
  BY_PREFIX.set(prefixKey(name, 0), list);
}
for (const list of BY_PREFIX.values()) list.sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Uint8Array(0x10000);
const SECOND_CHARS = new Uint8Array(0x10000);
for (const name of NAMES.keys()) {
  FIRST_CHARS[name.charCodeAt(0)] = 1;
  SECOND_CHARS[name.charCodeAt(1)] = 1;
}

/** Every known name in the text, leftmost-longest and without overlaps. */
export function findNames(text: string): Array<{ index: number; word: string }> {
  const found: Array<{ index: number; word: string }> = [];
  for (let i = 0; i + 1 < text.length;) {
    const word = longestNameAt(text, i);
    if (word) {
      found.push({ index: i, word });
      i += word.length;
    } else {
      i++;
    }
  }
  return found;
}
/** The longest known place name starting at `at`. A plain loop: a closure over the position would cost an allocation per character. */
export function longestNameAt(text: string, at: number): string | undefined {
  // Most positions start no name: two table reads rule them out before the map (whose keys are not small integers).
  if (FIRST_CHARS[text.charCodeAt(at)] !== 1 || SECOND_CHARS[text.charCodeAt(at + 1)] !== 1) return undefined;
  const names = BY_PREFIX.get(prefixKey(text, at));
  if (names === undefined) return undefined;
  for (const name of names) if (text.startsWith(name, at)) return name;
  return undefined;
}

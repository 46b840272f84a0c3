// Places: administrative units, regions and countries from lexicons, chains (浙江省台州市), zones (湘江科学城), local units.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { COUNTY_NAMES, OTHER_PREFECTURES } from "../lexicon/counties.js";
import {
  CITY_PROVINCE,
  COMMON_WORD_SHORTS,
  COUNTRIES,
  GEOGRAPHIC_ENDINGS,
  LOCAL_HEADS,
  NOT_PLACES,
  PLACE_SUFFIXES,
  PROVINCES,
  REGIONS,
  WORLD_CITIES,
  ZONE_HEADS,
} from "../lexicon/places.js";
import { isTokenBoundary, respectsWords } from "../sentence-context.js";
import { CHINESE, escapeRegExp } from "./lexicon-matcher.js";

/** How a lexicon name may be used: an administrative unit can start a chain; a county's short form needs a place tag. */
type Kind = "unit" | "short" | "other";

const NAMES = new Map<string, { canonical: string; kind: Kind }>();
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
function findNames(text: string): Array<{ index: number; word: string }> {
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
/** The longest known name starting at `at`. A plain loop: a closure over the position would cost an allocation per character. */
function longestNameAt(text: string, at: number): string | undefined {
  // Most positions start no name: two table reads rule them out before the map (whose keys are not small integers).
  if (FIRST_CHARS[text.charCodeAt(at)] !== 1 || SECOND_CHARS[text.charCodeAt(at + 1)] !== 1) return undefined;
  const names = BY_PREFIX.get(prefixKey(text, at));
  if (names === undefined) return undefined;
  for (const name of names) if (text.startsWith(name, at)) return name;
  return undefined;
}

/** Self-references to the document's own place (我国 is left out: annotations do not count it as naming 中国). */
const SELF = /我省|本省|全省|我市|本市|我县|本县|我区|本区/gu;
const ADMIN_SUFFIX = new RegExp(`(?:${PLACE_SUFFIXES.join("|")})$`, "u");
/** A full administrative name ends in its level: such names chain (四川省凉山州西昌市 is one place). */
const UNIT_END = /(?:省|市|州|县|区|旗|盟|地区|自治区)$/u;
const MAY_HAVE_LOCAL = new RegExp(`[${[...new Set(LOCAL_HEADS.map((head) => head[0]))].join("")}]`, "u");
const ZONE_HEAD = new RegExp(
  `(?:${[...ZONE_HEADS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})`,
  "u",
);
/** Tags of words that may name a place or part of one. */
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "x", "j"]);
/** Words that modify a zone's head inside its name (国家自主创新示范区). */
const ZONE_WORD_TAGS = new Set(["n", "nz", "vn", "j", "b", "x", "ns", "nr", "l", "nt"]);
const ZONE_VERBS = new Set(["自主", "创新", "开放", "综合", "改革", "发展"]);
/** 中国 in 中国特色社会主义 and 中国式现代化 qualifies a doctrine, and starts the names of national bodies. */
const DOCTRINE_AFTER = /^(?:特色|式|共产党|人民政治协商会议|共产主义青年团)/u;
/** A place name after these is a nickname or a period (小上海, 新中国, 老北京), not the place. */
const NICKNAME_BEFORE = new Set(["小", "大", "新", "老"]);
/** Words jieba tags as places that look administrative but are classes (小城镇, 各省市, 文明城市). */
const CLASS_PLACE =
  /^[各小全本该每某诸我从同以新旧老无]|城市|城镇|省市|市县|县区|乡镇|村镇|农村|城中村|城区|联盟|丘陵|沿海|内陆|边远|贫困|人均|一轮|青山/u;
/** A place followed by these is part of a facility's or a paper's name (通州院区, 湖南日报). */
const NAME_PART_AFTER = /^(?:院区|校区|分院|分校|分行|支行|日报|晚报)/u;
/** Rules of candidates that are kept only as part of a longer place. */
const WEAK = "place-weak-short";
const ZONE_BASE = "place-zone-base";

/** The place extractor. */
export const placeExtractor: MentionExtractor = {
  type: "Place",
  extract(context) {
    const { text } = context;
    const inside = quotedSpans(text);
    const quoted = (start: number, end: number): boolean => inside.some(([s, e]) => s < end && start < e);
    const found: Array<Candidate & { unit: boolean }> = [];
    for (const match of findNames(text)) {
      const start = match.index;
      const end = start + match.word.length;
      const entry = NAMES.get(match.word);
      if (
        !entry ||
        !respectsWords(context, start, end) ||
        quoted(start, end) ||
        NICKNAME_BEFORE.has(text[start - 1] ?? "")
      )
        continue;
      if (entry.canonical === "中国" && DOCTRINE_AFTER.test(text.slice(end))) continue;
      if (NAME_PART_AFTER.test(text.slice(end))) continue;
      // An untagged short form (大兴 in 大兴团河地区) counts only at the head of a chain of places.
      const rule = entry.kind === "short" && !taggedAsName(context, start, end) ? WEAK : "place-lexicon";
      found.push({
        type: "Place",
        start,
        end,
        rule,
        priority: 2,
        canonical: entry.canonical,
        unit: entry.kind !== "other" && (rule === WEAK || UNIT_END.test(match.word)),
      });
    }
    for (const match of /[我本全]/u.test(text) ? text.matchAll(SELF) : []) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const canonical = selfReference(match[0], context);
      if (canonical && respectsWords(context, start, end))
        found.push({ type: "Place", start, end, rule: "place-self-reference", priority: 2, canonical, unit: false });
    }
    for (const token of context.tokens) {
      if (token.word.length < 3 || !NAME_TAGS.has(token.tag)) continue;
      if (
        !CHINESE.test(token.word) ||
        NOT_PLACES.has(token.word) ||
        NAMES.has(token.word) ||
        quoted(token.start, token.end)
      )
        continue;
      if (
        /^[一二三四五六七八九十两百千万]/u.test(token.word) ||
        CLASS_PLACE.test(token.word) ||
        /[等和的与及在是了]/u.test(token.word)
      )
        continue;
      const named = NAME_TAGS.has(token.tag) && token.word.length >= 3;
      const admin = named && ADMIN_SUFFIX.test(token.word) && !/[市省县区]$/u.test(token.word.slice(0, -1));
      const geographic = token.tag === "ns" && token.word.length >= 3 && GEOGRAPHIC_ENDINGS.test(token.word);
      if (admin || geographic)
        found.push({
          type: "Place",
          start: token.start,
          end: token.end,
          rule: admin ? "place-admin-name" : "place-tagged",
          priority: 2,
          unit: admin && UNIT_END.test(token.word),
        });
    }
    if (MAY_HAVE_LOCAL.test(text)) found.push(...localUnits(context, quoted));
    found.push(...historicSites(context));
    const mayHaveZone = ZONE_HEAD.test(text);
    if (mayHaveZone) found.push(...taggedZoneBases(context, quoted));
    const chained = chains(found);
    return outermost(
      (mayHaveZone ? zones(context, chained) : chained).filter(
        (candidate) => candidate.rule !== WEAK && candidate.rule !== ZONE_BASE,
      ),
    );
  },
};

/** 我市 is the document's city, 全省 its province: only when the document says which (else the place is unknown). */
function selfReference(word: string, context: SentenceContext): string | undefined {
  if (/省$/u.test(word)) return context.document.province;
  if (/市$/u.test(word)) return context.document.city;
  return context.document.county;
}

/** A county's short form counts alone only as one whole word that jieba takes for a name (西昌, 海淀). */
function taggedAsName(context: SentenceContext, start: number, end: number): boolean {
  const token = context.tokens[context.tokenAt[start] ?? -1];
  if (!token || token.start !== start || token.end !== end) return false;
  return end - start >= 3 ? NAME_TAGS.has(token.tag) : token.tag === "ns";
}

/** 碧溪街道枫岭社区, 石门村: a name word followed by a unit below the county. */
function localUnits(
  context: SentenceContext,
  quoted: (start: number, end: number) => boolean,
): Array<Candidate & { unit: boolean }> {
  const found: Array<Candidate & { unit: boolean }> = [];
  const { tokens } = context;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    const name = tokens[i - 1];
    if (!head || !name || !LOCAL_HEADS.includes(head.word)) continue;
    if (
      !NAME_TAGS.has(name.tag) ||
      !CHINESE.test(name.word) ||
      name.word.length < 2 ||
      NOT_PLACES.has(name.word) ||
      CLASS_PLACE.test(name.word)
    )
      continue;
    if (quoted(name.start, head.end) || NAMES.has(name.word)) continue;
    found.push({ type: "Place", start: name.start, end: head.end, rule: "place-local-unit", priority: 2, unit: true });
  }
  return found;
}

/** A word jieba tags as a place, kept only if a zone's head follows it (光谷 in 光谷科技城). */
function taggedZoneBases(
  context: SentenceContext,
  quoted: (start: number, end: number) => boolean,
): Array<Candidate & { unit: boolean }> {
  return context.tokens
    .filter(
      (token) =>
        token.tag === "ns" &&
        token.word.length >= 2 &&
        CHINESE.test(token.word) &&
        !NOT_PLACES.has(token.word) &&
        !NAMES.has(token.word) &&
        !quoted(token.start, token.end),
    )
    .map((token) => ({ type: "Place", start: token.start, end: token.end, rule: ZONE_BASE, priority: 2, unit: false }));
}

/** 湖北省宜昌市, 四川省凉山州西昌市: units written one after another are one place, named by the last. */
function chains(found: Array<Candidate & { unit: boolean }>): Array<Candidate & { unit: boolean }> {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<Candidate & { unit: boolean }> = [];
  for (const candidate of sorted) {
    const last = out[out.length - 1];
    // Nested in the place before (文山 in 文山州): the outer one stands for both.
    if (last && candidate.start >= last.start && candidate.end <= last.end) continue;
    if (
      last &&
      last.unit &&
      last.end === candidate.start &&
      candidate.rule !== "place-self-reference" &&
      candidate.rule !== ZONE_BASE
    ) {
      const local = candidate.rule === "place-local-unit" || last.rule === "place-local-chain";
      const canonical = local ? undefined : candidate.canonical;
      out[out.length - 1] = {
        type: "Place",
        start: last.start,
        end: candidate.end,
        rule: local ? "place-local-chain" : "place-chain",
        priority: 2,
        unit: candidate.unit,
        ...(canonical ? { canonical } : {}),
      };
      continue;
    }
    out.push(candidate);
  }
  return out;
}

/** 湘江科学城, 长株潭国家自主创新示范区: a place followed by the head of a zone named after it is that zone. */
function zones(context: SentenceContext, found: Array<Candidate & { unit: boolean }>): Candidate[] {
  const { text, tokens } = context;
  const out: Candidate[] = [];
  for (const place of found) {
    let zone: Candidate | undefined;
    if (place.rule !== "place-self-reference" && place.rule !== "place-historic-site") {
      for (let index = context.tokenAt[place.end] ?? -1; index >= 0 && index < tokens.length; index++) {
        const token = tokens[index];
        if (!token || token.start < place.end || token.end - place.end > 14) break;
        const head = ZONE_HEAD.exec(token.word);
        if (head && head.index + head[0].length === token.word.length && isTokenBoundary(context, token.end)) {
          zone = { type: "Place", start: place.start, end: token.end, rule: "place-zone", priority: 2 };
          break;
        }
        if (!ZONE_WORD_TAGS.has(token.tag) && !ZONE_VERBS.has(token.word)) break;
        if (!CHINESE.test(token.word)) break;
      }
    }
    out.push(zone && !/[的和与及、]/u.test(text.slice(place.end, zone.end)) ? zone : place);
  }
  return out;
}

/** Keeps the longest of nested places (浙江省台州市, not also 浙江省); the unit flag is dropped. */
function outermost(found: Candidate[]): Candidate[] {
  return found
    .filter(
      (inner) =>
        !found.some(
          (outer) =>
            outer !== inner &&
            outer.start <= inner.start &&
            inner.end <= outer.end &&
            outer.end - outer.start > inner.end - inner.start,
        ),
    )
    .map(({ type, start, end, rule, priority, canonical }) => ({
      type,
      start,
      end,
      rule,
      priority,
      ...(canonical ? { canonical } : {}),
    }));
}

/** Heads of historic sites, which are places (…办公旧址, …故居). */
const SITE_HEADS = new Set(["旧址", "遗址", "故居", "纪念地", "遗迹"]);
const SITE_NAME_TAGS = new Set(["ns", "nt", "nz", "j", "x", "n", "m", "nr"]);

/** 中共东北局辽宁二地委办公旧址: a site named by the words before its head. */
function historicSites(context: SentenceContext): Array<Candidate & { unit: boolean }> {
  const found: Array<Candidate & { unit: boolean }> = [];
  const { tokens } = context;
  for (let i = 1; i < tokens.length; i++) {
    if (!SITE_HEADS.has(tokens[i]?.word ?? "")) continue;
    let first = i;
    while (
      first > 0 &&
      SITE_NAME_TAGS.has(tokens[first - 1]?.tag ?? "") &&
      CHINESE.test(tokens[first - 1]?.word ?? "") &&
      (tokens[i]?.end ?? 0) - (tokens[first - 1]?.start ?? 0) <= 24
    )
      first--;
    if (first < i)
      found.push({
        type: "Place",
        start: tokens[first]?.start ?? 0,
        end: tokens[i]?.end ?? 0,
        rule: "place-historic-site",
        priority: 2,
        unit: false,
      });
  }
  return found;
}

/** Spans inside “…” and 《…》: names of other things, whose places the text does not name as places. */
function quotedSpans(text: string): Array<[number, number]> {
  if (!text.includes("“") && !text.includes("《")) return [];
  return [...text.matchAll(/[“《][^“”《》]*[”》]/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

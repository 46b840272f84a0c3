// Places: provinces, cities and countries from a lexicon, jieba's place words, admin names (…村, …县) and 我市/我省.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { CITY_PROVINCE, COUNTRIES, NOT_PLACES, PLACE_SUFFIXES, PROVINCES } from "../lexicon/places.js";
import { respectsWords } from "../sentence-context.js";
import { CHINESE, compileLexicon } from "./lexicon-matcher.js";

const KNOWN = compileLexicon([
  ...Object.keys(PROVINCES).flatMap((p) => [p, PROVINCES[p] as string]),
  ...[...CITY_PROVINCE.keys()].flatMap((c) => [c, `${c}市`]),
  ...Object.keys(COUNTRIES),
]);
/** Self-references: 我市 is the document's city, 我省/全省 its province. */
const SELF = /我市|本市|我省|本省|全省|我县|本县|我区|我国/gu;
const SUFFIX = new RegExp(`(?:${PLACE_SUFFIXES.join("|")})$`, "u");

/** The place extractor: lexicon places, self-references, jieba's place words and unknown words with an admin suffix. */
export const placeExtractor: MentionExtractor = {
  type: "Place",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of KNOWN.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      // 小上海, 大上海: a nickname built on a place name is not that place.
      if (respectsWords(context, start, end) && !/[小大新老]$/u.test(context.text.slice(0, start))) found.push({ type: "Place", start, end, rule: "place-lexicon", priority: 2 });
    }
    for (const match of /[我本全]/u.test(context.text) ? context.text.matchAll(SELF) : []) {
      const start = match.index ?? 0;
      found.push({ type: "Place", start, end: start + match[0].length, rule: "place-self-reference", priority: 2 });
    }
    let quoted: Array<[number, number]> | undefined;
    for (const token of context.tokens) {
      const maybe = token.tag === "ns" || ((token.tag === "x" || token.tag === "nz" || token.tag === "nr") && token.word.length >= 3);
      if (!maybe || !CHINESE.test(token.word) || NOT_PLACES.has(token.word) || /^[一二三四五六七八九十两百千万]/u.test(token.word)) continue;
      quoted ??= quotedSpans(context.text);
      // Inside a quoted or titled name only known places count (龙山 in “新时代龙山讲坛” is not a place named by the text).
      if (quoted.some(([s, e]) => s <= token.start && token.end <= e)) continue;
      const tagged = token.tag === "ns" && token.word.length >= 2;
      const adminName = (token.tag === "x" || token.tag === "nz" || token.tag === "nr") && token.word.length >= 3 && SUFFIX.test(token.word) && !/[市省县区]$/u.test(token.word.slice(0, -1)) && !/[等和的与及在是了]/u.test(token.word);
      if (tagged || adminName) found.push({ type: "Place", start: token.start, end: token.end, rule: tagged ? "place-tagged" : "place-admin-name", priority: 2 });
    }
    found.push(...historicSites(context));
    return found;
  },
};

/** Heads of historic sites, which are places (…办公旧址, …故居). */
const SITE_HEADS = new Set(["旧址", "遗址", "故居", "纪念地", "遗迹"]);
const SITE_NAME_TAGS = new Set(["ns", "nt", "nz", "j", "x", "n", "m", "nr"]);

/** 中共东北局辽宁二地委办公旧址: a site named by the words before its head. */
function historicSites(context: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = context;
  for (let i = 1; i < tokens.length; i++) {
    if (!SITE_HEADS.has(tokens[i]?.word ?? "")) continue;
    let first = i;
    while (first > 0 && SITE_NAME_TAGS.has(tokens[first - 1]?.tag ?? "") && CHINESE.test(tokens[first - 1]?.word ?? "") && (tokens[i]?.end ?? 0) - (tokens[first - 1]?.start ?? 0) <= 24) first--;
    if (first < i) found.push({ type: "Place", start: tokens[first]?.start ?? 0, end: tokens[i]?.end ?? 0, rule: "place-historic-site", priority: 2 });
  }
  return found;
}

function quotedSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/[“《][^“”《》]*[”》]/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

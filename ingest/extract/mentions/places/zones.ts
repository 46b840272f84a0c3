// Zones named after a place (湘江科学城, 长株潭国家自主创新示范区): a place, words that qualify the zone, and its head.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { NOT_PLACES, ZONE_HEADS } from "../../lexicon/places.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { CHINESE, escapeRegExp } from "../lexicon-matcher.js";
import { NAMES } from "./place-lexicon.js";
import { ZONE_BASE } from "./place-words.js";

export const ZONE_HEAD = new RegExp(
  `(?:${[...ZONE_HEADS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})`,
  "u",
);
/** Words that modify a zone's head inside its name (国家自主创新示范区). */
const ZONE_WORD_TAGS = new Set(["n", "nz", "vn", "j", "b", "x", "ns", "nr", "l", "nt"]);
const ZONE_VERBS = new Set(["自主", "创新", "开放", "综合", "改革", "发展"]);

/** A word jieba tags as a place, kept only if a zone's head follows it (光谷 in 光谷科技城). */
export function taggedZoneBases(
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

/** 湘江科学城, 长株潭国家自主创新示范区: a place followed by the head of a zone named after it is that zone. */
export function zones(context: SentenceContext, found: Array<Candidate & { unit: boolean }>): Candidate[] {
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

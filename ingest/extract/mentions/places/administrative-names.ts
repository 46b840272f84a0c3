// Administrative names jieba tags (凉山彝族自治州), local units below the county (石门村), and chains of units
// written one after another (浙江省台州市).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { GEOGRAPHIC_ENDINGS, LOCAL_HEADS, NOT_PLACES, PLACE_SUFFIXES } from "../../lexicon/places.js";
import { CHINESE } from "../lexicon-matcher.js";
import { NAMES } from "./place-lexicon.js";
import { CLASS_PLACE, NAME_TAGS, UNIT_END, ZONE_BASE } from "./place-words.js";

const ADMIN_SUFFIX = new RegExp(`(?:${PLACE_SUFFIXES.join("|")})$`, "u");
export const MAY_HAVE_LOCAL = new RegExp(`[${[...new Set(LOCAL_HEADS.map((head) => head[0]))].join("")}]`, "u");

/** Words of three or more characters that jieba tags as names and that end in an administrative level or a landform. */
export function adminNames(
  context: SentenceContext,
  quoted: (start: number, end: number) => boolean,
  found: Array<Candidate & { unit: boolean }>,
): void {
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
}

/** 碧溪街道枫岭社区, 石门村: a name word followed by a unit below the county. */
export function localUnits(
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

/** 湖北省宜昌市, 四川省凉山州西昌市: units written one after another are one place, named by the last. */
export function chains(found: Array<Candidate & { unit: boolean }>): Array<Candidate & { unit: boolean }> {
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

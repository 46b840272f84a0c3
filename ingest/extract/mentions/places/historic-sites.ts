// Historic sites, which are places: the words before a site's head (…办公旧址, …故居).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { CHINESE } from "../lexicon-matcher.js";

/** Heads of historic sites, which are places (…办公旧址, …故居). */
const SITE_HEADS = new Set(["旧址", "遗址", "故居", "纪念地", "遗迹"]);
const SITE_NAME_TAGS = new Set(["ns", "nt", "nz", "j", "x", "n", "m", "nr"]);

/** 中共东北局辽宁二地委办公旧址: a site named by the words before its head. */
export function historicSites(context: SentenceContext): Array<Candidate & { unit: boolean }> {
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

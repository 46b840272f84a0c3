// Places: administrative units, regions and countries from lexicons, chains (浙江省台州市), zones (湘江科学城), local units.

import type { Candidate, MentionExtractor } from "../../extraction-types.js";
import { adminNames, chains, localUnits, MAY_HAVE_LOCAL } from "./administrative-names.js";
import { historicSites } from "./historic-sites.js";
import { lexiconPlaces, selfReferences } from "./lexicon-places.js";
import { quotedSpans, WEAK, ZONE_BASE } from "./place-words.js";
import { taggedZoneBases, ZONE_HEAD, zones } from "./zones.js";
import { outermost, candidateSpan } from "../../spans.js";

/** The place extractor. */
export const placeExtractor: MentionExtractor = {
  type: "Place",
  extract(context) {
    const { text } = context;
    const inside = quotedSpans(text);
    const quoted = (start: number, end: number): boolean => inside.some(([s, e]) => s < end && start < e);
    const found: Array<Candidate & { unit: boolean }> = [];
    lexiconPlaces(context, quoted, found);
    selfReferences(context, found);
    adminNames(context, quoted, found);
    if (MAY_HAVE_LOCAL.test(text)) found.push(...localUnits(context, quoted));
    found.push(...historicSites(context));
    const mayHaveZone = ZONE_HEAD.test(text);
    if (mayHaveZone) found.push(...taggedZoneBases(context, quoted));
    const chained = chains(found);
    return outermostPlaces(
      (mayHaveZone ? zones(context, chained) : chained).filter(
        (candidate) => candidate.rule !== WEAK && candidate.rule !== ZONE_BASE,
      ),
    );
  },
};

/** Keeps the longest of nested places (浙江省台州市, not also 浙江省); the unit flag is dropped. */
function outermostPlaces(found: Candidate[]): Candidate[] {
  return outermost(found, candidateSpan).map(({ type, start, end, rule, priority, canonical }) => ({
    type,
    start,
    end,
    rule,
    priority,
    ...(canonical ? { canonical } : {}),
  }));
}

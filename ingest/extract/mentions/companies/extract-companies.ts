// Companies in news text: known firms and their short forms, a name stem before a legal or industry word
// (杉杉股份, 冀东水泥), and bare names that a company cue shows (小天鹅公告, 收购荣事达, 华为和中兴).

import type { Candidate, MentionExtractor, SentenceContext } from "../../extraction-types.js";
import { actingSubjects, enumeratedNames } from "./clause-names.js";
import { COMPANY_TALK, CUE_AFTER, CUE_BEFORE, JOINERS } from "./company-words.js";
import { coordinatedNames, cuedNames } from "./cued-names.js";
import { latinNames } from "./latin-names.js";
import { partnerNames } from "./partner-names.js";
import { lexiconNames } from "./lexicon-names.js";
import { countryPrefixedNames, regionalNames } from "./regional-names.js";
import { definedShortNames, stockNames, withoutStockMark } from "./stock-and-short-names.js";
import { suffixNames } from "./suffix-names.js";
import type { Found } from "./types.js";
import { outermost, candidateSpan } from "../../spans.js";

/** The company extractor: lexicon, stem + suffix, and cue-shown bare names, with ambiguous forms kept only in company talk. */
export const companyExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const found: Found = { sure: [], talk: [], local: [] };
    lexiconNames(context, found);
    suffixNames(context, found);
    cuedNames(context, found.sure);
    actingSubjects(context, found.sure);
    enumeratedNames(context, found.sure);
    stockNames(context, found.sure);
    if (found.sure.length > 0) coordinatedNames(context, found.sure);
    if (found.sure.length > 0) regionalNames(context, found.sure);
    if (found.sure.length > 0) countryPrefixedNames(context, found.sure);
    if (found.sure.length > 0) partnerNames(context, found.sure);
    definedShortNames(context, found);
    latinNames(context, found);
    const { sure } = found;
    // A firm of the lexicon, of a legal form or that announces makes the sentence one about firms, for names that are
    // names anywhere else (a lexicon's, a Latin one); a word before an industry word still needs company words.
    const strong = sure.some((c) => STRONG_RULES.has(c.rule));
    for (const candidate of found.talk)
      if (
        (strong && candidate.rule !== "company-industry-suffix" && candidate.rule !== "company-legal-suffix") ||
        talksOfCompanies(context.text, candidate)
      )
        sure.push(candidate);
    for (const candidate of found.local) if (locallyCued(context, candidate, sure)) sure.push(candidate);
    return dropInnerNames(sure.map((candidate) => withoutStockMark(context.text, candidate)));
  },
};

/** Rules whose firms are sure enough to show that a sentence speaks of firms. */
const STRONG_RULES = new Set([
  "company-lexicon",
  "company-legal-suffix",
  "company-registered-name",
  "company-defined-short",
  "company-announces",
  "company-stock-mark",
]);

/** Whether the sentence, outside the candidate itself, speaks of companies. */
function talksOfCompanies(text: string, candidate: Candidate): boolean {
  return COMPANY_TALK.test(text.slice(0, candidate.start)) || COMPANY_TALK.test(text.slice(candidate.end));
}

/** A cue right next to the name: 平安 公告, 收购 苹果, 华为 和 苹果. */
function locallyCued(context: SentenceContext, candidate: Candidate, sure: readonly Candidate[]): boolean {
  const { text, tokens, tokenAt } = context;
  if (CUE_AFTER.longestAt(text, candidate.end) !== undefined) return true;
  const before = tokens[tokenAt[candidate.start - 1] ?? -1];
  if (before && CUE_BEFORE.has(before.word)) return true;
  const after = tokens[tokenAt[candidate.end] ?? -1];
  for (const [join, at] of [
    [before, before ? before.start : -1],
    [after, after ? after.end : -1],
  ] as const) {
    if (join && JOINERS.has(join.word) && sure.some((c) => c.end === at || c.start === at)) return true;
  }
  return false;
}

/** A company name inside a longer company name (万科 in 万科企业集团) is part of it, not another mention. */
function dropInnerNames(found: readonly Candidate[]): Candidate[] {
  return outermost(found, candidateSpan);
}

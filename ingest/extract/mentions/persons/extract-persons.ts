// Persons: well-known names, names next to titles, in personnel lists and bylines, and names that act in news.

import type { Candidate, DocumentContext, MentionExtractor } from "../../extraction-types.js";
import { simplifiedName } from "../../lexicon/historical-persons.js";
import { dottedNames } from "./foreign-names.js";
import { knownNames } from "./known-names.js";
import { plainNames } from "./plain-names.js";
import { byline, titledNames } from "./titled-names.js";

/** Rules that take names with no title: their two-character names are not remembered for the rest of a document. */
const WEAK_RULES = new Set(["person-plain", "person-list", "person-seen", "person-foreign"]);
/** Names each document has already introduced: later bare mentions of them are persons too. */
const introduced = new WeakMap<DocumentContext, Set<string>>();

/** The person extractor. */
export const personExtractor: MentionExtractor = {
  type: "Person",
  extract(context) {
    const found: Candidate[] = [];
    knownNames(context, found);
    titledNames(context, found);
    dottedNames(context, found);
    const seen = introduced.get(context.document) ?? new Set<string>();
    plainNames(context, found, seen);
    byline(context, found);
    for (const candidate of found) {
      const name = context.text.slice(candidate.start, candidate.end);
      // A two-character name without a title (文明要求) is too often a word to be looked for everywhere after.
      if (name.length >= 3 || !WEAK_RULES.has(candidate.rule)) seen.add(candidate.canonical ?? name);
    }
    introduced.set(context.document, seen);
    return found.map((candidate) => {
      const surface = context.text.slice(candidate.start, candidate.end);
      const simple = simplifiedName(surface);
      return candidate.canonical || simple === surface ? candidate : { ...candidate, canonical: simple };
    });
  },
};

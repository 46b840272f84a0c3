// Persons everyone knows: well-known names, their honorific and space-padded forms, and names listed with them.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { KNOWN_PERSON_FORMS, KNOWN_PERSONS } from "../../lexicon/historical-persons.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { compileLexicon } from "../lexicon-matcher.js";
import { addListAfter } from "./name-lists.js";

/** Well-known names, their honorific forms and their space-padded forms (李 强 in aligned lists), each with the person. */
const KNOWN_NAMES = new Map<string, string>([
  ...KNOWN_PERSONS.map((name) => [name, name] as const),
  ...KNOWN_PERSONS.filter((name) => name.length === 2).map((name) => [`${name[0]} ${name[1]}`, name] as const),
  ...Object.entries(KNOWN_PERSON_FORMS),
]);
const KNOWN = compileLexicon(KNOWN_NAMES.keys());
/** Words a well-known name may be glued to by jieba (邓小平理论, 毛泽东思想). */
const KNOWN_NAME_SUFFIX = /^(?:理论|思想|同志|总书记|主席|总理|委员长|文选|著作)/u;

/** 周恩来, 邓小平理论 (the person inside), 周总理 (周恩来), 小平同志 (邓小平): persons everyone knows. */
export function knownNames(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const match of KNOWN.findAll(text)) {
    const start = match.index;
    let end = start + match.word.length;
    if (!isTokenBoundary(context, start) && /[\u4e00-\u9fff]/u.test(text[start - 1] ?? "")) continue;
    if (!isTokenBoundary(context, end) && !KNOWN_NAME_SUFFIX.test(text.slice(end))) continue;
    // 小平同志 names 小平; 周总理 is a name as a whole.
    if (match.word.endsWith("同志")) end -= 2;
    found.push({
      type: "Person",
      start,
      end,
      rule: "person-known",
      priority: 5,
      canonical: KNOWN_NAMES.get(match.word),
    });
    // 孔繁森、李四、王五: names listed with a well-known person are persons too.
    if (end === start + match.word.length) addListAfter(context, found, end);
  }
}

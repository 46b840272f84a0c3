// Places named from the lexicon (四川省, 西昌, 美国), and self-references to the document's own place (我市, 全省).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { respectsWords } from "../../sentence-context.js";
import { findNames, NAMES } from "./place-lexicon.js";
import { NAME_TAGS, UNIT_END, WEAK } from "./place-words.js";

/** Self-references to the document's own place (我国 is left out: annotations do not count it as naming 中国). */
const SELF = /我省|本省|全省|我市|本市|我县|本县|我区|本区/gu;
/** 中国 in 中国特色社会主义 and 中国式现代化 qualifies a doctrine, and starts the names of national bodies. */
const DOCTRINE_AFTER = /^(?:特色|式|共产党|人民政治协商会议|共产主义青年团)/u;
/** A place name after these is a nickname or a period (小上海, 新中国, 老北京), not the place. */
const NICKNAME_BEFORE = new Set(["小", "大", "新", "老"]);
/** A place followed by these is part of a facility's or a paper's name (通州院区, 湖南日报). */
const NAME_PART_AFTER = /^(?:院区|校区|分院|分校|分行|支行|日报|晚报)/u;

/** Lexicon names that stand as whole words outside quotes; a county's untagged short form only to head a chain. */
export function lexiconPlaces(
  context: SentenceContext,
  quoted: (start: number, end: number) => boolean,
  found: Array<Candidate & { unit: boolean }>,
): void {
  const { text } = context;
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
}

/** 我市, 全省: the document's own place, when the document says which. */
export function selfReferences(context: SentenceContext, found: Array<Candidate & { unit: boolean }>): void {
  const { text } = context;
  for (const match of /[我本全]/u.test(text) ? text.matchAll(SELF) : []) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const canonical = selfReference(match[0], context);
    if (canonical && respectsWords(context, start, end))
      found.push({ type: "Place", start, end, rule: "place-self-reference", priority: 2, canonical, unit: false });
  }
}

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

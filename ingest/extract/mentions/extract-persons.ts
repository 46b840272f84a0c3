// Persons: well-known names, names next to titles, in personnel lists and bylines, and names that act in news.

import type { Candidate, DocumentContext, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { soundsForeign } from "../lexicon/foreign-names.js";
import { KNOWN_PERSON_FORMS, KNOWN_PERSONS, simplifiedName } from "../lexicon/historical-persons.js";
import { surnameLength } from "../lexicon/surnames.js";
import {
  AFTER_NAME,
  PERSON_VERB_LEADS,
  PERSON_VERBS,
  PERSONNEL_VERBS,
  TITLES,
  TRAILING_TITLES,
} from "../lexicon/titles.js";
import { isTokenBoundary } from "../sentence-context.js";
import { compileLexicon } from "./lexicon-matcher.js";
import { givenNameFits, type NameContext, nameAt, nameBefore } from "./person-name-shape.js";

const TITLE = compileLexicon(TITLES);
const PERSONNEL = compileLexicon(PERSONNEL_VERBS);
const TRAILING = compileLexicon(TRAILING_TITLES);
const AFTER = compileLexicon(AFTER_NAME);
const VERB = compileLexicon(PERSON_VERBS);
const LEAD = compileLexicon(PERSON_VERB_LEADS);
/** Verbs of speech: what a foreign name must be followed by to be taken without a title (a place may also act). */
const SPEECH = compileLexicon(["表示", "说", "指出", "强调", "认为", "透露", "宣布", "告诉", "坦言", "回答"]);
/** Well-known names, their honorific forms and their space-padded forms (李 强 in aligned lists), each with the person. */
const KNOWN_NAMES = new Map<string, string>([
  ...KNOWN_PERSONS.map((name) => [name, name] as const),
  ...KNOWN_PERSONS.filter((name) => name.length === 2).map((name) => [`${name[0]} ${name[1]}`, name] as const),
  ...Object.entries(KNOWN_PERSON_FORMS),
]);
const KNOWN = compileLexicon(KNOWN_NAMES.keys());
/** Words a well-known name may be glued to by jieba (邓小平理论, 毛泽东思想). */
const KNOWN_NAME_SUFFIX = /^(?:理论|思想|同志|总书记|主席|总理|委员长|文选|著作)/u;
const LIST_SEPARATOR = /^[、，,和及与 ]$/u;
/** A foreign or minority name written with a middle dot (托尼·布莱尔, 阿依古丽·买买提). */
const DOT = "·";
/** Punctuation or a space: what may stand before a name that opens a clause. */
const CLAUSE_START = /[\s(（、，,：:；;。“"]/u;

/** Words after an opening name that are common after any subject (党领导的, 全国的): they need a post to follow. */
const WEAK_OPENING_CUES = new Set(["的", "为", "任", "等"]);
/** Tags of words jieba made of a title and a name it did not know (主任王/x): a name may start inside them. */
const UNKNOWN_TAGS = new Set(["x", "nr", "nrfg"]);
/** Tags of a two-character word that may be a name seen before (高峰 the noun is not 高峰 the person). */
const SEEN_TAGS = new Set(["nr", "nrfg", "nrt", "x", "nz", "t"]);
/** Rules that take names with no title: their two-character names are not remembered for the rest of a document. */
const WEAK_RULES = new Set(["person-plain", "person-list", "person-seen", "person-foreign"]);
/** Further names of a list: a separator and two or three characters, once or more. */
const NAME_LIST = /^(?:[、和与][\u4e00-\u9fff]{2,3})+/u;
/** Tags of transliterated names: known names, foreign names, unknown words. */
const FOREIGN_TAGS = new Set(["nr", "nrt", "x"]);
/** Names each document has already introduced: later bare mentions of them are persons too. */
const introduced = new WeakMap<DocumentContext, Set<string>>();

/** The person extractor. */
export const personExtractor: MentionExtractor = {
  type: "Person",
  extract(context) {
    const found: Candidate[] = [];
    knownNames(context, found);
    for (const match of TITLE.findAll(context.text)) {
      let end = match.index + match.word.length;
      // Bylines put a colon or spaces between a role and a name: 记者 张三, 责编：李四.
      while (/[\s:：]/u.test(context.text[end] ?? "") && end - match.index - match.word.length < 3) end++;
      if (!isTokenBoundary(context, end) && !UNKNOWN_TAGS.has(context.tokens[context.tokenAt[end] ?? -1]?.tag ?? ""))
        continue;
      // 美国总统艾森豪威尔: a long foreign name is not a surname and the start of a given name.
      if (foreignAfterTitle(context, found, end)) continue;
      const name = nameAt(context, end, "title");
      if (name) addWithList(context, found, end, name.length, "person-after-title", name.canonical);
    }
    for (const match of PERSONNEL.findAll(context.text)) {
      const end = match.index + match.word.length;
      const name = nameAt(context, end, "title");
      if (name && endsAtCue(context.text, end + name.length))
        addWithList(context, found, end, name.length, "person-personnel", name.canonical);
    }
    for (const match of TRAILING.findAll(context.text)) {
      const length = nameBefore(context, match.index);
      if (length)
        found.push({
          type: "Person",
          start: match.index - length,
          end: match.index,
          rule: "person-before-title",
          priority: 4,
        });
      else if (match.word === "同志") givenNamesBefore(context, found, match.index);
      else foreignBeforeTitle(context, found, match.index);
    }
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

/** 周恩来, 邓小平理论 (the person inside), 周总理 (周恩来), 小平同志 (邓小平): persons everyone knows. */
function knownNames(context: SentenceContext, found: Candidate[]): void {
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

/**
 * 晓岚、志刚同志: colleagues named by their given names alone before 同志, one unknown two-character word each,
 * listed from the start of a clause.
 */
function givenNamesBefore(context: SentenceContext, found: Candidate[], end: number): void {
  const names: Candidate[] = [];
  for (let index = context.tokenAt[end - 1] ?? -1; index >= 0; index -= 2) {
    const token = context.tokens[index];
    if (
      !token ||
      (token.tag !== "x" && token.tag !== "nr") ||
      token.word.length !== 2 ||
      !givenNameFits(token.word, "title")
    )
      return;
    names.push({
      type: "Person",
      start: token.start,
      end: token.end,
      rule: names.length ? "person-list" : "person-before-title",
      priority: 4,
    });
    const before = context.text[token.start - 1] ?? "";
    if (before === "、") continue;
    if (before === "" || CLAUSE_START.test(before)) found.push(...names);
    return;
  }
}

/**
 * 美国总统克林顿, 主席伏罗希洛夫: a foreign name that jieba knows or does not know, right after a title; two-character
 * ones only when jieba knows them as names (克林顿 yes, 王平 is Chinese).
 */
function foreignAfterTitle(context: SentenceContext, found: Candidate[], start: number): boolean {
  const first = context.tokenAt[start] ?? -1;
  if (context.tokens[first]?.start !== start) return false;
  // jieba may split a long transliteration (伏/v 罗希洛夫/nr): the name runs over every word of foreign syllables.
  let end = start;
  let named = false;
  for (let i = first; i < context.tokens.length; i++) {
    const token = context.tokens[i];
    if (!token || !soundsForeign(token.word) || token.end - start > 6) break;
    named ||= FOREIGN_TAGS.has(token.tag) && token.word.length >= 2;
    end = token.end;
  }
  const word = context.text.slice(start, end);
  if (!named || word.length < 3 || (word.length === 3 && surnameLength(word) > 0 && context.tokens[first]?.tag === "x"))
    return false;
  found.push({ type: "Person", start, end, rule: "person-foreign", priority: 4 });
  return true;
}

/** 克林顿总统, 尼赫鲁总理: a foreign name jieba knows, right before a title. */
function foreignBeforeTitle(context: SentenceContext, found: Candidate[], end: number): void {
  const token = context.tokens[context.tokenAt[end - 1] ?? -1];
  if (
    !token ||
    token.end !== end ||
    token.word.length < 3 ||
    !FOREIGN_TAGS.has(token.tag) ||
    !soundsForeign(token.word)
  )
    return;
  if (surnameLength(token.word) > 0 && token.tag === "x") return;
  found.push({ type: "Person", start: token.start, end, rule: "person-foreign", priority: 4 });
}

/** 托尼·布莱尔: transliterated syllables on both sides of a middle dot, cut where jieba's words begin and end. */
function dottedNames(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  // indexOf, not matchAll: most sentences have no dot, and a match iterator costs more than the search.
  for (let dot = text.indexOf(DOT); dot >= 0; dot = text.indexOf(DOT, dot + 1)) {
    let start = dot;
    while (start > 0 && start > dot - 6 && soundsForeign(text[start - 1] ?? "")) start--;
    let end = dot + 1;
    while (end < text.length && end < dot + 8 && (soundsForeign(text[end] ?? "") || text[end] === "·")) end++;
    while (start < dot && !isTokenBoundary(context, start))
      start = context.tokens[context.tokenAt[start] ?? -1]?.end ?? dot;
    while (end > dot + 1 && !isTokenBoundary(context, end))
      end = context.tokens[context.tokenAt[end] ?? -1]?.start ?? dot + 1;
    if (dot - start >= 1 && end - dot >= 2 && !found.some((c) => c.start <= start && c.end >= end)) {
      found.push({ type: "Person", start, end, rule: "person-foreign", priority: 4 });
    }
  }
}

/**
 * Names with no title (news: 张三说, 李四出任总裁, 据王五介绍): a common surname and given-name characters, cut by
 * jieba as a name, followed by what people do; or a name this document already introduced; or listed with a person.
 */
function plainNames(context: SentenceContext, found: Candidate[], seen: ReadonlySet<string>): void {
  const { text, tokens } = context;
  const pending: Candidate[] = [];
  for (const token of tokens) {
    if (seen.has(token.word) && (token.word.length >= 3 || SEEN_TAGS.has(token.tag))) {
      found.push({ type: "Person", start: token.start, end: token.end, rule: "person-seen", priority: 4 });
      continue;
    }
    const name = nameAt(context, token.start, "plain");
    if (!name) {
      if (
        token.tag === "nr" &&
        token.word.length >= 3 &&
        soundsForeign(token.word) &&
        SPEECH.longestAt(text, token.end) &&
        !/[去到在赴于从向]/u.test(text[token.start - 1] ?? "")
      ) {
        found.push({ type: "Person", start: token.start, end: token.end, rule: "person-foreign", priority: 3 });
      }
      continue;
    }
    const end = token.start + name.length;
    const candidate: Candidate = { type: "Person", start: token.start, end, rule: "person-plain", priority: 3 };
    if (seen.has(text.slice(token.start, end))) found.push({ ...candidate, rule: "person-seen", priority: 4 });
    else if (actsAfter(text, end) || actsAfterList(text, end)) found.push(candidate);
    else pending.push(candidate);
  }
  // 李军、谢小青均认为: a plausible name listed right next to a person is one too.
  const accepted = new Set<Candidate>();
  for (let changed = true; changed;) {
    changed = false;
    for (const candidate of pending) {
      if (accepted.has(candidate) || !found.some((other) => listedTogether(text, candidate, other))) continue;
      accepted.add(candidate);
      found.push({ ...candidate, rule: "person-list" });
      changed = true;
    }
  }
}

/** Two names with only a list separator between them. */
function listedTogether(text: string, a: Candidate, b: Candidate): boolean {
  if (b.type !== "Person") return false;
  const between = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : "";
  return between.length === 1 && /[、和与及]/u.test(between);
}

/** A person acts right after the name: a speech or office verb, a title (张三主任), or a lead to one (张三在会上说). */
function actsAfter(text: string, end: number): boolean {
  if (VERB.longestAt(text, end) || TRAILING.longestAt(text, end)) return true;
  const lead = LEAD.longestAt(text, end);
  if (!lead) return false;
  for (let i = end + lead.length; i < Math.min(text.length, end + lead.length + 12); i++) {
    if (/[，,。；;：:！？!?]/u.test(text[i] ?? "")) return false;
    if (VERB.longestAt(text, i)) return true;
  }
  return false;
}

/** 张建国、李秀英夫妇: the first of names listed together, whose list is followed by what people do. */
function actsAfterList(text: string, end: number): boolean {
  const list = NAME_LIST.exec(text.slice(end, end + 20));
  return list !== null && actsAfter(text, end + list[0].length);
}

/** What may follow a name in personnel and list contexts (辞去, 的, 、, end of sentence, a title, a verb). */
function endsAtCue(text: string, end: number): boolean {
  const rest = text.slice(end);
  return (
    rest.length === 0 ||
    LIST_SEPARATOR.test(rest[0] ?? "") ||
    /^[，。；：:)）\s]/u.test(rest) ||
    AFTER.longestAt(text, end) !== undefined ||
    TITLE.longestAt(text, end) !== undefined ||
    actsAfter(text, end)
  );
}

/** Adds a name and the names listed after it with 、 or spaces (副主席张三、李四、王五; 李 强 王沪宁). */
function addWithList(
  context: SentenceContext,
  found: Candidate[],
  start: number,
  length: number,
  rule: string,
  canonical?: string,
): void {
  found.push(withCanonical({ type: "Person", start, end: start + length, rule, priority: 4 }, canonical));
  addListAfter(context, found, start + length);
}

/** Adds the names listed with 、 or spaces after a person's name ending at `end`. */
function addListAfter(context: SentenceContext, found: Candidate[], end: number): void {
  let next = end;
  for (;;) {
    let gap = next;
    while (gap < context.text.length && gap - next < 4 && LIST_SEPARATOR.test(context.text[gap] ?? "")) gap++;
    if (gap === next || (gap - next > 1 && !/^ +$/u.test(context.text.slice(next, gap)))) break;
    const more = nameAt(context, gap, "title" satisfies NameContext);
    if (!more || !endsAtCue(context.text, gap + more.length)) break;
    found.push(
      withCanonical(
        { type: "Person", start: gap, end: gap + more.length, rule: "person-list", priority: 4 },
        more.canonical,
      ),
    );
    next = gap + more.length;
  }
}

/**
 * 工作报告 / 张恒军: a name alone on its line, as the signature of a report; or opening a line before the salutation
 * or a personnel phrase (张三各位委员, 免去： / 李四的…职务).
 */
function byline(context: SentenceContext, found: Candidate[]): void {
  const text = context.text.trim();
  const offset = context.text.indexOf(text);
  if (offset > 0 && !CLAUSE_START.test(context.text[offset - 1] ?? "")) return;
  const name = nameAt(context, offset, "title");
  if (!name) return;
  const end = offset + name.length;
  if (name.length === text.length) {
    found.push(
      withCanonical({ type: "Person", start: offset, end, rule: "person-byline", priority: 4 }, name.canonical),
    );
  } else if (openingCue(context.text, end)) {
    found.push(
      withCanonical({ type: "Person", start: offset, end, rule: "person-subject", priority: 4 }, name.canonical),
    );
  }
}

/** After a name opening a line: a salutation or personnel word (各位, 辞去, 同志); 的 or 为 only before a post (职务). */
function openingCue(text: string, end: number): boolean {
  const word = AFTER.longestAt(text, end);
  if (!word) return false;
  return !WEAK_OPENING_CUES.has(word) || /职务|职位/u.test(text.slice(end));
}

function withCanonical(candidate: Candidate, canonical: string | undefined): Candidate {
  return canonical ? { ...candidate, canonical } : candidate;
}

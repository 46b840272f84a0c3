// Organizations: national bodies from a lexicon, admin-prefixed organs (市委, 省政协) and name chunks ending in a head.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import type { Token } from "../jieba-tagger.js";
import { NATIONAL_BODIES } from "../lexicon/national-bodies.js";
import { ADMIN_ORGANS, ADMIN_PREFIXES, GENERIC_ALONE, LONG_HEADS, NOT_IN_NAME, NOT_ORGANIZATIONS, SHORT_HEADS } from "../lexicon/organization-heads.js";
import { respectsWords } from "../sentence-context.js";
import { CHINESE, compileLexicon, escapeRegExp } from "./lexicon-matcher.js";

const NATIONAL = compileLexicon(Object.keys(NATIONAL_BODIES));
/** 市委, 省政协, 县人大常委会, 我市政府...: every administrative prefix with every organ, matched in one pass. */
const ADMIN_ORGAN = compileLexicon(ADMIN_PREFIXES.flatMap((prefix) => ADMIN_ORGANS.flatMap((organ) => [prefix + organ, `我${prefix}${organ}`, `本${prefix}${organ}`])));
/** What makes 市委 the start of a longer word: 市委员会, 市委员, 省人大八届. */
const ORGAN_CONTINUES = /^(?:员|[一二三四五六七八九十]+届)/u;
const PARTY_LOCAL = /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:中央|(?:[\u4e00-\u9fff]{2,3})?(?:省|市|区|县|州)委|[\u4e00-\u9fff]{2,3}(?:省|市|区|县|州)?(?:委员会|支部|总支|基层委员会))/u;
const LONG_HEADS_BY_LENGTH = [...LONG_HEADS].sort((a, b) => b.length - a.length);
const SHORT_HEAD_SET = new Set(SHORT_HEADS);
const LONG_HEAD_SET = new Set(LONG_HEADS);
const MAX_HEAD = Math.max(...LONG_HEADS.map((h) => h.length));
/** Last characters of every head: most words end in none of them and are skipped at once. */
const HEAD_LAST_CHARS = new Set([...LONG_HEADS, ...SHORT_HEADS].map((h) => h[h.length - 1] as string));
/** Short heads of government offices, which jieba knows as ordinary nouns (科技厅, 公安局, 研究所). */
const GOVERNMENT_SHORT_HEADS = new Set(["局", "厅", "办", "委", "部", "所", "院", "处", "署", "报", "网"]);
/** Tags of words that can be part of a name before its head. */
const NAME_TAGS = new Set(["ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "x", "n", "b", "m", "an", "ng", "s", "zg"]);
/** Ordinals of sessions that belong inside a name (第八届, 八届). */
const ORDINAL = /^(?:第?[一二三四五六七八九十百零〇\d]+届|[一二三四五六七八九十])$/u;
/** Characters that start a clause word, never a name: an unknown word starting with one is cut after it (从省 科技厅). */
const FUNCTION_START = /^[从对每多在向把将为与和及各全地以于由被让给到就同跟使是也都还又再名受经]/u;
/** Adverbs that jieba sometimes tags as nouns (积极配合, 认真落实): never part of a name. */
const ADVERB_START = /^(?:积极|认真|充分|大力|全面|深入|努力|主动|切实|不断|进一步|持续)/u;
const MAX_NAME = 24;

/** The organization extractor: lexicon, admin-prefixed organs and head-noun chunks. */
export const organizationExtractor: MentionExtractor = {
  type: "Organization",
  extract(context) {
    const found: Candidate[] = [];
    for (const match of NATIONAL.findAll(context.text)) {
      const start = match.index;
      const local = PARTY_LOCAL.exec(context.text.slice(start));
      if (local) {
        // 民建吉林省委, 民盟长春市委, 民进中央: a democratic party's own committee, one body.
        found.push({ type: "Organization", start, end: start + local[0].length, rule: "org-party-committee", priority: 5 });
        continue;
      }
      const end = start + match.word.length;
      if (respectsWords(context, start, end)) found.push({ type: "Organization", start, end, rule: "org-lexicon", priority: 5, canonical: NATIONAL_BODIES[match.word] });
    }
    for (const match of ADMIN_ORGAN.findAll(context.text)) {
      const start = match.index;
      const end = start + match.word.length;
      if (ORGAN_CONTINUES.test(context.text.slice(end, end + 4))) continue;
      if ((respectsWords(context, start, end) || titleGlued(context, end)) && !/[全城各]/u.test(context.text[start - 1] ?? "")) {
        found.push({ type: "Organization", start, end, rule: "org-admin-organ", priority: 4 });
        const named = namedOrgan(context, start);
        if (named < start) found.push({ type: "Organization", start: named, end, rule: "org-admin-organ", priority: 4 });
      }
    }
    found.push(...headChunks(context));
    if (found.some((c) => ELLIPSIS_START.test(context.text.slice(c.end, c.end + 2)))) found.push(...ellipticalHeads(context, found));
    return found;
  },
};

/** 中共 辽源 市委: the start of an admin organ's name when a place (and 中共) is written before its prefix. */
function namedOrgan(context: SentenceContext, start: number): number {
  const place = context.tokens[context.tokenAt[start - 1] ?? -1];
  const isPlace = place !== undefined && (place.tag === "ns" || (place.tag === "n" && place.word.length >= 3 && /[省市县区州]$/u.test(place.word)));
  if (!place || !isPlace) return start;
  if (place.end !== start) return place.end === start + 1 && place.start < start - 1 ? place.start : start;
  const party = context.tokens[context.tokenAt[place.start - 1] ?? -1];
  return party && party.end === place.start && (party.word === "中共" || party.word === "中国共产党") ? party.start : place.start;
}

const TITLE_AFTER = /^(?:书记|副书记|常委|委员|主任|副主任|主席|副主席|秘书长|书记员|部长|副部长)/u;

/** 县委书记 is one word to jieba: the organ ends inside it, right before a title. */
function titleGlued(context: SentenceContext, end: number): boolean {
  const title = TITLE_AFTER.exec(context.text.slice(end))?.[0];
  if (!title) return false;
  const token = context.tokens[context.tokenAt[end] ?? -1];
  return token !== undefined && token.end === end + title.length;
}

/** Name chunks: a head word and the name-like words before it (长春 中医药大学 药学院; 市 金融 办). */
function headChunks(context: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!HEAD_LAST_CHARS.has(token.word[token.word.length - 1] ?? "")) continue;
    const head = headOf(token);
    if (!head) continue;
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const left = tokens[j] as Token;
      if (!canPrecedeHead(left) || token.end - left.start > MAX_NAME) break;
      // 中共X市委市政府, 市政府市政协: a whole body before an admin prefix is another body, not part of this name.
      if (headOf(left) !== undefined && /^[省市县区州]/u.test((tokens[first] as Token).word)) break;
      // 政府和法院: a coordination of two bodies, not one name.
      if (left.word === "和" && (headOf(tokens[j + 1] as Token) !== undefined || !["n", "vn"].includes(tokens[j - 1]?.tag ?? ""))) break;
      first = j;
    }
    // The name starts with a name word, not with a joining word, an adjective or a verb.
    while (first < i && (JOINING_WORDS.has((tokens[first] as Token).word) || INNER_TAGS.has((tokens[first] as Token).tag))) first++;
    // Drop ordinals and single admin characters left dangling at the front (届 …) and keep the name itself.
    while (first < i && ORDINAL.test((tokens[first] as Token).word)) first++;
    let start = (tokens[first] as Token).start;
    const opening = tokens[first] as Token;
    // An unknown word that starts with a function character is not part of the name (每名, 对标), except an
    // admin prefix glued to it (从省 科技厅 -> 省科技厅).
    if (first < i && opening.tag === "x" && FUNCTION_START.test(opening.word)) {
      const rest = opening.word.slice(1);
      start = ADMIN_PREFIXES.includes(rest) || (rest.length >= 2 && /[省市县区州]$/u.test(rest)) ? opening.start + 1 : opening.end;
    }
    if (first < i && GENERIC_ALONE.has(head) && token.word === head && !hasNameWord(tokens, first, i, start)) continue;
    // A common noun ending in an office head (科技厅, 战略部署) is a body only after a place or an admin prefix.
    if (head.length === 1 && token.tag === "n" && token.word.length >= 3 && !hasNameWord(tokens, first, i, start)) continue;
    if (insideQuotes(context.text, start, token.end)) continue;
    const surface = context.text.slice(start, token.end);
    if (surface.length <= head.length && (GENERIC_ALONE.has(surface) || head.length === 1)) continue;
    if (surface.length < 2 || NOT_ORGANIZATIONS.has(surface) || /^[一二三四五六七八九十百\d第届]+/u.test(surface)) continue;
    found.push({ type: "Organization", start, end: token.end, rule: "org-head-chunk", priority: 3 });
    // A head word holding another head (人民代表大会|常务委员会): the name up to the inner head is a body too.
    const inner = innerHead(token.word, head);
    if (inner > 0 && start < token.start) found.push({ type: "Organization", start, end: token.start + inner, rule: "org-inner-head", priority: 3 });
  }
  return found;
}

/** The head an organization name ends with, when this word can end one. */
function headOf(token: Token): string | undefined {
  if (!CHINESE.test(token.word) || NOT_ORGANIZATIONS.has(token.word)) return undefined;
  if (token.tag === "v" && token.word.length > 1) return undefined;
  const word = token.word;
  if (!HEAD_LAST_CHARS.has(word[word.length - 1] ?? "")) return undefined;
  for (let length = Math.min(MAX_HEAD, word.length); length >= 2; length--) {
    const suffix = word.slice(word.length - length);
    if (LONG_HEAD_SET.has(suffix)) return suffix;
  }
  const last = token.word.slice(-1);
  if (!SHORT_HEAD_SET.has(last) || NOT_ORGANIZATIONS.has(token.word.slice(-2))) return undefined;
  if (token.tag === "x" && FUNCTION_START.test(token.word)) return undefined;
  // A lone 站/社/团 tagged as a verb is the verb (站在…高度); 办 is the exception jieba mis-tags (市金融办).
  if (token.word.length === 1 && token.tag === "v" && last !== "办") return undefined;
  if (token.word.length === 1 || token.tag === "nt" || token.tag === "x" || token.tag === "j") return last;
  if (token.tag === "n" && token.word.length >= 3 && GOVERNMENT_SHORT_HEADS.has(last)) return last;
  return undefined;
}

/** A generic head (政协, 党组, 政府) needs a real name before it: a place, an abbreviation, an unknown word. */
function hasNameWord(tokens: readonly Token[], first: number, head: number, start: number): boolean {
  for (let j = first; j < head; j++) {
    const token = tokens[j] as Token;
    if (token.end <= start) continue;
    if (["ns", "nt", "j", "x", "nz", "nr", "nrt", "nrfg"].includes(token.tag) || ADMIN_PREFIXES.includes(token.word)) return true;
    if (token.tag === "n" && token.word.length >= 3) return true;
  }
  return false;
}

/**
 * Bodies are not quoted; a quoted name with a body's head (“书香政协”) is a campaign or a slogan, and a head inside
 * a title (《…人民代表大会和地方各级人民政府组织法》) is part of the title.
 */
function insideQuotes(text: string, start: number, end: number): boolean {
  for (const [open, close] of [["“", "”"], ["《", "》"]] as const) {
    const at = text.lastIndexOf(open, start);
    if (at >= 0 && text.lastIndexOf(close, start) < at && text.indexOf(close, end) >= end) return true;
  }
  return false;
}

/** Where a head inside a head word ends (人民代表大会|常务委员会 -> 6), or 0. */
function innerHead(word: string, head: string): number {
  if (word.length < head.length + 2) return 0;
  for (const inner of LONG_HEADS_BY_LENGTH) {
    const at = inner.length >= 2 && inner !== head ? word.indexOf(inner) : -1;
    if (at >= 0 && at + inner.length <= word.length - 2) return at + inner.length;
  }
  return 0;
}

/** Words that join parts of an official name (某医科大学附属第一医院, 吉林省驻北京办事处, 发展和改革委员会). */
const JOINING_WORDS = new Set(["附属", "驻", "和"]);
/** Tags allowed inside a name but never at its start (卫生健康委员会: 健康 is an adjective). */
const INNER_TAGS = new Set(["a", "vn"]);

/** Whether a word can stand in a name before its head. */
function canPrecedeHead(token: Token): boolean {
  if (!CHINESE.test(token.word) || NOT_IN_NAME.has(token.word) || /[员]$/u.test(token.word) || ADVERB_START.test(token.word)) return false;
  if (token.tag === "x" && token.word.length > 3) return false;
  if (JOINING_WORDS.has(token.word) || (INNER_TAGS.has(token.tag) && token.word.length >= 2 && token.word.length <= 3)) return true;
  if (token.tag === "m") return ORDINAL.test(token.word);
  return NAME_TAGS.has(token.tag) || ADMIN_PREFIXES.includes(token.word);
}

const ELLIPSIS_START = /^(?:及其|和|及|、)/u;
const ELLIPSIS = new RegExp(`(及其|和|及|、)(${LONG_HEADS_BY_LENGTH.filter((h) => GENERIC_ALONE.has(h) || h.length >= 2).map(escapeRegExp).join("|")})(?![\u4e00-\u9fff]{0,1}(?:员|成员))`, "gu");

/**
 * Heads standing for a whole name by ellipsis: 市政协及其常委会 (the CPPCC's standing committee), 机关党委和纪委.
 * The canonical name borrows the body before them.
 */
function ellipticalHeads(context: SentenceContext, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const match of context.text.matchAll(ELLIPSIS)) {
    const joiner = match[1] ?? "";
    const head = match[2] ?? "";
    const start = (match.index ?? 0) + joiner.length;
    const end = start + head.length;
    if (!respectsWords(context, start, end)) continue;
    const before = found.filter((c) => c.end === match.index).sort((a, b) => a.start - b.start)[0];
    if (!before) continue;
    const name = context.text.slice(before.start, before.end);
    const base = joiner === "及其" ? name : stripHead(name);
    if (base === undefined || base.length === 0) continue;
    out.push({ type: "Organization", start, end, rule: joiner === "及其" ? "org-part-ellipsis" : "org-coordinated-ellipsis", priority: 3, canonical: base + head });
  }
  return out;
}

/** The name without its head (政协机关党委 -> 政协机关). */
function stripHead(name: string): string | undefined {
  for (const head of LONG_HEADS_BY_LENGTH) if (name.endsWith(head) && name.length > head.length) return name.slice(0, -head.length);
  return undefined;
}

// Bare company names that a cue shows: a word next to them (小天鹅公告, 收购荣事达) or a firm they are listed with (华为和中兴).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { NOT_FIRM_STEM, PERSON_TITLE_CUES } from "../../lexicon/companies/company-name-words.js";
import { NOT_IN_NAME } from "../../lexicon/organization-heads.js";
import { surnameLength } from "../../lexicon/surnames.js";
import {
  COMPANY_TALK,
  CUE_AFTER,
  CUE_BEFORE,
  JOINERS,
  MEMO_LIMIT,
  PLACES,
  PUNCTUATION,
  endsClause,
  isGeneric,
  personClique,
} from "./company-words.js";

/** Bare names shown by a cue: 小天鹅 公告, 万科 旗下, 收购 荣事达. */
export function cuedNames(context: SentenceContext, sure: Candidate[]): void {
  const { tokens, text } = context;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // Each test first asks whether its bare name's tag can be one at all: most words are ordinary ones.
    const cue =
      i > 0 && BARE_TAGS.has((tokens[i - 1] as Token).tag) ? CUE_AFTER.longestAt(text, token.start) : undefined;
    if (
      cue !== undefined &&
      isBareName(tokens[i - 1] as Token, !PERSON_TITLE_CUES.has(cue)) &&
      !(cue === "集团" && personClique(tokens, i - 1, i) && !COMPANY_TALK.test(text.replace(cue, "")))
    ) {
      const name = tokens[i - 1] as Token;
      sure.push({ type: "Organization", start: name.start, end: name.end, rule: "company-cue-after", priority: 3 });
    }
    const next = tokens[i + 1];
    if (
      next &&
      BARE_TAGS.has(next.tag) &&
      (CUE_BEFORE.has(token.word) || (CLASS_BEFORE.has(token.word) && endsClause(tokens[i + 2]))) &&
      isBareName(next, false)
    ) {
      sure.push({ type: "Organization", start: next.start, end: next.end, rule: "company-cue-before", priority: 3 });
    }
    if (
      AFTER_NAME_FIRST[text.charCodeAt(token.end)] === 1 &&
      isBareName(token, false) &&
      !startsWithSurname(token) &&
      (ACTS_AFTER.test(text.slice(token.end, token.end + 6)) || STAKE_AFTER.test(text.slice(token.end, token.end + 16)))
    ) {
      sure.push({ type: "Organization", start: token.start, end: token.end, rule: "company-act", priority: 3 });
    }
  }
}

/** Tags a bare company name can carry: unknown words, other proper names, Latin words, personal names. */
const BARE_TAGS = new Set(["x", "nz", "eng", "nr", "nrt", "nrfg"]);

/**
 * Class nouns written right before a firm's bare name (美国院线AMC, 全资子公司融发). Not 企业: reports write it before what
 * firms do or have (企业营收, 企业做强, 企业孵化器).
 */
const CLASS_BEFORE = new Set([
  "民企",
  "国企",
  "央企",
  "公司",
  "子公司",
  "集团",
  "旗下",
  "院线",
  "券商",
  "酒店",
  "巨头",
  "厂商",
  "运营商",
  "供应商",
  "开发商",
  "零售商",
  "经销商",
  "电商",
  "车企",
  "房企",
  "药企",
  "险企",
]);
/** What only a firm does after its name, maybe after a time word: 小天鹅今日公告, 西单商场公布了…方案. */
const ACTS_AFTER =
  /^(?:今日|昨日|近日|日前|昨天|今天|此前|随后|当日|同日|也|则|已|正式|再度|同时)?(?:发布公告|发出公告|公告|停牌|复牌|增发|公布了|披露|宣布)/u;
/** A stake in a firm: 快乐阳光 30%股权, 芒果互娱<N>%的股份. */
const STAKE_AFTER = /^(?:[\d.<N>]+%|[\d.<N>]+万股)(?:的)?(?:股权|股份)/u;

/** By character code, 1 for a character that can open ACTS_AFTER or STAKE_AFTER: most words are followed by none. */
const AFTER_NAME_FIRST = new Uint8Array(0x10000);
for (const char of "今昨近日此随当同也则已正再发公停复增披宣0123456789.<N>") AFTER_NAME_FIRST[char.charCodeAt(0)] = 1;

/** An unknown word of 2-3 characters that starts with a surname is more likely a person (张勇宣布). */
function startsWithSurname(token: Token): boolean {
  return token.tag !== "eng" && token.word.length <= 3 && surnameLength(token.word) > 0;
}

/** A word that can be a company's bare name: an unknown word or a proper name, not a place, a person or a class. */
function isBareName(token: Token, personOk: boolean): boolean {
  // jieba tags punctuation x as well: a single character is rejected before any look-up.
  if (!BARE_TAGS.has(token.tag) || token.word.length < 2) return false;
  const shape = bareShapeMemo.get(token.word) ?? bareShapeOf(token.word);
  if (shape === NEVER_BARE) return false;
  // A Latin word is a firm's name when capitalized (Netflix, AMC), not a unit or a product line (iPhone, kg).
  if (shape === LATIN_BARE) return token.tag === "eng";
  if (token.tag === "x" || token.tag === "nz" || token.tag === "eng") return true;
  if (token.tag === "nr" || token.tag === "nrt" || token.tag === "nrfg")
    return personOk || surnameLength(token.word) === 0;
  return false;
}

/**
 * What a word of two characters or more can be as a bare name, whatever its tag: never one (too long, a place, a class
 * word, of other characters, or Latin not capitalized); a capitalized Latin word (a name when tagged eng); or Chinese
 * characters, maybe with Latin letters (a name by its tag).
 */
type BareShape = typeof NEVER_BARE | typeof LATIN_BARE | typeof HAN_BARE;
const NEVER_BARE = 0;
const LATIN_BARE = 1;
const HAN_BARE = 2;

/** Shapes by word: the words that reach the bare-name test are few and repeat (punctuation runs, unknown words). */
const bareShapeMemo = new Map<string, BareShape>();

function bareShapeOf(word: string): BareShape {
  const latin = /^[A-Za-z]+$/u.test(word);
  let shape: BareShape = HAN_BARE;
  if (
    word.length > (latin ? 20 : 5) ||
    PLACES.has(word) ||
    isGeneric(word) ||
    NOT_IN_NAME.has(word) ||
    NOT_FIRM_STEM.test(word)
  )
    shape = NEVER_BARE;
  else if (latin) shape = /^[A-Z]/u.test(word) ? LATIN_BARE : NEVER_BARE;
  else if (!/^[\u4e00-\u9fffA-Za-z]+$/u.test(word)) shape = NEVER_BARE;
  if (bareShapeMemo.size < MEMO_LIMIT) bareShapeMemo.set(word, shape);
  return shape;
}

/** A bare name joined to a company (华为和中兴, 申银万国、国泰君安) is a company too. */
export function coordinatedNames(context: SentenceContext, sure: Candidate[]): void {
  const { tokens } = context;
  const known = [...sure];
  for (const company of known) {
    const before = context.tokenAt[company.start - 1] ?? -1;
    const after = context.tokenAt[company.end] ?? -1;
    // 华为 和昊霖: jieba glued the joining word to an unknown name after it.
    const glued = tokens[after];
    if (
      glued &&
      glued.tag === "x" &&
      glued.start === company.end &&
      glued.word.length >= 3 &&
      glued.word.length <= 5 &&
      /^[和与及、]/u.test(glued.word) &&
      endsClause(tokens[after + 1])
    ) {
      sure.push({
        type: "Organization",
        start: glued.start + 1,
        end: glued.end,
        rule: "company-coordinated",
        priority: 3,
      });
    }
    for (const [joiner, other] of [
      [before, before - 1],
      [after, after + 1],
    ] as const) {
      const join = tokens[joiner];
      const name = tokens[other];
      if (
        !join ||
        !name ||
        !JOINERS.has(join.word) ||
        !isBareName(name, false) ||
        name.tag === "nr" ||
        name.tag === "nrfg"
      )
        continue;
      // The name ends where the coordination ends: 中兴 , / 中兴 等 / 中兴 的, not inside a longer phrase.
      const beyond = tokens[other === joiner - 1 ? other - 1 : other + 1];
      if (
        beyond &&
        !PUNCTUATION.test(beyond.word) &&
        !["c", "p", "u", "uj", "v"].includes(beyond.tag) &&
        !JOINERS.has(beyond.word)
      )
        continue;
      if (!sure.some((c) => c.start === name.start && c.end === name.end))
        sure.push({ type: "Organization", start: name.start, end: name.end, rule: "company-coordinated", priority: 3 });
    }
  }
}

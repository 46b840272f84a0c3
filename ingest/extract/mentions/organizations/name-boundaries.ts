// Where an organization's name starts: the name-like words before its head, extended left across joining words.

import type { Token } from "../../jieba-tagger.js";
import { NOT_IN_NAME } from "../../lexicon/organization-heads.js";
import { simplify } from "../../lexicon/traditional-chars.js";
import { CHINESE } from "../lexicon-matcher.js";
import { OFFICE_HEADS, headOf } from "./head-words.js";
import {
  ADVERB_START,
  KNOWN_BODIES,
  NAME_TAGS,
  NUMBERED,
  ORDINAL,
  VERB_TAGS,
  isAdminPrefix,
} from "./organization-words.js";

const MAX_NAME = 24;

/** The first token of the name ending at token `i`: name words to the left, across verbs only up to a place. */
export function extendLeft(tokens: readonly Token[], i: number): number {
  const token = tokens[i] as Token;
  // A known body (中国共产党, 人民军队) takes only a place before it (驻桂人民解放军 stays 人民解放军; 庆祝 is no part).
  const known = KNOWN_BODIES[token.word] !== undefined || PARTY_WORD.test(token.word);
  let first = i;
  let bridge = -1;
  for (let j = i - 1; j >= 0; j--) {
    const left = tokens[j] as Token;
    if (token.end - left.start > MAX_NAME) break;
    if (known && left.tag !== "ns" && !isAdminPrefix(left.word)) break;
    if (!canPrecedeHead(left)) {
      // 上海 国际 再保险 登记 交易中心: a verb inside a name is crossed only when a place starts the name.
      if (
        !BRIDGE_TAGS.has(left.tag) ||
        left.word.length < 2 ||
        !CHINESE.test(left.word) ||
        NOT_IN_NAME.has(left.word) ||
        ADVERB_START.test(left.word)
      )
        break;
      // 美国 纠集 东南亚条约集团: a place after the verb starts the name there.
      if (placeBetween(tokens, j + 1, i)) break;
      if (bridge < 0) bridge = first;
      continue;
    }
    // 中共X市委市政府, 市政府市政协: a whole body before an admin prefix is another body, not part of this name.
    if (headOf(left) !== undefined && /^[省市县区州]/u.test((tokens[first] as Token).word)) break;
    // 高水平 规划 东山医院: a verb before a place ends the clause the name is in.
    if (VERB_TAGS.has(left.tag) && !JOINING_WORDS.has(left.word) && tokens[j + 1]?.tag === "ns") break;
    // 宁波某大学 建设 世界一流大学: a body followed by a verb is the subject of a clause, not part of a name.
    if (headOf(left) !== undefined && VERB_TAGS.has(tokens[j + 1]?.tag ?? "")) break;
    // 政府和法院, 规定和呼伦贝尔市委, 龙头企业和专业合作社: two things; 和 joins the parts of an office's name only
    // (发展和改革委员会, 人力资源和社会保障局).
    if (
      left.word === "和" &&
      (!OFFICE_HEADS.has(headOf(token) ?? "") ||
        headOf(tokens[j + 1] as Token) !== undefined ||
        (j > 0 && headOf(tokens[j - 1] as Token) !== undefined) ||
        tokens[j + 1]?.tag === "ns" ||
        !["n", "vn"].includes(tokens[j - 1]?.tag ?? ""))
    )
      break;
    first = j;
    if (bridge >= 0 && left.tag === "ns") bridge = -1;
  }
  return bridge >= 0 ? bridge : first;
}

/** Whether a place word stands among tokens from..to-1 (a loop, not a slice and a closure per word crossed). */
function placeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).tag === "ns") return true;
  return false;
}

/** A party's own word (共产党, 劳动党): a country before it names the party, anything else is apposition (先锋队 共产党). */
const PARTY_WORD = /^[\u4e00-\u9fff]{2,3}党$/u;

/** Tags of words crossed inside a name that a place starts (登记, 再保险). */
const BRIDGE_TAGS = new Set(["v", "l"]);

/** Roles written right before a body's name (股东南京港务局, 收购人X集团): the name starts after them. */
const ROLE_BEFORE_NAME = new Set([
  "股东",
  "大股东",
  "控股股东",
  "收购人",
  "收购方",
  "发行人",
  "受让方",
  "转让方",
  "一致行动人",
  "旗下",
  "下属",
  "子公司",
  "母公司",
]);
/** A news dateline (本报讯, 商报讯) ends before the first name of the story. */
const DATELINE = /^[\u4e00-\u9fff]{0,3}[报社网台]讯$/u;

/** Words that join parts of an official name (某医科大学附属第一医院, 吉林省驻北京办事处, 发展和改革委员会). */
export const JOINING_WORDS = new Set(["附属", "驻", "和"]);
/** Tags allowed inside a name but never at its start (卫生健康委员会: 健康 is an adjective). */
export const INNER_TAGS = new Set(["a", "vn"]);

/** Whether a word can stand in a name before its head. */
function canPrecedeHead(token: Token): boolean {
  if (
    !CHINESE.test(token.word) ||
    NOT_IN_NAME.has(simplify(token.word)) ||
    /[员]$/u.test(token.word) ||
    ADVERB_START.test(token.word)
  )
    return false;
  if (ROLE_BEFORE_NAME.has(token.word) || DATELINE.test(token.word)) return false;
  if (token.tag === "x" && (token.word.length > 3 || /[和与及的是了在着过等]/u.test(token.word))) return false;
  if (JOINING_WORDS.has(token.word) || (INNER_TAGS.has(token.tag) && token.word.length >= 2 && token.word.length <= 3))
    return true;
  if (token.tag === "m") return ORDINAL.test(token.word) || NUMBERED.test(token.word);
  return NAME_TAGS.has(token.tag) || isAdminPrefix(token.word);
}

/** Tags of words that never start a name: verbs, prepositions, adverbs, conjunctions, particles, pronouns, measure words. */
const NOT_FIRST_TAGS = new Set([
  "v",
  "vd",
  "p",
  "d",
  "ad",
  "c",
  "u",
  "uj",
  "ul",
  "uz",
  "uv",
  "ud",
  "ug",
  "r",
  "q",
  "f",
]);
/** Verbs and adverbs that jieba tags as nouns (锚定, 严格控制, 全力支持, 力争, 直指): never the first word of a name. */
const NOT_FIRST_WORD =
  /^(?:[指经请按据让派只]$|部分|所有|若干|一些|这些|各类|各种|其他|其它|改扩建|高标准|高质量|高起点|做强|做大|做优|打造|提升|严格|严肃|全力|继续|进一步|统筹|力争|着力|坚决|加快|加大|加强|锚定|杜绝|直指|印发|分类|高水平|新一轮|规范|规划|依法|行政区$|逐步|稳步|尽快|重新|大力|积极|认真|充分|全面|深入|努力|主动|切实|不断|持续)/u;

/** Whether a word can be the first of a name (a place, an abbreviation or a modifier, not a verb or an adverb). */
export function startsName(token: Token): boolean {
  // 改扩建 (tagged as an abbreviation) and 行政区 start no name whatever their tags.
  if (NOT_FIRST_WORD.test(simplify(token.word))) return false;
  if (["ns", "nt", "j"].includes(token.tag)) return true;
  return !NOT_FIRST_TAGS.has(token.tag) && !NOT_FIRST_WORD.test(simplify(token.word));
}

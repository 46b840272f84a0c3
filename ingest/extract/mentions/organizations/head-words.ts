// Which words end an organization's name: the heads (大学, 委员会, 局), and when a head is a function word instead (所, 办, 处).

import type { Token } from "../../jieba-tagger.js";
import { LONG_HEADS, NOT_ORGANIZATIONS, SHORT_HEADS } from "../../lexicon/organization-heads.js";
import { hasTraditional, simplify } from "../../lexicon/traditional-chars.js";
import { CHINESE } from "../lexicon-matcher.js";
import { FUNCTION_START, VERB_TAGS, isAdminPrefix } from "./organization-words.js";

export const LONG_HEADS_BY_LENGTH = [...LONG_HEADS].sort((a, b) => b.length - a.length);
const SHORT_HEAD_SET = new Set(SHORT_HEADS);
const LONG_HEAD_SET = new Set(LONG_HEADS);
const MAX_HEAD = Math.max(...LONG_HEADS.map((h) => h.length));
/** Last characters of the long heads: a word ending in none of them is tried against the short heads alone. */
const LONG_HEAD_LAST_CHARS = new Set(LONG_HEADS.map((h) => h.charCodeAt(h.length - 1)));
/** Last characters of every head (as codes: a CJK character taken out of a string is a new string each time). Most words end in none of them and are skipped at once. */
export const HEAD_LAST_CHARS = new Set([...LONG_HEADS, ...SHORT_HEADS].map((h) => h.charCodeAt(h.length - 1)));
/** Short heads of government offices, which jieba knows as ordinary nouns (科技厅, 公安局, 研究所). */
const GOVERNMENT_SHORT_HEADS = new Set(["局", "厅", "办", "委", "部", "所", "院", "处", "署", "报", "网"]);

const RANKING = /^(?:排名|排行)/u;

/** Heads of government offices, named by their function (农业农村委, 商务局, 金融办). */
export const OFFICE_HEADS = new Set([
  "委",
  "局",
  "厅",
  "办",
  "部",
  "署",
  "处",
  "委员会",
  "办公室",
  "管理局",
  "总局",
  "公安局",
  "财政局",
  "教育局",
]);

/**
 * A head that is a function word here: 所 of 为旧中国所望尘莫及 (tagged as a conjunction), 办 of 用更少的钱办更多的事
 * (a verb with an object), 处 of 党所处的环境.
 */
export function headInContext(tokens: readonly Token[], i: number, head: string): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (head === "所" && !instituteSuo(tokens, i)) return false;
  // 铁道部|门: jieba cut 部门 (departments, a class) after a ministry's name.
  if (token.word.endsWith("部") && next?.word.startsWith("门") === true) return false;
  // 中国大学排名, 世界大学学术排名: a ranking's name, not a body.
  if (RANKING.test(next?.word ?? "") || RANKING.test(tokens[i + 2]?.word ?? "")) return false;
  // A venue (冰壶馆, 主场馆) or a plant (水电站) is a facility; a museum or a gallery that is a body is one word to jieba.
  if ((head === "馆" && token.tag !== "nt") || (head === "站" && /[电水]站$/u.test(simplify(token.word)))) return false;
  if (head === "网" && NETWORK.test(token.word)) return false;
  // 事情办, 资金办, 跨域通办: 办 is the verb "handle" unless an office's name is before it (市 金融 办, 市工|信办).
  if (head === "办" && (token.tag === "v" || token.tag === "x") && !officeBefore(tokens, i)) return false;
  // 管党, 永葆党, 搞团: a verb with 党 or 团 as its object; a party's or a troupe's name is a word jieba knows.
  if ((head === "党" || head === "团") && token.tag === "x") return false;
  // 所 between a subject and its verb (中国所望尘莫及) is a particle; an institute's 所 ends a phrase (应化所等).
  // After an unknown abbreviation it is the institute's (长春 应化 所 给予支持).
  if (
    token.word.length === 1 &&
    !["n", "nt", "j", "x", "zg", "v", "ng"].includes(token.tag) &&
    !unknownWord(tokens[i - 1]) &&
    !(next === undefined || !CHINESE.test(next.word) || ["u", "uj", "c"].includes(next.tag))
  )
    return false;
  if (token.word === "办" && token.tag === "v" && next !== undefined && /^(?:n|v|vn|m|a|d|nr|ns|nz|r)$/u.test(next.tag))
    return false;
  if (
    head.length === 1 &&
    token.word.length === 1 &&
    /^[所处]$/u.test(head) &&
    !unknownWord(tokens[i - 1]) &&
    next !== undefined &&
    VERB_TAGS.has(next.tag)
  )
    return false;
  // A two-character unknown word ends a name only as the tail of a split one (市工|信局), not alone (政社, 府院).
  if (
    token.tag === "x" &&
    token.word.length === 2 &&
    !unknownWord(tokens[i - 1]) &&
    !isAdminPrefix(tokens[i - 1]?.word ?? "")
  )
    return false;
  // A network (算力网, 气网) is a facility; a news site has a proper name before 网 (人民网, 新华网).
  if (head === "网" && !["nt", "nz", "j"].includes(tokens[i - 1]?.tag ?? "") && token.word.length < 3) return false;
  // 党 alone closes a party's name only after a proper name (外国 共产党 is one word; 农村 党, 用党 are not names).
  if (head === "党" && token.word.length === 1 && !["ns", "nz", "j"].includes(tokens[i - 1]?.tag ?? "")) return false;
  return true;
}

/** The head an organization name ends with, when this word can end one. */
export function headOf(token: Token): string | undefined {
  const word = token.word;
  // The cheap tests first: most words end in no head's character.
  if (!HEAD_LAST_CHARS.has(word.charCodeAt(word.length - 1))) return undefined;
  if (token.tag === "v" && word.length > 1) return undefined;
  if (!CHINESE.test(word) || NOT_ORGANIZATIONS.has(simplify(word))) return undefined;
  if (LONG_HEAD_LAST_CHARS.has(word.charCodeAt(word.length - 1)))
    for (let length = Math.min(MAX_HEAD, word.length); length >= 2; length--) {
      const suffix = word.slice(word.length - length);
      if (LONG_HEAD_SET.has(suffix)) return suffix;
    }
  const last = token.word.slice(-1);
  if (!SHORT_HEAD_SET.has(last) || NOT_ORGANIZATIONS.has(simplify(token.word.slice(-2)))) return undefined;
  // An unknown word is a name only when long enough and free of function characters (但党, 政社, 党所处).
  if (
    token.tag === "x" &&
    (FUNCTION_START.test(token.word) || /[所的是了在被把和与及]/u.test(word.slice(0, -1)) || word.length < 2)
  )
    return undefined;
  // A lone 站/社/团 tagged as a verb is the verb (站在…高度); 办 is the exception jieba mis-tags (市金融办).
  if (token.word.length === 1 && token.tag === "v" && last !== "办") return undefined;
  if (token.word.length === 1 || token.tag === "nt" || token.tag === "x" || token.tag === "j") return last;
  if (token.tag === "n" && token.word.length >= 3 && GOVERNMENT_SHORT_HEADS.has(last)) return last;
  return undefined;
}

/** Whether an office's name is before its 办 (市 金融 办, 国务院 扶贫 办, 市工|信办), not a clause (一件事情 办). */
function officeBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  const named = (token: Token | undefined) =>
    token !== undefined && (["ns", "nt", "j"].includes(token.tag) || isAdminPrefix(token.word));
  if (named(before)) return true;
  return ["n", "j", "x", "vn"].includes(before.tag) && before.word.length <= 3 && named(tokens[i - 2]);
}

/** A word jieba did not know (tag x), as opposed to punctuation, which it also tags x. */
function unknownWord(token: Token | undefined): boolean {
  return token !== undefined && token.tag === "x" && CHINESE.test(token.word);
}

/** What may follow an institute's 所 (长春应化所、…, 应化所等, 光机所和…): punctuation or a conjunction. */
const AFTER_INSTITUTE = /^(?:等|和|及|与|的|、)/u;
/** Characters before a 所 that is no institute: 在总产值中所占, 民之所盼, 体育场所, 三百零九所 (a count), 八所 (a port). */
const NOT_BEFORE_INSTITUTE = /[中之场住处一二三四五六七八九十百千零〇\d]$/u;

/**
 * 所 ends an institute's abbreviated name (长春应化所, 郑商所) or is the particle before a verb (利润所占的比重, 宪法所规定的
 * 目标, 被压迫民族所掌握). An institute's 所 follows an abbreviation, after a place or a body when a verb comes next.
 */
function instituteSuo(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const ends = next === undefined || !CHINESE.test(next.word) || AFTER_INSTITUTE.test(next.word);
  const stem = token.word.slice(0, -1);
  const before = tokens[i - 1];
  const last = stem || before?.word || "";
  // Traditional script is unknown to jieba, so its tags say nothing: there the particle is by far the likelier.
  if (NOT_BEFORE_INSTITUTE.test(last) || hasTraditional(last)) return false;
  // 民族所 掌握, 郑商所 品种: a word of its own ending in 所 is an institute unless a verb follows.
  if (stem.length >= 2) return ends || !VERB_TAGS.has(next?.tag ?? "");
  if (stem.length > 0 || before === undefined || before.tag === "ns" || before.word.length > 3) return false;
  const abbreviation = unknownWord(before) || ["j", "n", "nz"].includes(before.tag);
  const named = ["ns", "nt", "j"].includes(tokens[i - 2]?.tag ?? "");
  return abbreviation && (named || (ends && unknownWord(before)));
}
/** Networks, which are facilities (广播网, 通信网, 防护网); a news site's 网 follows its own name (人民网). */
const NETWORK = /(?:广播|通信|通讯|防护|智能|信息|物流|服务|监测|交通|运输|电|管|气|水|暖|路|密)网$/u;

// Unknown firms named as the other party of a known firm's cooperation (汇付天下再次与苏宁易购达成战略合作,
// 由中航楼宇与中航国际新能源公司分别出资): the words jieba cut oddly are a firm's name by what the clause says of them.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { NOT_NAME_START } from "../../lexicon/companies/company-name-words.js";
import { PLACES, isGeneric, isSuffixWord } from "./company-words.js";
import { gluedFunction } from "./stem-before-suffix.js";

/** Firms sure enough that their partner in a cooperation is a firm as well. */
const KNOWN_FIRM_RULES = new Set([
  "company-lexicon",
  "company-legal-suffix",
  "company-registered-name",
  "company-word",
  "company-country",
]);
/** The words joining two parties of one act (A与B合作, A和B共同出资). */
const JOINS = new Set(["与", "和", "同", "跟"]);
/** Adverbs and times between a party and its cooperation (再次, 已, 日前, 正式). */
const ADVERB_TAGS = new Set(["d", "t", "ad"]);
/** A cooperation the two state, right after the second party and its adverbs. */
const COOPERATION =
  /^(?:合作|(?:分别|各自|各)?出资|签署|签订|签约|携手|联手|合资|结盟|联姻|共同(?![体富愿理利价市点持拥控所])|联合(?!国)|达成[^，。；,;]{0,10}?(?:合作|协议|共识))/u;
/**
 * Tags no word of such a name has: function words, adverbs, adjectives, numbers, pronouns, times and idioms. Verbs
 * may stand in it (汇付/v 天下/s): jieba reads unknown names as the words it knows.
 */
const NOT_IN_NAME_TAGS = new Set("p c u uj ul uz ug uv ud r m q f y e o d t a ad an b zg i w".split(" "));
/** A subject that is no firm: the writer's own side, a pronoun, a generic party. */
const NOT_FIRM = /^(?:本?公司|该公司|我|本|其|双方|各方|对方|记者|企业|高校|政府)/u;
const MIN_NAME = 3;
const MAX_NAME = 8;
const MAX_WORDS = 3;

/**
 * Unknown names joined by 与/和 to a known firm that follows them, whose clause states their cooperation (X再次与
 * 苏宁易购达成合作). Only the name before: it is bounded by the clause's start and by 与, where a name after the firm
 * has no sure end (与农行酝酿合作).
 */
export function partnerNames(context: SentenceContext, sure: Candidate[]): void {
  const { text, tokens, tokenAt } = context;
  if (!/[与和同跟]/u.test(text)) return;
  for (const firm of [...sure]) {
    if (!KNOWN_FIRM_RULES.has(firm.rule)) continue;
    const join = tokens[tokenAt[firm.start - 1] ?? -1];
    if (!join || join.end !== firm.start || !JOINS.has(join.word) || !cooperationAt(text, firm.end)) continue;
    let last = tokenAt[join.start - 1] ?? -1;
    while (last >= 0 && ADVERB_TAGS.has((tokens[last] as Token).tag)) last--;
    const span = nameEndingAt(context, last);
    // A span holding a firm already found (腾讯高层与X) is that firm and more, not another firm.
    if (span && !sure.some((c) => c.start < span.end && span.start < c.end)) sure.push(span);
  }
}

/** Adverbs that may stand between a party and its cooperation. */
const ADVERBS = /^(?:再次|再度|又|也|还|已经|已|将|拟|正式|日前|近日|首次|率先|共同|联合)+/u;

/** Whether the cooperation follows at `offset`, past adverbs (再次达成战略合作, 正式签署). */
function cooperationAt(text: string, offset: number): boolean {
  const rest = text.slice(offset);
  return COOPERATION.test(rest) || COOPERATION.test(rest.replace(ADVERBS, ""));
}

/** The name whose last word is token `last`, running back to a clause's start or a preposition. */
function nameEndingAt(context: SentenceContext, last: number): Candidate | undefined {
  const { tokens } = context;
  let first = last + 1;
  let glued = false;
  for (let j = last; j >= 0; j--) {
    const token = tokens[j] as Token;
    if (!nameWord(token)) break;
    first = j;
    // 由宁泰/x: jieba glued the preposition to the name's first word; the name starts after it.
    glued = gluedFunction(token);
    if (glued) break;
  }
  if (first > last) return undefined;
  // The name opens its clause or follows a preposition or a date (由X与Y, 3月5日X与Y), never a verb (推进X与Y).
  const before = tokens[first - 1];
  const opens = !before || /^[,，;；:：、“"]$/u.test(before.word) || ["p", "c", "t", "m", "x"].includes(before.tag);
  return glued || opens ? candidate(context, first, last, glued ? 1 : 0) : undefined;
}

/** Verbs of a report's subjectless clauses (要加强与X合作, 继续深化与X): a clause's predicate, never a firm's name. */
const CLAUSE_VERBS = new Set(
  (
    "要 将 应 应当 需 需要 会 能 可 可以 拟 加强 深化 推动 推进 扩大 拓展 密切 强化 巩固 建立 探索 开展 实现 促进 坚持 " +
    "支持 注重 加快 着力 努力 争取 力争 协调 完善 健全 创新 提升 继续 鼓励 引导 组织 推广 参与 加入 寻求 谋求 希望 愿意 " +
    "决定 计划 准备 开始 正在 主动 积极 深入 全面 持续 不断 大力 广泛 共同 联合 分别 宣布 表示 称 透露 " +
    "高层 领导 负责人 董事长 总裁 总经理 董事会 股东 员工 方面 拒绝 放弃 停止 终止 不再 无意 没有"
  ).split(" "),
);

/** A word that may stand in a name: letters of a name, and no word that opens a clause (推进, 加快, 要). */
function nameWord(token: Token): boolean {
  return (
    /^[\u4e00-\u9fff]+$/u.test(token.word) &&
    !NOT_IN_NAME_TAGS.has(token.tag) &&
    !NOT_NAME_START.has(token.word) &&
    !CLAUSE_VERBS.has(token.word)
  );
}

/** The candidate from token `first` (less `skip` characters glued to it) to `last`, when it has a name's length and is no place, kind or pronoun. */
function candidate(context: SentenceContext, first: number, last: number, skip: number): Candidate | undefined {
  const start = (context.tokens[first] as Token).start + skip;
  const end = (context.tokens[last] as Token).end;
  const name = context.text.slice(start, end);
  // One word of two characters is an ordinary word or a person (张三) as often as a firm.
  if (name.length < MIN_NAME || name.length > MAX_NAME || (first === last && skip === 0)) return undefined;
  if (NOT_FIRM.test(name) || isGeneric(name) || PLACES.has(name)) return undefined;
  // A name cut into a few words, at most one of them a verb (汇付/v 天下/s); more make a clause (回应 媒体 质疑 公司).
  // A firm's word at its end (…公司) is the suffix rule's to judge, which did not take it.
  const words = context.tokens.slice(first, last + 1);
  if (words.length > MAX_WORDS || words.filter((t) => t.tag.startsWith("v")).length > 1) return undefined;
  if (isSuffixWord((words[words.length - 1] as Token).word)) return undefined;
  return { type: "Organization", start, end, rule: "company-partner", priority: 2 };
}

// Companies a clause shows by what it says of them: the subject that announces (横店东磁今日公告称), the items of 等公司.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { CUE_BEFORE, NAME_TAGS, PLACES, STOP_TAGS, isGeneric } from "./company-words.js";

/** What only a firm does, written right after its name at a clause's start (X今日公告称, X<N>月<N>日晚间公告). */
const FIRM_ACTS =
  /(?:今日|昨日|近日|日前|昨天|今天|当日|同日|同时|也|[\d<>N]+月[\d<>N]+日)?(?:晚间|早间|晚|早)?(?:发布公告|发出公告|公告称|公告|停牌|复牌|发布了?.{0,6}公告)/gu;
/** A subject that is not a firm's name: the writer's own firm, its organs, a pronoun, a time. */
const NOT_SUBJECT =
  /^(?:本?公司|该公司|上市公司|董事会|监事会|股东大会|双方|对方|其|该|本|我|他|她|此前|随后|同时|目前|昨日|今日|近日|日前|记者)/u;
/** Characters that never stand in a firm's short name but make a clause (的 是 在 了 和 与 …). */
const CLAUSE_CHARS = /[的是在了和与或及对把被将据称也都还就不已又于向从为着而但讯]/u;
/** A time word written before a clause's subject (当日南京港公告): not part of the name. */
const TIME_BEFORE = /^(?:当日|今日|昨日|近日|日前|同日|当天|此前|随后|此后|目前|消息)/u;
/** Words jieba glues to the end of a subject before its act (中粮地产再发, 辽通化工今, 真功夫股权). */
const TIME_AFTER = /(?:再发|再次|临时|该次|今|前|股权|上市)$/u;

/**
 * The subject of a clause that announces (横店东磁今日公告称, 信义玻璃<N>月<N>日晚间公告宣布, 中天科技发布公告): the words
 * from the clause's start to the act (past adverbs and times: 曾, 突然, 周四) are a firm's name, whatever jieba made of them.
 */
export function actingSubjects(context: SentenceContext, sure: Candidate[]): void {
  const { text, tokens, tokenAt } = context;
  if (!text.includes("公告") && !text.includes("停牌") && !text.includes("复牌")) return;
  for (const match of text.matchAll(FIRM_ACTS)) {
    let last = (tokenAt[match.index ?? 0] ?? 0) - 1;
    // Adverbs and times between the name and the act: 曾, 突然, 此前, 周四, 临时.
    for (
      let skipped = 0;
      skipped < 2 && last >= 0 && ["d", "t", "ad", "vd"].includes((tokens[last] as Token).tag);
      skipped++
    )
      last--;
    let first = last + 1;
    while (first > 0 && /^[\u4e00-\u9fffA-Za-z]+$/u.test((tokens[first - 1] as Token).word)) first--;
    if (first > last) continue;
    let start = (tokens[first] as Token).start;
    let end = (tokens[last] as Token).end;
    end -= TIME_AFTER.exec(text.slice(start, end))?.[0].length ?? 0;
    if (first > 0 && !/[,，;；:：。!！?？、\s“"”)）]/u.test(text[start - 1] ?? "")) continue;
    while (first <= last && TIME_BEFORE.test((tokens[first] as Token).word)) start = (tokens[first++] as Token).end;
    const name = text.slice(start, end);
    const words = tokens.slice(first, last + 1);
    if (name.length < 2 || name.length > 8 || CLAUSE_CHARS.test(name) || NOT_SUBJECT.test(name) || isGeneric(name))
      continue;
    if (
      words.some(
        (t) =>
          ["v", "d", "p", "c", "r", "u", "uj", "t", "a", "ad", "vn", "m"].includes(t.tag) &&
          !CHINESE_NAME_PART.test(t.word),
      )
    )
      continue;
    // Two characters of an ordinary noun (预案, 方案) are no name; an unknown word or a proper name may be (安踏).
    if (name.length === 2 && !words.every((t) => NAME_TAGS.has(t.tag) || t.tag === "x")) continue;
    sure.push({ type: "Organization", start, end, rule: "company-announces", priority: 3 });
  }
}

/** Words jieba tags as verbs or numbers that are common parts of firms' names (创新, 发展, 联合, 一汽). */
const CHINESE_NAME_PART = /^(?:创新|发展|联合|实业|开发|建设|一汽|二重|三一|东方|长城)$/u;

/**
 * The class noun after a list of firms: 东土科技、博晖创新等公司, A、B等多家券商. Not 企业 or 品牌, after which reports
 * list trades and products (采煤、发电等企业; 沙漠游、酒庄游等品牌).
 */
const LIST_OF_FIRMS =
  /等(?:[\d<>N一二三四五六七八九十几多]+家)?(?:上市公司|公司|集团|券商|银行|基金公司|房企|车企|药企|险企|厂商)/gu;

/** Each item of a list that ends in 等公司 (东土科技、博晖创新等公司) is a firm's name. */
export function enumeratedNames(context: SentenceContext, sure: Candidate[]): void {
  const { text } = context;
  if (!text.includes("等")) return;
  for (const match of text.matchAll(LIST_OF_FIRMS)) {
    let end = match.index ?? 0;
    const items: Array<[number, number]> = [];
    for (;;) {
      let start = end;
      while (start > 0 && /[\u4e00-\u9fffA-Za-z]/u.test(text[start - 1] ?? "")) start--;
      if (text[start - 1] !== "、") {
        // The first item begins after the verb or preposition of its clause (向 国泰集团、…, 只有 必胜客等).
        items.push([nameStartIn(context, start, end), end]);
        break;
      }
      items.push([start, end]);
      end = start - 1;
    }
    // One item alone is not a list (多家公司, 这些企业等公司).
    if (items.length < 2) continue;
    for (const [start, end] of items) {
      const name = text.slice(start, end);
      if (
        name.length < 2 ||
        name.length > 8 ||
        CLAUSE_CHARS.test(name) ||
        NOT_SUBJECT.test(name) ||
        isGeneric(name) ||
        PLACES.has(name) ||
        !isTokenBoundary(context, start) ||
        !isTokenBoundary(context, end)
      )
        continue;
      if (!sure.some((c) => c.start <= start && end <= c.end))
        sure.push({ type: "Organization", start, end, rule: "company-listed", priority: 3 });
    }
  }
}

/** Where a name ends a run of words: after the last word, going left, that cannot stand in a name. */
function nameStartIn(context: SentenceContext, start: number, end: number): number {
  const { tokens, tokenAt } = context;
  let at = end;
  for (let i = tokenAt[end - 1] ?? -1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.start < start || STOP_TAGS.has(token.tag) || CUE_BEFORE.has(token.word) || token.tag === "vn") break;
    at = token.start;
  }
  return at;
}

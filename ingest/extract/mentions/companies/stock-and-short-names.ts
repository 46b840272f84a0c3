// Listed companies by a share mark (ST松辽, *ST华源) and short names a text defines for a firm ((以下简称"中国铁物")).

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { CUE_AFTER, STOP_TAGS, isGeneric } from "./company-words.js";
import type { Found } from "./types.js";

/** The mark of a listed share under special treatment (ST, *ST, S*ST), written before its short name. */
const TREATMENT_MARK = String.raw`\*?S?\*?ST`;
/** Share marks before a short name: ST松辽, *ST华源, and S (not yet reformed) as in S上石化. */
const STOCK_MARK = new RegExp(String.raw`(?:${TREATMENT_MARK}|S)(?=[\u4e00-\u9fff])`, "gu");
/** A treatment mark at the start of a name. */
const LEADING_STOCK_MARK = new RegExp(String.raw`^${TREATMENT_MARK}(?=[\u4e00-\u9fff])`, "u");

/** A name that another rule read with its share mark (ST联油 公告): the mark is the share's status, not the name's. */
export function withoutStockMark(text: string, candidate: Candidate): Candidate {
  const mark = LEADING_STOCK_MARK.exec(text.slice(candidate.start, candidate.end))?.[0].length ?? 0;
  return mark > 0 && candidate.end - candidate.start - mark >= 2
    ? { ...candidate, start: candidate.start + mark }
    : candidate;
}

/** Characters that open a clause after a name, which jieba glues to an unknown word: 为 补充, 因 犯, 原 代理董事长. */
const CLAUSE_OPENING = /^[为因原将已被在与和对向拟称]/u;

/** A short name after a share mark (ST松辽, *ST华源): a listed company, whatever the words. */
export function stockNames(context: SentenceContext, sure: Candidate[]): void {
  const { text } = context;
  if (!text.includes("S")) return;
  for (const match of text.matchAll(STOCK_MARK)) {
    const start = (match.index ?? 0) + match[0].length;
    if (/[A-Za-z]/u.test(text[(match.index ?? 0) - 1] ?? "")) continue;
    // The name runs to the end of the words jieba sees there, 2-4 characters (松辽, 上石化, 深物业).
    let end = start;
    for (let i = context.tokenAt[start] ?? -1; i >= 0 && i < context.tokens.length; i++) {
      const token = context.tokens[i] as Token;
      if (!/^[\u4e00-\u9fff]+$/u.test(token.word) || token.end - start > 4) break;
      if (
        end > start &&
        (STOP_TAGS.has(token.tag) ||
          token.word.length > 2 ||
          CUE_AFTER.longestAt(text, token.start) !== undefined ||
          (token.tag === "x" && CLAUSE_OPENING.test(token.word)))
      )
        break;
      end = token.end;
      // jieba's guess at an unknown word takes the next clause's first character with it (迈亚为|补充, 宏盛原|代理).
      if (token.tag === "x" && end - start > 2 && CLAUSE_OPENING.test(text[end - 1] ?? "")) {
        end--;
        break;
      }
    }
    if (end - start >= 2) sure.push({ type: "Organization", start, end, rule: "company-stock-mark", priority: 4 });
  }
}

/** Words that introduce the short name a text defines for the name before them: (以下简称X), (下称"X"), 证券简称:X. */
const DEFINED_SHORT =
  /(?:以下简称|以下称|下文简称|下简称|下称|简称)(?:为)?[:：]?\s*(?:[“"「『]([^”"」』]{2,12})[”"」』]|([\u4e00-\u9fffA-Za-z0-9*]{2,10})(?=[)）,，;；、\s]))/gu;
/** Short names that stand for the writer's own side, not a firm's name: (以下简称"公司"), (简称"发行人"). */
const NOT_SHORT_NAME =
  /^(?:本?公司|本集团|本行|该公司|发行人|收购人|上市公司|甲方|乙方|丙方|双方|各方|本次交易|本次发行|本协议|协议|合同|项目|标的公司|目标公司)$/u;

/**
 * A short name the text defines (中国铁路物资集团有限公司(以下简称"中国铁物")) is a firm, the same as the full name
 * written right before it, and so is each later use of it in the sentence.
 */
export function definedShortNames(context: SentenceContext, found: Found): void {
  const { text } = context;
  const { sure, talk } = found;
  if (!text.includes("称")) return;
  for (const match of text.matchAll(DEFINED_SHORT)) {
    const short = match[1] ?? match[2] ?? "";
    if (NOT_SHORT_NAME.test(short) || isGeneric(short) || !/[\u4e00-\u9fffA-Za-z]{2}/u.test(short)) continue;
    const at = (match.index ?? 0) + match[0].indexOf(short, match[0].length - short.length - 1);
    // The full name ends at the bracket (or comma) that opens the definition: 公司(<N>.SZ,以下简称X).
    const open = Math.max(text.lastIndexOf("(", match.index ?? 0), text.lastIndexOf("（", match.index ?? 0));
    const full =
      open >= 0 && (match.index ?? 0) - open <= 16
        ? [...sure, ...talk].filter((c) => c.end === open).sort((a, b) => a.start - b.start)[0]
        : undefined;
    const canonical = full ? (full.canonical ?? text.slice(full.start, full.end)) : undefined;
    // Defining a short name for it shows the full name is a firm's, even of ordinary words (青松化工股份有限公司).
    if (full && !sure.includes(full)) sure.push(full);
    for (let start = at; start >= 0; start = text.indexOf(short, start + short.length)) {
      const candidate: Candidate = {
        type: "Organization",
        start,
        end: start + short.length,
        rule: "company-defined-short",
        priority: 4,
      };
      if (canonical !== undefined && canonical !== short) candidate.canonical = canonical;
      sure.push(candidate);
    }
  }
}

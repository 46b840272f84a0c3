// Full registered names of firms (南京中超新材料有限公司): where a name starts, when jieba splits its words oddly.

import type { SentenceContext } from "../../extraction-types.js";
import type { Token } from "../../jieba-tagger.js";
import { NOT_NAME_START } from "../../lexicon/companies/company-name-words.js";
import { longestNameAt as placeNameAt } from "../places/place-lexicon.js";
import { ROLES } from "./company-words.js";

/** The legal forms that end only a registered name: 有限公司 and its kin, never an ordinary noun. */
const REGISTERED_FORM = /(?:有限公司|有限责任公司|总公司)$/u;
/** A registered name's words before its legal form, at most (昆山经济技术开发区资产经营). */
const MAX_STEM = 16;
/** Words that end the clause before a name: particles, pronouns, prepositions and joining words. */
const CLAUSE_TAGS = new Set(["uj", "ul", "uz", "ug", "uv", "ud", "u", "y", "e", "o", "r", "p", "c", "m", "q"]);
/** Verbs that are words of many registered names (南京钢铁联合有限公司, 新和成控股有限公司). */
const NAME_VERBS = new Set(["联合", "控股", "发展", "建设", "开发", "投资", "经营", "管理", "服务", "无限"]);

/**
 * Where the registered name that ends with the legal form at token `last` starts, when its start is sure: the
 * words before the form run back to punctuation, a role or a verb that ends a clause, and either that boundary is
 * punctuation or a role, or the name opens with a place. jieba cuts such names into words it tags as adverbs,
 * prepositions or verbs (首都/d 创业, 北京华/nz 立/v 九州), which the word-by-word stem rule cannot cross.
 */
export function registeredNameStart(context: SentenceContext, first: number, last: number): number | undefined {
  const { tokens, text } = context;
  if (!REGISTERED_FORM.test((tokens[last] as Token).word)) return undefined;
  let start = (tokens[first] as Token).start;
  let clean = true;
  for (let j = first - 1; j >= 0; j--) {
    const token = tokens[j] as Token;
    if (!/^[\u4e00-\u9fffA-Za-z]+$/u.test(token.word) || ROLES.has(token.word) || NOT_NAME_START.has(token.word)) break;
    if (
      CLAUSE_TAGS.has(token.tag) ||
      (token.tag === "v" && !NAME_VERBS.has(token.word)) ||
      (token.tag === "vn" && token.word.length > 1 && !NAME_VERBS.has(token.word))
    ) {
      clean = false;
      break;
    }
    if ((tokens[first] as Token).start - token.start > MAX_STEM) return undefined;
    start = token.start;
  }
  if (start === (tokens[first] as Token).start) return undefined;
  const place = placeNameAt(text, start);
  return clean || place !== undefined ? start : undefined;
}

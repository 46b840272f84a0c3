// Projects named in quotes or book-title marks (“十四五”规划, 《…》), with the head and prefix written around them.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { QUOTED_SELF_HEADS, QUOTED_TAIL_HEADS, SLOGAN } from "../../lexicon/project-heads.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { HEADS, alternation } from "./project-words.js";

const BOOK_TITLE = /《([^《》\n]{2,60})》/gu;
export const QUOTED = /“([^“”\n]{2,40})”/gu;
/** An unclosed quote carried over a layout break: the line starts inside the quotation. */
export const CARRIED_QUOTE = /^([^“”\n]{2,40})”/u;
const HEAD_AFTER = new RegExp(`^(?:为主题的|主题)?(?:系列)?(${HEADS})`, "u");
/** What may follow a quoted name up to its head: a few words of one noun phrase (“上银情·砚山梦”结对助学活动). */
const TAIL_LONGEST = 12;
/** Words that end that noun phrase: marks, and function words standing alone (对 ends it, 结对 does not). */
const TAIL_STOP = /^(?:[，。；：、,;:“”《》()（）\s!?！？]|(?:的|和|与|及|等|在|对|是|为|将|把|被|从|向|了)$)/u;
const ENDS_WITH_TAIL_HEAD = new RegExp(`(?:${alternation(QUOTED_TAIL_HEADS)})$`, "u");
/** A quoted item followed by more quoted items and then 等活动/等行动. */
const LISTED_ACTIVITY = /^(?:、“[^“”]{2,20}”)*等(?:系列)?(?:活动|行动|工程|项目)/u;
/** A five-year plan by its number (“十四五”): the plan of that period. */
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/u;
const ENDS_WITH_SELF_HEAD = new RegExp(`(?:${alternation(QUOTED_SELF_HEADS)})$`, "u");
/** An edition or place written before a quoted name (第二次长三角“…”). */
const ORDINAL_PREFIX = /(?:首届|第[一二三四五六七八九十百\d]{1,4}[届次])[\u4e00-\u9fff]{0,6}$/u;
/** Words before a quoted name that are levels, places or work in general, never part of the name. */
const NOT_PREFIX = new Set([
  "工作",
  "全国",
  "全省",
  "全市",
  "全区",
  "全县",
  "自治区",
  "城市",
  "农村",
  "城乡",
  "我市",
  "我省",
  "我区",
  "我县",
  "本市",
  "各地",
  "国家",
  "省级",
  "市级",
  "重点",
  "全面",
]);
/** Ends of a phrase naming an event held about a quoted topic (“…”课题动员会), which outranks the topic's own head. */
const EVENT_END = /(?:会|会议|活动|行动|仪式|论坛|讲座|展|赛)$/u;
/** A round or batch written before a quoted name (第三轮“…”, 新一轮“…”). */
const ROUND_BEFORE = /(?:第[一二三四五六七八九十\d]{1,3}|新一|首)[轮批期]$/u;
/** Tags of words that would be part of a noun phrase before a quoted name. */
const NOMINAL_TAG = /^(?:n|vn|a|b|m|f|s|l)/u;
/** Verbs after which a quoted name alone is the thing carried out (实施“五个十大”), even when it reads like a slogan. */
const CARRY_OUT = /(?:滚动实施|组织实施|深入实施|实施|启动|开展)$/u;
/** Kinds of works of art: a title after them (话剧《…》) names a work, not a project. */
const WORK_OF_ART =
  /(?:话剧|歌曲|电影|电视剧|小说|舞剧|歌剧|戏曲|纪录片|诗集|舞蹈|音乐剧|动画片|作品)(?:《[^《》]*》[、，]?)*$/u;

export function addBookTitles(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(BOOK_TITLE)) {
    const start = (match.index ?? 0) + 1;
    const title = match[1] ?? "";
    if (title.length <= 2 || WORK_OF_ART.test(text.slice(0, start - 1))) continue;
    const head = HEAD_AFTER.exec(text.slice(start + title.length + 1));
    if (head && /系列|丛书|汇编|文集/u.test(head[0])) {
      found.push({
        type: "Project",
        start: start - 1,
        end: start + title.length + 1 + head[0].length,
        rule: "project-book-title-head",
        priority: 3,
      });
    } else {
      found.push({ type: "Project", start, end: start + title.length, rule: "project-book-title", priority: 3 });
    }
  }
}

/** A quoted name is a project when a project head ends it or follows it; slogans (“四个意识”) are not. */
export function addQuoted(context: SentenceContext, start: number, quoted: string, found: Candidate[]): void {
  if (/[，。；！？,;!?]/u.test(quoted)) return;
  const after = context.text.slice(start + quoted.length + 1);
  const headed = HEAD_AFTER.exec(after);
  const longer = quotedTail(context, start + quoted.length + 1);
  // “…”课题动员会: a longer phrase that ends in a head names the thing better than its first head.
  const head = headed && (headed[0].length >= longer || !EVENT_END.test(after.slice(0, longer))) ? headed : null;
  const tail = head ? head[0].length : longer;
  if (tail > 0) {
    // “五型政协”建设: the name with its head is the project; the quoted words alone are how the text refers to it.
    const end = start + quoted.length + 1 + tail;
    const prefix = quotePrefix(context, start - 1);
    const canonical =
      context.text.slice(start - 1 - prefix, start - 1) + quoted + (head ? (head[1] ?? "") : after.slice(0, tail));
    const rule = head ? "project-quoted-head" : "project-quoted-tail";
    if (prefix > 0) found.push({ type: "Project", start: start - 1 - prefix, end, rule, priority: 4, canonical });
    found.push({ type: "Project", start: start - 1, end, rule, priority: 4, canonical });
    if (!head || !SLOGAN.test(quoted))
      found.push({ type: "Project", start, end: start + quoted.length, rule, priority: 4, canonical });
    return;
  }
  if (LISTED_ACTIVITY.test(after) && !SLOGAN.test(quoted)) {
    // 开展“A”、“B”等活动: each quoted item of a list of activities is one.
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-listed", priority: 4 });
    return;
  }
  if (FIVE_YEAR_PLAN.test(quoted)) {
    found.push({
      type: "Project",
      start: start - 1,
      end: start + quoted.length + 1,
      rule: "project-five-year-plan",
      priority: 4,
      canonical: `${quoted}规划`,
    });
    return;
  }
  if (ENDS_WITH_SELF_HEAD.test(quoted) && quoted.length >= 4) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted", priority: 4 });
    return;
  }
  // 第三轮“百企帮百村”, 新一轮“某某”: a programme run in rounds, though its name reads like a slogan.
  if (ROUND_BEFORE.test(context.text.slice(Math.max(0, start - 6), start - 1))) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-round", priority: 4 });
    return;
  }
  // 滚动实施“五个十大”: what is carried out is a programme, though its name reads like a numbered slogan.
  if (CARRY_OUT.test(context.text.slice(Math.max(0, start - 5), start - 1)) && /^(?:[，。；,;]|$)/u.test(after)) {
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-carried-out", priority: 4 });
  }
}

/**
 * The length of what is written before a quoted name as part of it (0: nothing): an edition and place
 * (第二次长三角“…”联席会议) or one common noun (工业“标准地”改革), never a level, a place alone or a body.
 */
function quotePrefix(context: SentenceContext, open: number): number {
  const before = context.text.slice(Math.max(0, open - 12), open);
  const ordinal = ORDINAL_PREFIX.exec(before)?.[0].length ?? 0;
  if (ordinal > 0 && isTokenBoundary(context, open - ordinal)) return ordinal;
  const token = context.tokens[context.tokenAt[open - 1] ?? -1];
  if (!token || token.end !== open || token.word.length < 2 || token.word.length > 4 || NOT_PREFIX.has(token.word))
    return 0;
  // A noun, not a verbal noun: 建设“…”工程 and 升级“…”计划 are the clause's verb.
  if (token.tag !== "n" && token.tag !== "nz") return 0;
  const previous = context.tokens[context.tokenAt[token.start - 1] ?? -1];
  // The noun opens the name only when no other noun or modifier comes before it (深化工业“…”, not 宁波大学“…”).
  return !previous || !NOMINAL_TAG.test(previous.tag) ? token.word.length : 0;
}

/** The length of the longest noun phrase after a quoted name that ends in a project head at a word boundary (0: none). */
function quotedTail(context: SentenceContext, from: number): number {
  const { text, tokens } = context;
  let index = context.tokenAt[from] ?? -1;
  if (index < 0 || tokens[index]?.start !== from) return 0;
  // The longest such phrase: “1+2+4+N”目标任务体系, not “1+2+4+N”目标; it stops at a mark or a function word.
  let longest = 0;
  for (
    let token = tokens[index];
    token && token.end - from <= TAIL_LONGEST && !TAIL_STOP.test(token.word);
    token = tokens[++index]
  ) {
    if (ENDS_WITH_TAIL_HEAD.test(text.slice(from, token.end))) longest = token.end - from;
  }
  return longest;
}

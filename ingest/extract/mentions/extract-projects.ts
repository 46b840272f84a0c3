// Projects: titles in 《》, quoted names with a project head (“常委讲坛”, “金点子”征集活动), introduced activities and sessions.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { ORGANIZE_VERBS, PROJECT_HEADS, PUBLISH_VERBS, QUOTED_SELF_HEADS, QUOTED_TAIL_HEADS, SLOGAN } from "../lexicon/project-heads.js";
import { isTokenBoundary } from "../sentence-context.js";
import { organizationExtractor } from "./extract-organizations.js";
import { escapeRegExp } from "./lexicon-matcher.js";

const HEADS = [...PROJECT_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const BOOK_TITLE = /《([^《》\n]{2,60})》/gu;
const QUOTED = /“([^“”\n]{2,40})”/gu;
/** An unclosed quote carried over a layout break: the line starts inside the quotation. */
const CARRIED_QUOTE = /^([^“”\n]{2,40})”/u;
const HEAD_AFTER = new RegExp(`^(?:为主题的|主题)?(?:系列)?(${HEADS})`, "u");
const TAIL_HEADS = [...new Set(QUOTED_TAIL_HEADS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/** What may follow a quoted name up to its head: a few words of one noun phrase (“上银情·砚山梦”结对助学活动). */
const TAIL = /^[^，。；：、,;:“”《》()（）\s的和与及等在对是为将把被从向了]{1,12}/u;
const ENDS_WITH_TAIL_HEAD = new RegExp(`(?:${TAIL_HEADS})$`, "u");
/** A facility's building project at the head of a clause or list item: 友谊医院通州院区二期, 口腔医院迁建, 急救中心整体迁建项目. */
const FACILITY_WORK = /(?<=^|[，。；、：,;])([\u4e00-\u9fff]{2,16}?(?:医院|学院|大学|学校|中学|小学|中心|实验室|研究所|幼儿园|博物馆|图书馆|体育馆|文体馆))((?:[\u4e00-\u9fff]{2,4}?)?(?:新院区|院区|校区|分院|新校区)(?:[一二三四五六七八九十]期)?(?:项目)?|(?:整体)?迁建(?:项目)?|[一二三四五六七八九十]期(?:工程|项目)?|(?:改造|扩建|新建)(?:工程|项目))(?=[，。；、：,;]|$|[已正基开推完取实进顺全])/gu;
/** A quoted item followed by more quoted items and then 等活动/等行动. */
const LISTED_ACTIVITY = /^(?:、“[^“”]{2,20}”)*等(?:系列)?(?:活动|行动|工程|项目)/u;
/** A five-year plan by its number (“十四五”): the plan of that period. */
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/u;
const ENDS_WITH_SELF_HEAD = new RegExp(`(?:${[...QUOTED_SELF_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})$`, "u");
const VERBS = [...ORGANIZE_VERBS, ...PUBLISH_VERBS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/** A verb that introduces an activity, then the activity up to its head, within one clause. */
/** The next item of an enumeration, ending in a project head. */
const NEXT_ITEM = new RegExp(`^、((?:[^，。；、：“”《》()（）\\s]){2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|等|和)`, "u");
const INTRODUCED = new RegExp(`(?:${VERBS})((?:[^，。；、：“”《》()（）\\s]){2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|上|中|后|等|和)`, "gu");
/** First characters of the introducing verbs: a cheap test before the costly pattern. */
const MAY_INTRODUCE = new RegExp(`[${[...new Set([...ORGANIZE_VERBS, ...PUBLISH_VERBS].map((v) => v[0]))].join("")}]`, "u");
/** A meeting named by where something happened: 在…交流会上, 在…会议上. */
const AT_MEETING = /在([^，。；、：“”《》\s在]{4,30}?(?:会议|交流会|大会|全会|论坛|座谈会|推进会|研讨会|博览会))上/gu;
/** Sessions and plenums: 七届十次全会, 第三十二次会议, 十九届五中全会. */
const SESSION = /(?:第?[一二三四五六七八九十百]+届)?(?:第?[一二三四五六七八九十百]+次|[一二三四五六七八九十]+中)(?:全体会议|全会|会议|大会)/gu;
/** A term number written before a body's name (五届人大). */
const TERM_BEFORE = /第?[一二三四五六七八九十]+届$/u;
/** The Party's national congresses by number: 党的十九大. */
const PARTY_CONGRESS = /党的[一二三四五六七八九十]{1,3}大(?![会学])/gu;
const GENERIC_START = /^(?:工作|有关|相关|各项|一系列|多种|各类|[\d一二三四五六七八九十百千]|[和以在向与及对把将为从了着])|等|以/u;
/** Kinds of works of art: a title after them (话剧《…》) names a work, not a project. */
const WORK_OF_ART = /(?:话剧|歌曲|电影|电视剧|小说|舞剧|歌剧|戏曲|纪录片|诗集|舞蹈|音乐剧|动画片|作品)(?:《[^《》]*》[、，]?)*$/u;
/** Time words that open a clause before a meeting's name (在前不久…大会上). */
const TIME_START = /^(?:前不久|不久前|近日|日前|此前|随后|同时)/u;

/** The project extractor. */
export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context) {
    const found: Candidate[] = [];
    const { text } = context;
    for (const match of text.includes("《") ? text.matchAll(BOOK_TITLE) : []) {
      const start = (match.index ?? 0) + 1;
      const title = match[1] ?? "";
      if (title.length <= 2 || WORK_OF_ART.test(text.slice(0, start - 1))) continue;
      const head = HEAD_AFTER.exec(text.slice(start + title.length + 1));
      if (head && /系列|丛书|汇编|文集/u.test(head[0])) {
        found.push({ type: "Project", start: start - 1, end: start + title.length + 1 + head[0].length, rule: "project-book-title-head", priority: 3 });
      } else {
        found.push({ type: "Project", start, end: start + title.length, rule: "project-book-title", priority: 3 });
      }
    }
    for (const match of text.includes("“") ? text.matchAll(QUOTED) : []) addQuoted(context, (match.index ?? 0) + 1, match[1] ?? "", found);
    const carried = text.includes("”") ? CARRIED_QUOTE.exec(text) : null;
    if (carried && !text.slice(0, carried[0].length).includes("“")) addQuoted(context, 0, carried[1] ?? "", found);
    for (const match of MAY_INTRODUCE.test(text) ? text.matchAll(INTRODUCED) : []) {
      const phrase = match[1] ?? "";
      const start = (match.index ?? 0) + match[0].length - phrase.length;
      // 实施新修订的外商投资产业指导目录: the name starts after the last 的.
      const cut = phrase.startsWith("党的") ? 0 : phrase.lastIndexOf("的") + 1;
      const modifier = phrase.length - cut - headLength(phrase);
      // A short head needs three characters of name before it (…项目), a long one two (党史学习教育).
      if (modifier < (headLength(phrase) >= 4 ? 2 : 3) || GENERIC_START.test(phrase.slice(cut))) continue;
      found.push({ type: "Project", start: start + cut, end: start + phrase.length, rule: "project-introduced", priority: 2 });
      // 开展A、B、C: every item of the enumeration that ends in a head is a project too.
      for (let at = start + phrase.length, next = NEXT_ITEM.exec(text.slice(at)); next; next = NEXT_ITEM.exec(text.slice(at))) {
        const item = next[1] ?? "";
        if (!GENERIC_START.test(item) && item.length - headLength(item) >= 2) found.push({ type: "Project", start: at + 1, end: at + 1 + item.length, rule: "project-enumerated", priority: 2 });
        at += 1 + item.length;
      }
    }
    for (const match of text.includes("在") ? text.matchAll(AT_MEETING) : []) {
      const lead = TIME_START.exec(match[1] ?? "")?.[0].length ?? 0;
      const start = (match.index ?? 0) + 1 + lead;
      found.push({ type: "Project", start, end: start + (match[1] ?? "").length - lead, rule: "project-meeting", priority: 3 });
    }
    for (const match of /[院校期建]/u.test(text) ? text.matchAll(FACILITY_WORK) : []) {
      const start = match.index ?? 0;
      found.push({ type: "Project", start, end: start + match[0].length, rule: "project-facility-work", priority: 3 });
    }
    let owners: Candidate[] | undefined;
    for (const match of /[届次中]/u.test(text) ? text.matchAll(SESSION) : []) {
      const at = match.index ?? 0;
      // A session belongs to the body named right before it: 市委七届十次全会, 人大常委会第三十二次会议.
      owners ??= organizationExtractor.extract(context);
      const owner = owners.filter((o) => o.end === at).sort((a, b) => a.start - b.start)[0];
      // 五届人大三次会议: the term written before the body belongs to the session.
      const term = owner ? TERM_BEFORE.exec(text.slice(0, owner.start))?.[0].length ?? 0 : 0;
      if (owner) found.push({ type: "Project", start: owner.start - term, end: at + match[0].length, rule: "project-session", priority: 4 });
      else if (/^[一二三四五六七八九十]+中全会$/u.test(match[0]) || text.slice(0, at).endsWith("党的")) {
        // 党的二十届四中全会, 三中全会: the Party's plenums are named without a body.
        const start = text.slice(0, at).endsWith("党的") ? at - 2 : at;
        found.push({ type: "Project", start, end: at + match[0].length, rule: "project-party-session", priority: 4 });
      }
    }
    for (const match of text.includes("党的") ? text.matchAll(PARTY_CONGRESS) : []) {
      found.push({ type: "Project", start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, rule: "project-party-congress", priority: 4 });
    }
    return found;
  },
};

/** A quoted name is a project when a project head ends it or follows it; slogans (“四个意识”) are not. */
function addQuoted(context: SentenceContext, start: number, quoted: string, found: Candidate[]): void {
  if (/[，。；！？,;!?]/u.test(quoted)) return;
  const after = context.text.slice(start + quoted.length + 1);
  const head = HEAD_AFTER.exec(after);
  if (head) {
    found.push({ type: "Project", start: start - 1, end: start + quoted.length + 1 + head[0].length, rule: "project-quoted-head", priority: 4, canonical: quoted + (head[1] ?? "") });
    if (!SLOGAN.test(quoted)) found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-head", priority: 4, canonical: quoted + (head[1] ?? "") });
    return;
  }
  const tail = quotedTail(context, start + quoted.length + 1);
  if (tail > 0) {
    // “五型政协”建设: the name with its head is the project; the quoted words alone are how the text refers to it.
    const canonical = quoted + after.slice(0, tail);
    found.push({ type: "Project", start: start - 1, end: start + quoted.length + 1 + tail, rule: "project-quoted-tail", priority: 4, canonical });
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-tail", priority: 4, canonical });
    return;
  }
  if (LISTED_ACTIVITY.test(after) && !SLOGAN.test(quoted)) {
    // 开展“A”、“B”等活动: each quoted item of a list of activities is one.
    found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-listed", priority: 4 });
    return;
  }
  if (FIVE_YEAR_PLAN.test(quoted)) {
    found.push({ type: "Project", start: start - 1, end: start + quoted.length + 1, rule: "project-five-year-plan", priority: 4, canonical: `${quoted}规划` });
    return;
  }
  if (ENDS_WITH_SELF_HEAD.test(quoted) && quoted.length >= 4) found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted", priority: 4 });
}

/** The length of the longest noun phrase after a quoted name that ends in a project head at a word boundary (0: none). */
function quotedTail(context: SentenceContext, from: number): number {
  const tail = TAIL.exec(context.text.slice(from))?.[0] ?? "";
  // The longest such phrase: “1+2+4+N”目标任务体系, not “1+2+4+N”目标.
  for (let length = tail.length; length >= 1; length--) {
    if (ENDS_WITH_TAIL_HEAD.test(tail.slice(0, length)) && isTokenBoundary(context, from + length)) return length;
  }
  return 0;
}

function headLength(phrase: string): number {
  return PROJECT_HEADS.filter((head) => phrase.endsWith(head)).reduce((longest, head) => Math.max(longest, head.length), 0);
}

// Meetings, sessions and congresses, counted rule sets, censuses, five-year plans and events by edition.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { EVENT_HEADS, RULE_NOUNS } from "../../lexicon/project-heads.js";
import { isTokenBoundary } from "../../sentence-context.js";
import { organizationExtractor } from "../organizations/extract-organizations.js";
import { bodyBefore } from "./project-owners.js";
import { TIME_START, alternation } from "./project-words.js";

/** A meeting named by where something happened: 在…交流会上, 在…会议上. */
const AT_MEETING = /在([^，。；、：“”《》\s在]{4,30}?(?:会议|交流会|大会|全会|论坛|座谈会|推进会|研讨会|博览会))上/gu;
/** Sessions and plenums: 七届十次全会, 第三十二次会议, 十九届五中全会, 十二届七次、八次全会, 十四届五次全委扩大会议. */
const SESSION =
  /(?:第?[一二三四五六七八九十百]+届)?(?:第?[一二三四五六七八九十百]+次(?:、第?[一二三四五六七八九十百]+次)*|[一二三四五六七八九十]+中)(?:全体(?:扩大)?会议|全委(?:扩大)?会议|全委会|扩大会议|常务会议|全会|会议|大会)/gu;
/** The Party's national congresses by number: 党的十九大. */
export const PARTY_CONGRESS = /党的[一二三四五六七八九十]{1,3}大(?![会学])/gu;
/** A body's work conference (中央经济工作会议, 省委农村工作会议, 全市安全生产工作会议): the domain before 工作会议. */
const WORK_MEETING = /工作(?:会议|大会)/gu;
/** A whole unit holding a work conference (全市经济工作会议). */
const WHOLE_UNIT = /(?:全国|全省|全市|全区|全县|全州|全盟|全旗)$/u;
/** A rule set with its count (八项规定, 28条配套规定, 十项要求); its body is named before it. */
const RULE_SET = new RegExp(`[一二三四五六七八九十百\\d]{1,3}[项条](?:${alternation(RULE_NOUNS)})`, "gu");
/** Censuses by their ordinal (第三次全国经济普查, 第六次人口普查, 第三次全国国土调查) or national (全国农业普查). */
export const CENSUS =
  /第[一二三四五六七八九十]{1,3}次(?:全国[\u4e00-\u9fff]{2,6}?(?:普查|调查)|[\u4e00-\u9fff]{2,6}?普查)|全国[\u4e00-\u9fff]{2,4}?普查/gu;
/** Five-year plans by their ordinal (第一个五年计划, 第十四个五年规划), in either script. */
const ORDINAL_PLAN = /第[一二三四五六七八九十]{1,3}个五年(?:计划|計划|規划|规划)/gu;
/** What continues a plan's number into the title of a document about it. */
const PLAN_TITLE_GOES_ON = /^(?:纲要|和|的建议|建议|的编制|编制|（草案）)/u;
/** Events by edition: 首届中国国际进口博览会, 全国第十四届冬运会, 第二次长三角“三市一区”政协主席联席会议. */
const EDITION = new RegExp(
  `(?:全国|全省|全市)?(?:首届|第[一二三四五六七八九十百\\d]{1,4}[届次])([\\u4e00-\\u9fff“”·]{2,20}?)(?:${alternation(EVENT_HEADS)})`,
  "gu",
);
/** Names of bodies and sessions, which an edition's name must not run over. */
const NOT_EVENT_NAME = /代表大会|人民代表|委员会|全会|党代会|常委会/u;

export function addMatches(text: string, pattern: RegExp, rule: string, priority: number, found: Candidate[]): void {
  for (const match of text.matchAll(pattern))
    found.push({ type: "Project", start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, rule, priority });
}

export function addAtMeetings(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(AT_MEETING)) {
    const lead = TIME_START.exec(match[1] ?? "")?.[0].length ?? 0;
    const start = (match.index ?? 0) + 1 + lead;
    found.push({
      type: "Project",
      start,
      end: start + (match[1] ?? "").length - lead,
      rule: "project-meeting",
      priority: 3,
    });
  }
}

export function addSessions(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  let owners: Candidate[] | undefined;
  for (const match of text.matchAll(SESSION)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    // A session belongs to the body named right before it: 市委七届十次全会, 人大常委会第三十二次会议, 五届人大三次会议.
    let start = bodyBefore(text, at);
    if (start < 0 && /[会委府]$/u.test(text.slice(0, at))) {
      // A body the short list of organs does not know (中央全面深化改革委员会): ask the organization rules, rarely.
      owners ??= organizationExtractor.extract(context);
      start = owners
        .filter((o) => o.end === at)
        .reduce((first, o) => (first < 0 || o.start < first ? o.start : first), -1);
    }
    if (start >= 0) found.push({ type: "Project", start, end, rule: "project-session", priority: 4 });
    else if (/^[一二三四五六七八九十]+中全会$/u.test(match[0]) || text.slice(0, at).endsWith("党的")) {
      // 党的二十届四中全会, 三中全会: the Party's plenums are named without a body.
      const from = text.slice(0, at).endsWith("党的") ? at - 2 : at;
      found.push({ type: "Project", start: from, end, rule: "project-party-session", priority: 4 });
    }
  }
}

/** 中央经济工作会议, 省委农村工作会议, 全市安全生产工作会议: a body or a whole unit, a domain, and 工作会议. */
export function addWorkMeetings(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(WORK_MEETING)) {
    const at = match.index ?? 0;
    for (let domain = 2; domain <= 6 && domain <= at; domain++) {
      const from = at - domain;
      if (!/^[\u4e00-\u9fff]+$/u.test(text.slice(from, at)) || /[的和与]/u.test(text.slice(from, at))) break;
      if (!isTokenBoundary(context, from)) continue;
      const whole = WHOLE_UNIT.exec(text.slice(Math.max(0, from - 2), from))?.[0].length ?? 0;
      const start = whole > 0 ? from - whole : bodyBefore(text, from);
      if (start < 0) continue;
      found.push({ type: "Project", start, end: at + match[0].length, rule: "project-session", priority: 4 });
      break;
    }
  }
}

/** 贯彻中央八项规定精神学习教育: a rule set named inside a longer project's name is part of that name, not a mention. */
export function dropNestedRuleSets(found: Candidate[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const rule = found[i];
    if (rule?.rule !== "project-rule-set") continue;
    if (found.some((other) => other.rule !== rule.rule && other.start <= rule.start && rule.end < other.end))
      found.splice(i, 1);
  }
}

/** 中央八项规定, 自治区党委28条配套规定: a counted rule set is a project when the body that issued it is named. */
export function addRuleSets(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(RULE_SET)) {
    const at = match.index ?? 0;
    const start = bodyBefore(text, at);
    if (start >= 0)
      found.push({ type: "Project", start, end: at + match[0].length, rule: "project-rule-set", priority: 4 });
  }
}

export function addOrdinalPlans(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(ORDINAL_PLAN)) {
    const start = match.index ?? 0;
    // 国民经济和社会发展第十五个五年规划纲要, 《…规划的建议》: the number is part of a longer title, read as that.
    if (
      PLAN_TITLE_GOES_ON.test(text.slice(start + match[0].length)) ||
      text.lastIndexOf("《", start) > text.lastIndexOf("》", start)
    )
      continue;
    found.push({
      type: "Project",
      start,
      end: start + match[0].length,
      rule: "project-five-year-plan",
      priority: 4,
      canonical: match[0].replace("計", "计").replace("規", "规"),
    });
  }
}

export function addEditions(text: string, found: Candidate[]): void {
  for (const match of text.matchAll(EDITION)) {
    const name = match[1] ?? "";
    // A quoted name is extended by its edition where the quotation is read (addQuoted).
    if (NOT_EVENT_NAME.test(name) || name.includes("“")) continue;
    const start = match.index ?? 0;
    found.push({ type: "Project", start, end: start + match[0].length, rule: "project-edition", priority: 4 });
  }
}

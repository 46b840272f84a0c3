// Programmes a clause names: after a verb that introduces or advances them, as list items, as subjects, and campaigns.

import type { Candidate, SentenceContext } from "../../extraction-types.js";
import { CITY_PROVINCE, PROVINCES } from "../../lexicon/places.js";
import {
  ADVANCE_VERBS,
  CAMPAIGN_QUALITIES,
  CREATE_VERBS,
  DESIGNATION_HEADS,
  NAMED_PROGRAMMES,
  ORGANIZE_VERBS,
  PUBLISH_VERBS,
  STRONG_HEADS,
} from "../../lexicon/project-heads.js";
import { isTokenBoundary } from "../../sentence-context.js";
import {
  CLASS_OF_WORKS,
  GENERIC_MODIFIER,
  GENERIC_START,
  HEADS,
  NAME_CHAR,
  TIME_START,
  alternation,
  clauseStart,
  headLength,
  joinsTwo,
} from "./project-words.js";

export const INTRODUCING = [...ORGANIZE_VERBS, ...PUBLISH_VERBS];
/** A verb that introduces an activity, then the activity up to its head, within one clause. */
export const INTRODUCED = new RegExp(
  `(?:${alternation(INTRODUCING)})(${NAME_CHAR}{2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|上|中|后|等|和)`,
  "gu",
);
/** A project head somewhere in the sentence: the cheap test before the patterns that end in one. */
export const HAS_PROJECT_HEAD = new RegExp(HEADS, "u");
/** A verb of advancing or creating, then a programme or designation up to a strong head (推进兴边富民行动, 争创全国文明城市). */
export const ADVANCED = new RegExp(
  `(?:${alternation([...ADVANCE_VERBS, ...CREATE_VERBS])})了?(${NAME_CHAR}{2,24}?(?:${alternation([...STRONG_HEADS, ...DESIGNATION_HEADS])}))(?=[，。；、：,;]|$|上|中|后|等|和|进程)`,
  "gu",
);
/** A strong or designation head somewhere in the sentence: the cheap test before the verb patterns that end in one. */
export const HAS_STRONG_HEAD = new RegExp(alternation([...STRONG_HEADS, ...DESIGNATION_HEADS]), "u");
/** Verbs that open a list whose items are projects when they end in a head (开展A、B试点). */
const LIST_OPENER = new RegExp(`(?:${alternation([...INTRODUCING, ...ADVANCE_VERBS, ...CREATE_VERBS])})`, "gu");
/**
 * A verb inside a phrase that a looser word before it took in (继续实施X战略, 、推进X行动, 建设中必须实施X战略): the name
 * starts after the last one. Verbs of creating stay, as names hold them (某某创建工程, 某基地建设专题协商).
 */
const LAST_VERB = new RegExp(`^.*(?:${alternation([...INTRODUCING, ...ADVANCE_VERBS])})`, "u");
/** A designation's opening that names it: a level or the nation. */
const NAMED_START = /^(?:国家|全国|国际|省级|自治区级|市级)/u;
/** Heads too weak to make a list item a project without a verb of its own (某某协同模式, 某某服务平台). */
const WEAK_LIST_HEAD = /(?:模式|体系|平台|品牌|评价|调研|工作法)$/u;
/** The next item of an enumeration, ending in a project head. */
const NEXT_ITEM = new RegExp(`^、(${NAME_CHAR}{2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|等|和)`, "u");
/** The last item of a list after a verb: up to its head, before 等, 和 or the predicate of the clause. */
const LAST_ITEM = new RegExp(`^${NAME_CHAR}{2,28}?(?:${HEADS})(?=$|等|和|纳入|建设|工作)`, "u");
/** A programme's head followed by what is said of its progress (某某惠民工程深入实施): the clause before it is its name. */
const PROGRAMME_PROGRESS =
  /(?:专项行动|工程|行动|计划)(?=(?:已经|已|正式|全面|深入|顺利|扎实|稳步|加快|有序|持续)?(?:启动|实施|推进|完成|开工|竣工|建成|取得|进展|成效))/gu;
/** Openings of a programme phrase that make it a class, not a name (国家重大发展战略, 我国某某示范区). */
const GENERIC_PROGRAMME = /^(?:我国|我市|我省|我区|重点|重大|国家重大|国家重点|各项|一批|这些|有关|相关)/u;
export const NAMED_PROGRAMME = new RegExp(alternation(NAMED_PROGRAMMES), "gu");
/** A quality and a place built into it (平安山西建设, 健康北京建设). */
const CAMPAIGN_PLACES: ReadonlySet<string> = new Set([...Object.keys(PROVINCES), ...CITY_PROVINCE.keys(), "中国"]);
const QUALITIES: ReadonlySet<string> = new Set(CAMPAIGN_QUALITIES);

/** 平安山西建设, 健康北京建设: a quality, a province or city, and 建设 (read back from each 建设, no pattern scan). */
export function addCampaigns(text: string, found: Candidate[]): void {
  for (let at = text.indexOf("建设"); at >= 0; at = text.indexOf("建设", at + 2)) {
    for (let place = 2; place <= 3; place++) {
      const from = at - place - 2;
      if (from >= 0 && CAMPAIGN_PLACES.has(text.slice(at - place, at)) && QUALITIES.has(text.slice(from, at - place))) {
        found.push({ type: "Project", start: from, end: at + 2, rule: "project-campaign", priority: 3 });
        break;
      }
    }
  }
}

/** A phrase after an introducing verb, cut after its last 的, when its name before the head is long enough. */
function introducedName(phrase: string): number {
  // 实施新修订的外商投资产业指导目录: the name starts after the last 的.
  const cut = phrase.startsWith("党的") ? 0 : phrase.lastIndexOf("的") + 1;
  const head = headLength(phrase);
  // A short head needs three characters of name before it (…项目), a long one two (党史学习教育).
  if (phrase.length - cut - head < (head >= 4 ? 2 : 3) || GENERIC_START.test(phrase.slice(cut))) return -1;
  return cut;
}

export function addIntroduced(context: SentenceContext, pattern: RegExp, rule: string, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(pattern)) {
    const whole = match[1] ?? "";
    const verb = LAST_VERB.exec(whole)?.[0].length ?? 0;
    const phrase = whole.slice(verb);
    const start = (match.index ?? 0) + match[0].length - phrase.length;
    if (
      pattern === ADVANCED &&
      (joinsTwo(context, start, start + phrase.length) ||
        GENERIC_PROGRAMME.test(phrase) ||
        !namedAfterBuild(match[0], phrase))
    )
      continue;
    const cut = introducedName(phrase);
    if (cut < 0 || !isTokenBoundary(context, start + cut)) continue;
    found.push({ type: "Project", start: start + cut, end: start + phrase.length, rule, priority: 2 });
    // 开展A、B、C: every item of the enumeration that ends in a head is a project too.
    for (
      let at = start + phrase.length, next = NEXT_ITEM.exec(text.slice(at));
      next;
      next = NEXT_ITEM.exec(text.slice(at))
    ) {
      const item = next[1] ?? "";
      if (!GENERIC_START.test(item) && item.length - headLength(item) >= 2)
        found.push({
          type: "Project",
          start: at + 1,
          end: at + 1 + item.length,
          rule: "project-enumerated",
          priority: 2,
        });
      at += 1 + item.length;
    }
  }
}

/** After 建设, only a designation that opens with a place or a level names one (建设某市某基地, not 建设成果转化基地). */
function namedAfterBuild(opened: string, phrase: string): boolean {
  if (!opened.startsWith("建设")) return true;
  return NAMED_START.test(phrase) || CAMPAIGN_PLACES.has(phrase.slice(0, 2)) || CAMPAIGN_PLACES.has(phrase.slice(0, 3));
}

/** 开展A、B试点: items of a list after a verb that end in a head, even when the first does not. */
export function addListItems(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const opener of text.matchAll(LIST_OPENER)) {
    const from = (opener.index ?? 0) + opener[0].length;
    const clauseEnd = text.slice(from).search(/[，。；：,;:]/u);
    const clause = text.slice(from, clauseEnd < 0 ? text.length : from + clauseEnd);
    if (!clause.includes("、")) continue;
    const build = opener[0] === "建设";
    let at = from;
    const items = clause.split("、");
    items.forEach((raw, index) => {
      // The last item ends where the list does: before 等, 和 or the rest of the clause's predicate.
      const listed = index === items.length - 1 ? lastItem(raw) : raw;
      const verb = LAST_VERB.exec(listed)?.[0].length ?? 0;
      const item = listed.slice(verb);
      const start = at + verb;
      if (
        item.length <= 28 &&
        headLength(item) > 0 &&
        !WEAK_LIST_HEAD.test(item) &&
        !GENERIC_PROGRAMME.test(item) &&
        (!build || namedAfterBuild("建设", item)) &&
        !/[“”《》]/u.test(item) &&
        !joinsTwo(context, start, start + item.length) &&
        introducedName(item) === 0 &&
        isTokenBoundary(context, start)
      ) {
        found.push({ type: "Project", start, end: start + item.length, rule: "project-enumerated", priority: 2 });
      }
      at += raw.length + 1;
    });
  }
}

/** The last item of a list: up to the first head followed by 等, 和 or a verb's clause. */
function lastItem(raw: string): string {
  return LAST_ITEM.exec(raw)?.[0] ?? "";
}

export function addSubjectProgrammes(context: SentenceContext, found: Candidate[]): void {
  const { text } = context;
  for (const match of text.matchAll(PROGRAMME_PROGRESS)) {
    const end = (match.index ?? 0) + match[0].length;
    const clause = clauseStart(text, match.index ?? 0);
    const name = text.slice(clause, end);
    const lead = TIME_START.exec(name)?.[0].length ?? 0;
    const body = name.slice(lead);
    if (body.length < 3 || body.length > 16 || !/^[\u4e00-\u9fff\d]+$/u.test(body)) continue;
    if (
      GENERIC_START.test(body) ||
      GENERIC_MODIFIER.test(body) ||
      CLASS_OF_WORKS.test(body) ||
      body.length - headLength(body) < 3 ||
      !isTokenBoundary(context, clause + lead)
    )
      continue;
    found.push({ type: "Project", start: clause + lead, end, rule: "project-subject", priority: 2 });
  }
}

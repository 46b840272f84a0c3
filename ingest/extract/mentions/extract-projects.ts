// Projects: titles in 《》, quoted names with a project head (“常委讲坛”, “金点子”征集活动), introduced activities and sessions.

import type { Candidate, MentionExtractor, SentenceContext } from "../extraction-types.js";
import { ORGANIZE_VERBS, PROJECT_HEADS, PUBLISH_VERBS, QUOTED_SELF_HEADS, SLOGAN } from "../lexicon/project-heads.js";
import { organizationExtractor } from "./extract-organizations.js";
import { escapeRegExp } from "./lexicon-matcher.js";

const HEADS = [...PROJECT_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const BOOK_TITLE = /《([^《》\n]{2,60})》/gu;
const QUOTED = /“([^“”\n]{2,40})”/gu;
/** An unclosed quote carried over a layout break: the line starts inside the quotation. */
const CARRIED_QUOTE = /^([^“”\n]{2,40})”/u;
const HEAD_AFTER = new RegExp(`^(?:为主题的|主题)?(?:系列)?(${HEADS})`, "u");
const ENDS_WITH_SELF_HEAD = new RegExp(`(?:${[...QUOTED_SELF_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})$`, "u");
const VERBS = [...ORGANIZE_VERBS, ...PUBLISH_VERBS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/** A verb that introduces an activity, then the activity up to its head, within one clause. */
const INTRODUCED = new RegExp(`(?:${VERBS})((?:[^，。；、：“”《》()（）\\s]){2,28}?(?:${HEADS}))(?=[，。；、：,;]|$|上|中|后|等|和)`, "gu");
/** First characters of the introducing verbs: a cheap test before the costly pattern. */
const MAY_INTRODUCE = new RegExp(`[${[...new Set([...ORGANIZE_VERBS, ...PUBLISH_VERBS].map((v) => v[0]))].join("")}]`, "u");
/** A meeting named by where something happened: 在…交流会上, 在…会议上. */
const AT_MEETING = /在([^，。；、：“”《》\s在]{4,30}?(?:会议|交流会|大会|全会|论坛|座谈会|推进会|研讨会|博览会))上/gu;
/** Sessions and plenums: 七届十次全会, 第三十二次会议, 十九届五中全会. */
const SESSION = /(?:第?[一二三四五六七八九十百]+届)?(?:第?[一二三四五六七八九十百]+次|[一二三四五六七八九十]+中)(?:全体会议|全会|会议|大会)/gu;
const GENERIC_START = /^(?:工作|有关|相关|各项|一系列|多种|各类|[\d一二三四五六七八九十百千]|[和以在向与及对把将为从])|等|以/u;

/** The project extractor. */
export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context) {
    const found: Candidate[] = [];
    const { text } = context;
    for (const match of text.includes("《") ? text.matchAll(BOOK_TITLE) : []) {
      const start = (match.index ?? 0) + 1;
      const title = match[1] ?? "";
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
      if (phrase.length - headLength(phrase) < 3 || GENERIC_START.test(phrase)) continue;
      found.push({ type: "Project", start, end: start + phrase.length, rule: "project-introduced", priority: 2 });
    }
    for (const match of text.includes("在") ? text.matchAll(AT_MEETING) : []) {
      const start = (match.index ?? 0) + 1;
      found.push({ type: "Project", start, end: start + (match[1] ?? "").length, rule: "project-meeting", priority: 3 });
    }
    let owners: Candidate[] | undefined;
    for (const match of /[届次中]/u.test(text) ? text.matchAll(SESSION) : []) {
      const at = match.index ?? 0;
      // A session belongs to the body named right before it: 市委七届十次全会, 人大常委会第三十二次会议.
      owners ??= organizationExtractor.extract(context);
      const owner = owners.filter((o) => o.end === at).sort((a, b) => a.start - b.start)[0];
      if (owner) found.push({ type: "Project", start: owner.start, end: at + match[0].length, rule: "project-session", priority: 4 });
    }
    return found;
  },
};

/** A quoted name is a project when a project head ends it or follows it; slogans (“四个意识”) are not. */
function addQuoted(context: SentenceContext, start: number, quoted: string, found: Candidate[]): void {
  if (/[，。；！？]/u.test(quoted)) return;
  const after = context.text.slice(start + quoted.length + 1);
  const head = HEAD_AFTER.exec(after);
  if (head) {
    found.push({ type: "Project", start: start - 1, end: start + quoted.length + 1 + head[0].length, rule: "project-quoted-head", priority: 4, canonical: quoted + (head[1] ?? "") });
    if (!SLOGAN.test(quoted)) found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted-head", priority: 4, canonical: quoted + (head[1] ?? "") });
    return;
  }
  if (ENDS_WITH_SELF_HEAD.test(quoted) && quoted.length >= 4) found.push({ type: "Project", start, end: start + quoted.length, rule: "project-quoted", priority: 4 });
}

function headLength(phrase: string): number {
  return PROJECT_HEADS.filter((head) => phrase.endsWith(head)).reduce((longest, head) => Math.max(longest, head.length), 0);
}

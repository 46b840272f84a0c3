// Word patterns and tests that the project rules share: heads, clause marks, generic openings, joined names.

import type { SentenceContext } from "../../extraction-types.js";
import { PROJECT_HEADS } from "../../lexicon/project-heads.js";
import { escapeRegExp } from "../lexicon-matcher.js";

/** An alternation of words, longest first, for a pattern built once at load. */
export const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
/** A character class of the first characters of words: a cheap test before the pattern that reads them. */
export const firstChars = (words: readonly string[]) =>
  new RegExp(`[${[...new Set(words.map((w) => w[0]))].join("")}]`, "u");

export const HEADS = alternation(PROJECT_HEADS);
/** Characters a name runs over between its verb and its head: anything but clause and list punctuation. */
export const NAME_CHAR = "[^，。；、：“”《》()（）\\s]";
/** Conjunctions that join two things: a phrase holding one is two names, not one. */
const CONJUNCTIONS = new Set(["和", "与", "及", "或", "以及", "并"]);
/** Marks that open a clause: a subject's name starts after the last one before it. */
const CLAUSE_MARK = /[，。；：,;:]/u;
/** Modifiers that make a programme generic rather than named (重点工程, 民生工程). */
export const GENERIC_MODIFIER =
  /^(?:重点|重大|民生|各项|这些|一批|多个|所有|全市|全省|全区|全县|全国|我国|我市|我省|我区|我县|其他|相关|有关|国家重大|国家重点)/u;
/** A class of works rather than one (一批重大项目, 水利重点工程, 新的工程). */
export const CLASS_OF_WORKS = /一批|一些|若干|多个|各类|的|(?:重点|重大|民生|基础设施|建设)(?:工程|项目)$/u;
export const GENERIC_START =
  /^(?:工作|有关|相关|各项|一系列|多种|各类|[\d一二三四五六七八九十百千]|[和以在向与及对把将为从了着])|等|以/u;
/** Time words that open a clause before a name (在前不久…大会上, 如今某楼刚刚启用). */
export const TIME_START = /^(?:前不久|不久前|近日|日前|此前|随后|同时|如今|目前|今年|去年|年内)/u;

/** The start of the clause holding offset `at`: after the last clause mark before it. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i] ?? "")) return i + 1;
  return 0;
}

/** Project heads by their last character, longest first: a phrase is compared only with the heads it may end in. */
const HEADS_BY_LAST = new Map<string, string[]>();
for (const head of [...new Set(PROJECT_HEADS)].sort((a, b) => b.length - a.length)) {
  const last = head[head.length - 1] ?? "";
  const list = HEADS_BY_LAST.get(last) ?? [];
  list.push(head);
  HEADS_BY_LAST.set(last, list);
}

/** Length of the longest project head the phrase ends in, or 0. */
export function headLength(phrase: string): number {
  for (const head of HEADS_BY_LAST.get(phrase[phrase.length - 1] ?? "") ?? [])
    if (phrase.endsWith(head)) return head.length;
  return 0;
}

/** True when a conjunction joins two things inside the span (对话与谈判, 敬老院和养护院项目): it is not one name. */
export function joinsTwo(context: SentenceContext, start: number, end: number): boolean {
  for (let index = context.tokenAt[start] ?? -1; index >= 0 && index < context.tokens.length; index++) {
    const token = context.tokens[index];
    if (!token || token.start >= end) break;
    if ((token.tag.startsWith("c") || token.tag === "p") && CONJUNCTIONS.has(token.word)) return true;
  }
  return false;
}

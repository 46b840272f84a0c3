// The year of a report that states no date, from what it says of itself: the national session it is delivered to,
// or, for a government work report, the year its review covers (such a report is heard early in the next year).

import { cpcCongressYear, npcSessionYear } from "../lexicon/congress-sessions.js";
import { normalizeText } from "../normalize.js";
import { chineseNumber } from "./dates.js";

/** How much of the body is read: a report names its own session and its first heading in the opening. */
const OPENING_CHARS = 1500;
const REVIEW_CHARS = 4000;

const N = "[一二三四五六七八九十\\d]{1,3}";
// Traditional forms as well: the earliest reports are kept in traditional characters (全國人民代表大會).
const NPC = `第(${N})[届屆]全[国國]人民代表大[会會](?:第(${N})次[会會][议議])?`;
const CPC = `第(${N})次全[国國]代表大[会會]`;

/** In the title block: ——2024年3月5日在第十四届全国人民代表大会第二次会议上, and the same without a day. */
const HEAD_NPC_SESSION = new RegExp(`在${NPC}上`, "u");
const HEAD_CPC_CONGRESS = new RegExp(`在中国共产党${CPC}上`, "u");
/** Phrases of the opening that name the session the text itself is delivered to or adopted at. */
const OWN_NPC_SESSION = [
  // 我代表国务院向第六届全国人民代表大会第一次会议作政府工作报告 / 提出…报告
  new RegExp(`向(?:本次)?${NPC}[，,]?\\s*(?:作|提出|报告)`, "u"),
  // 我们第一届全国人民代表大会第一次会议，… (the speaker of the session itself)
  new RegExp(`我[们們](?:这次)?${NPC}`, "u"),
  // A resolution opens with its session: 第十三届全国人民代表大会第二次会议听取和审议了…
  new RegExp(`^${NPC}(?:听取|审议|关于|决定|通过)`, "u"),
];
/**
 * A term's closing report looks back on the five years since its first session (第十届全国人民代表大会第一次会议以来的五年,
 * 从第七届…第一次会议，到这次大会的召开，已经整整过去了五年): it is delivered at the next term's first session.
 */
const TERM_REVIEW = new RegExp(`${NPC}(?:以来的五年|[，,]?\\s*到这次大会[^。]{0,20}五年)`, "u");
const OWN_CPC_CONGRESS = [
  new RegExp(`向(?:党的)?${CPC}作`, "u"),
  // 中国共产党第十一次全国代表大会，现在开幕了 / 是在…召开的 / 将是… (the congress describing itself)
  new RegExp(`(?:^|\\n)\\s*中国共产党${CPC}[，,]?\\s*(?:现在|将是|是|在)`, "u"),
];

/** A government work report: delivered by the government to its people's congress. */
const GOVERNMENT_REPORT = /代表[^。\n]{0,20}?(?:国务院|政府)[^。\n]{0,20}?向(?:本次)?大会|作政府工作报告|报告政府工作/u;
/** 一、2024年工作回顾 / 一、1991年国内工作的回顾 / 首先报告2001年的工作 */
const REVIEW_HEADING = /((?:19|20)\d{2})年[^，。\n]{0,10}?工作的?回顾|报告((?:19|20)\d{2})年的工作/u;
/** 一、去年工作回顾 followed by a paragraph that opens with the year: 2005年，… */
const LAST_YEAR_HEADING = /^(?:[一1]\s*[、.．]\s*)?(?:过去一年|去年|上一年)的?工作的?回顾$/u;
const YEAR_OPENING = /^((?:19|20)\d{2})年[，,是]/u;
const MAX_HEADING = 40;

/**
 * The year the document was delivered, as YYYY, when it names its own national session or congress, or when it is a
 * government work report whose review heading names the past year. `head` is the title block, `body` what follows.
 */
export function documentYear(head: string, body: string): string | undefined {
  const opening = normalizeText(body.slice(0, OPENING_CHARS));
  const year =
    headYear(normalizeText(head)) ??
    openingYear(opening) ??
    reviewYear(opening, normalizeText(body.slice(0, REVIEW_CHARS)));
  return year === undefined ? undefined : String(year);
}

// Only the title block may say 在…会议上 of itself: in the body the same words recall an earlier session.
function headYear(head: string): number | undefined {
  const npc = HEAD_NPC_SESSION.exec(head);
  if (npc) return npcYear(npc);
  const cpc = HEAD_CPC_CONGRESS.exec(head);
  return cpc ? cpcCongressYear(chineseNumber(cpc[1] ?? "")) : undefined;
}

function npcYear(match: RegExpExecArray): number | undefined {
  return npcSessionYear(chineseNumber(match[1] ?? ""), match[2] ? chineseNumber(match[2]) : undefined);
}

function openingYear(text: string): number | undefined {
  for (const pattern of OWN_NPC_SESSION) {
    const match = pattern.exec(text);
    if (match) return npcYear(match);
  }
  const closing = TERM_REVIEW.exec(text);
  if (closing && closing[2] !== undefined && chineseNumber(closing[2]) === 1)
    return npcSessionYear(chineseNumber(closing[1] ?? "") + 1, 1);
  for (const pattern of OWN_CPC_CONGRESS) {
    const match = pattern.exec(text);
    if (match) return cpcCongressYear(chineseNumber(match[1] ?? ""));
  }
  return undefined;
}

function reviewYear(opening: string, body: string): number | undefined {
  if (!GOVERNMENT_REPORT.test(opening)) return undefined;
  const lines = body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  for (const [i, line] of lines.entries()) {
    if (line.length > MAX_HEADING || line.includes("。")) continue;
    const review = REVIEW_HEADING.exec(line);
    if (review) return Number(review[1] ?? review[2]) + 1;
    if (LAST_YEAR_HEADING.test(line)) {
      const year = YEAR_OPENING.exec(lines[i + 1] ?? "");
      if (year) return Number(year[1]) + 1;
    }
  }
  return undefined;
}

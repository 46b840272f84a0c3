// Dates as Chinese documents write them (2024年3月5日, 2024-03-05, 二〇二四年三月五日), read as ISO YYYY-MM-DD.

import { isCalendarDate } from "../../../common/calendar-date.js";

/** A date found in a string, with its span. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

// Years in Chinese numerals use 〇, 零 or the look-alike ○ (U+25CB) and O for zero.
const ARABIC = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const NUMERIC = String.raw`(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)`;
const CHINESE = String.raw`([〇零○O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`;
const DATE = new RegExp(`${ARABIC}|${NUMERIC}|${CHINESE}`, "gu");

/** Every well-formed date in `text`, in order; impossible ones (month 13, 2月30日, year 1066) are skipped. */
export function datesIn(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE)) {
    const iso = match[1]
      ? isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
      : match[4]
        ? isoDate(Number(match[4]), Number(match[5]), Number(match[6]))
        : isoDate(chineseYear(match[7] ?? ""), chineseNumber(match[8] ?? ""), chineseNumber(match[9] ?? ""));
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The first date in `text` as YYYY-MM-DD (Arabic or Chinese numerals). */
export function findDate(text: string): string | undefined {
  return datesIn(text)[0]?.iso;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100)) return undefined;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // The same test as `kg import` and `--date` apply, so what extraction finds is always a date they accept.
  return isCalendarDate(iso) ? iso : undefined;
}

const DIGITS = "〇一二三四五六七八九";

function digit(char: string): number {
  return char === "零" || char === "○" || char === "O" ? 0 : DIGITS.indexOf(char);
}

function chineseYear(text: string): number {
  return Number([...text].map(digit).join(""));
}

/** 一 to 三十一, as written in Chinese dates and session numbers (第十三届, 第二十次). */
export function chineseNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === "十") return 10;
  const [tens, units] = text.includes("十") ? text.split("十") : ["", text];
  return (tens === "" ? (text.includes("十") ? 1 : 0) : digit(tens ?? "")) * 10 + (units ? digit(units) : 0);
}

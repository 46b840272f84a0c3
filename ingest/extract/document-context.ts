// Reads what a document says about itself: its title line, its date, and the city and province it belongs to.

import type { Sentence } from "../types.js";
import type { DocumentContext } from "./extraction-types.js";
import { CITY_PROVINCE, PROVINCES } from "./lexicon/places.js";
import { normalizeText } from "./normalize.js";

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u;
/** How much of the opening is searched for the document's own city and province. */
const OPENING_CHARS = 600;
/** A city named as the seat of a body (辽源市第八届, 长沙市政协, 长沙市人民政府), not merely mentioned. */
const CITY_MENTION = new RegExp(`(${[...CITY_PROVINCE.keys()].sort((a, b) => b.length - a.length).join("|")})(?:市|州|盟)(?=第|政协|人大|人民|委|政府|[一二三四五六七八九十]+届)`, "gu");
const PROVINCE_MENTION = new RegExp(`(${Object.keys(PROVINCES).sort((a, b) => b.length - a.length).join("|")})(?:省|市|自治区)`, "u");
const UNKNOWN_CITY = /(?:政协|中共|中国共产党)([\u4e00-\u9fff]{2,3})(?:市|州)(?:第|委)/u;
const COUNTY = /(?:政协|中共|中国共产党)([\u4e00-\u9fff]{2,3}(?:县|区|旗))(?:第|委)/u;

/** The document's title, date, city and province, read from its opening and first date. */
export function readDocumentContext(text: string, sentences: readonly Sentence[]): DocumentContext {
  const context: DocumentContext = { title: titleOf(sentences) };
  const date = findDate(text);
  if (date) context.date = date;
  const opening = normalizeText(text.slice(0, OPENING_CHARS));
  const counts = new Map<string, number>();
  let first: string | undefined;
  for (const match of opening.matchAll(CITY_MENTION)) {
    const city = match[1] ?? "";
    // 吉林 is both a province and a city: only "吉林市" means the city.
    if (PROVINCES[city] && !match[0].endsWith("市")) continue;
    first ??= city;
    counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const city = first === undefined ? undefined : [...counts].sort((a, b) => b[1] - a[1] || (a[0] === first ? -1 : b[0] === first ? 1 : 0))[0]?.[0];
  if (city) {
    context.city = `${city}市`;
    const province = CITY_PROVINCE.get(city);
    if (province) context.province = PROVINCES[province];
  } else {
    const unknown = UNKNOWN_CITY.exec(opening);
    if (unknown?.[1]) context.city = `${unknown[1]}市`;
  }
  if (!context.province) {
    const province = PROVINCE_MENTION.exec(opening)?.[1];
    if (province) context.province = PROVINCES[province];
  }
  const county = COUNTY.exec(opening)?.[1];
  if (county) context.county = county;
  return context;
}

function titleOf(sentences: readonly Sentence[]): string {
  const first = sentences.find((s) => /[\u4e00-\u9fffA-Za-z]/u.test(s.text));
  return (first?.text ?? "").slice(0, 120);
}

/** The first date in the text as YYYY-MM-DD (Arabic or Chinese numerals). */
export function findDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (match) {
    const [year, month, day] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
    return isoDate(Number(year), Number(month), Number(day));
  }
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) return isoDate(Number([...(chinese[1] ?? "")].map(digit).join("")), chineseNumber(chinese[2] ?? ""), chineseNumber(chinese[3] ?? ""));
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const DIGITS = "〇一二三四五六七八九";

function digit(char: string): number {
  return char === "零" ? 0 : DIGITS.indexOf(char);
}

/** 一 to 三十一, as written in Chinese dates. */
export function chineseNumber(text: string): number {
  if (text === "十") return 10;
  const [tens, units] = text.includes("十") ? text.split("十") : ["", text];
  return (tens === "" ? (text.includes("十") ? 1 : 0) : digit(tens ?? "")) * 10 + (units ? digit(units) : 0);
}

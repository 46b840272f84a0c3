// Reads what a document says about itself: its title, its date, and the city and province it belongs to.

import type { DocumentContext } from "./extraction-types.js";
import { documentDate } from "./document/document-date.js";
import { fileTitle, titleFromHead } from "./document/document-title.js";
import { readDocumentHead } from "./document/head-lines.js";
import { CITY_PROVINCE, PROVINCES } from "./lexicon/places.js";
import { normalizeText } from "./normalize.js";

export { chineseNumber, findDate } from "./document/dates.js";

/** How much of the opening is searched for the document's own city and province. */
const OPENING_CHARS = 600;
/** A city named as the seat of a body (辽源市第八届, 长沙市政协, 长沙市人民政府), not merely mentioned. */
const CITY_MENTION = new RegExp(
  `(${[...CITY_PROVINCE.keys()].sort((a, b) => b.length - a.length).join("|")})(?:市|州|盟)(?=第|政协|人大|人民|委|政府|[一二三四五六七八九十]+届)`,
  "gu",
);
const PROVINCE_MENTION = new RegExp(
  `(${Object.keys(PROVINCES)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:省|市|自治区)`,
  "u",
);
const UNKNOWN_CITY = /(?:政协|中共|中国共产党)([\u4e00-\u9fff]{2,3})(?:市|州)(?:第|委)/u;
const COUNTY = /(?:政协|中共|中国共产党)([\u4e00-\u9fff]{2,3}(?:县|区|旗))(?:第|委)/u;
/** A county's congress or government heading its report (在海拉尔区第十四届人民代表大会, 海拉尔区人民政府区长). */
const COUNTY_SEAT =
  /(?:^|[\s在—-])(?![在于])(?:[\u4e00-\u9fff]{2,4}市)?([\u4e00-\u9fff]{2,4}?(?<!自治)(?:县|区|旗))(?:第[一二三四五六七八九十]+届人民代表大会|人民政府)/mu;

/**
 * The document's title, date, city and province, read from its title block and opening. The title falls back to the
 * file's name (`path`) when the text has none; the date is left out rather than taken from the body.
 */
export function readDocumentContext(text: string, path?: string): DocumentContext {
  const head = readDocumentHead(text);
  const context: DocumentContext = { title: titleFromHead(head.lines) ?? (path === undefined ? "" : fileTitle(path)) };
  const date = documentDate(text, head);
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
  const city =
    first === undefined
      ? undefined
      : [...counts].sort((a, b) => b[1] - a[1] || (a[0] === first ? -1 : b[0] === first ? 1 : 0))[0]?.[0];
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
  const county = COUNTY.exec(opening)?.[1] ?? COUNTY_SEAT.exec(opening)?.[1];
  if (county) context.county = county;
  return context;
}

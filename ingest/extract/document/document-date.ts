// A document's date: the day it was delivered or adopted, else the dated signature at its end, else the day a web
// page published it, else a year it states of itself; never a date of its body, a footer or a licence.

import { normalizeText } from "../normalize.js";
import { datesIn } from "./dates.js";
import { documentYear } from "./document-year.js";
import type { DocumentHead } from "./head-lines.js";

/** A signature closes a bulletin within its last lines, before any page or licence footer. */
const TAIL_LINES = 12;
const TAIL_CHARS = 3000;
/** The signer before a signature date: 辽源市人民政府, 中共某某县委办公室. */
const SIGNER = /^[\u4e00-\u9fff()（）]{2,30}(?:政府|委员会|委|办公室|办公厅|厅|局|部|院|会|处|室|组|中心|党组)$/u;
const FRAME = /^[-—–―─(（[【\s]+|[)）\]】\s]+$/gu;

/** The document's date as YYYY-MM-DD, or YYYY when only its own session or review says the year. */
export function documentDate(text: string, head: DocumentHead): string | undefined {
  const delivered = head.lines.find((line) => line.kind === "delivery")?.date;
  if (delivered) return delivered;
  const signed = signatureDate(text);
  if (signed) return signed;
  const published = head.lines.find((line) => line.kind === "published")?.date;
  if (published) return published;
  const headText = head.lines.map((line) => line.text).join("\n");
  return documentYear(headText, text.slice(head.bodyStart));
}

/** A line at the end that is a date alone, or a signer and a date: 2021年1月11日, 某市人民政府 2021年1月11日. */
function signatureDate(text: string): string | undefined {
  const lines = normalizeText(text.slice(-TAIL_CHARS))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  for (const line of lines.slice(-TAIL_LINES).reverse()) {
    const dates = datesIn(line);
    const date = dates[0];
    if (!date || dates.length > 1) continue;
    const rest = (line.slice(0, date.start) + line.slice(date.end)).replace(FRAME, "").trim();
    if (rest === "" || SIGNER.test(rest)) return date.iso;
  }
  return undefined;
}

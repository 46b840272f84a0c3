// Splits text into sentences on Chinese and Western end punctuation and on line breaks, keeping offsets.

import type { Sentence } from "../types.js";

// A line break always ends a sentence: page layout (a blank line in the middle of a sentence, a section resumed
// after another one) must never glue the words on either side into one name.
// A Western full stop ends a sentence only before a space or the end (not in 3.5 or www.gov.cn), and the semicolon of
// an HTML entity left in scraped text (AT&amp;T) ends none.
const SENTENCE = /(?:&(?:[a-z]{2,6}|#\d{1,5});|[^。！？；!?;.\n\r]|\.(?![\s]|$))+(?:[。！？；!?;…”’)）]|\.(?=\s|$))*/g;

/** The sentences of a text, trimmed of surrounding whitespace; offsets index the original string. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const start = (match.index ?? 0) + lead;
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body });
  }
  return sentences;
}

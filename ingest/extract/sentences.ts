// Splits text into sentences on Chinese and Western end punctuation and line breaks, keeping offsets into the text.

import type { Sentence } from "../types.js";

const SENTENCE = /[^。！？；!?;\n\r]+[。！？；!?;]*/g;

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

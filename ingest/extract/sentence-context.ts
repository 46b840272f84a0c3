// Builds the context the extractors read for one sentence: normalized text, jieba tokens and a token index.

import type { Sentence } from "../types.js";
import type { DocumentContext, SentenceContext } from "./extraction-types.js";
import { tagWords } from "./jieba-tagger.js";
import { normalizeText } from "./normalize.js";

/** Tags a sentence once; every extractor shares the result. */
export function createSentenceContext(sentence: Sentence, document: DocumentContext): SentenceContext {
  const text = normalizeText(sentence.text);
  const tokens = tagWords(text);
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((token, index) => tokenAt.fill(index, token.start, token.end));
  return { sentence, text, tokens, tokenAt, document };
}

/** True when `offset` falls between two tokens (or at an end of the sentence). */
export function isTokenBoundary(context: SentenceContext, offset: number): boolean {
  if (offset <= 0 || offset >= context.text.length) return true;
  const index = context.tokenAt[offset] ?? -1;
  return index < 0 || context.tokens[index]?.start === offset;
}

/**
 * True when a span does not cut a dictionary word in two: its ends fall on token boundaries, or inside words that
 * jieba did not know (tag `x`), which it splits arbitrarily (市工/信局).
 */
export function respectsWords(context: SentenceContext, start: number, end: number): boolean {
  return softBoundary(context, start) && softBoundary(context, end);
}

function softBoundary(context: SentenceContext, offset: number): boolean {
  if (isTokenBoundary(context, offset)) return true;
  const token = context.tokens[context.tokenAt[offset] ?? -1];
  return token !== undefined && (token.tag === "x" || token.tag === "j" || token.tag === "nt" || token.tag === "nz" || token.tag === "ns" || token.tag === "nr");
}

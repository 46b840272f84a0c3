// Builds the context the extractors read for one sentence: normalized text, jieba tokens and a token index.

import type { Sentence } from "../types.js";
import type { DocumentContext, SentenceContext } from "./extraction-types.js";
import { type Token, tagWords, tagWordsOfEach } from "./jieba-tagger.js";
import { normalizeText } from "./normalize.js";

/** Tags a sentence once; every extractor shares the result. */
export function createSentenceContext(sentence: Sentence, document: DocumentContext): SentenceContext {
  const text = normalizeText(sentence.text);
  return contextOf(sentence, text, tagWords(text), document);
}

/** Tags several sentences at once (jieba cuts them in one call), as `createSentenceContext` tags each. */
export function createSentenceContexts(sentences: readonly Sentence[], document: DocumentContext): SentenceContext[] {
  const texts = sentences.map((sentence) => normalizeText(sentence.text));
  const tokens = tagWordsOfEach(texts);
  return sentences.map((sentence, index) =>
    contextOf(sentence, texts[index] as string, tokens[index] as Token[], document),
  );
}

function contextOf(sentence: Sentence, text: string, tokens: Token[], document: DocumentContext): SentenceContext {
  const tokenAt = tokenIndexArray(text.length + 1);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    for (let offset = token.start; offset < token.end; offset++) tokenAt[offset] = index;
  }
  return { sentence, text, tokens, tokenAt, document };
}

/** Entries of the shared buffer that token indexes are cut from. */
const POOL_SIZE = 1 << 16;
let pool = new Int32Array(POOL_SIZE);
let poolUsed = 0;

/**
 * A fresh token index of `length` entries, all -1. Sentences take views of one large buffer, which costs far less
 * than a typed array (and its own memory block) for each; a full buffer is left to the sentences that still view it.
 */
function tokenIndexArray(length: number): Int32Array {
  if (length > POOL_SIZE) return new Int32Array(length).fill(-1);
  if (poolUsed + length > POOL_SIZE) {
    pool = new Int32Array(POOL_SIZE);
    poolUsed = 0;
  }
  const view = pool.subarray(poolUsed, poolUsed + length).fill(-1);
  poolUsed += length;
  return view;
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
  return (
    token !== undefined &&
    (token.tag === "x" ||
      token.tag === "j" ||
      token.tag === "nt" ||
      token.tag === "nz" ||
      token.tag === "ns" ||
      token.tag === "nr")
  );
}

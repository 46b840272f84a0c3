// The jieba part-of-speech tagger, loaded once per process on first use (its dictionary takes 100-350 ms to load).

import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

/** A word of a sentence with its jieba tag and its offsets in the tagged string. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

function tagger(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Tags a string with jieba (HMM on) and gives every word its offsets in that string. */
export function tagWords(text: string): Token[] {
  const tokens = tagger().tag(text, true) as Token[];
  let offset = 0;
  let kept = 0;
  for (const token of tokens) {
    // jieba's words cover the input in order (the objects it returns are reused, to spare the garbage collector);
    // search only if it ever normalizes something.
    const start = text.startsWith(token.word, offset) ? offset : text.indexOf(token.word, offset);
    if (start < 0) continue;
    token.start = start;
    token.end = start + token.word.length;
    tokens[kept++] = token;
    offset = token.end;
  }
  tokens.length = kept;
  return tokens;
}

// The jieba part-of-speech tagger, loaded once per process on first use (loading its dictionary takes a while).

import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { JIEBA_EXTRA_WORDS } from "./lexicon/jieba-words.js";

/** A word of a sentence with its jieba tag and its offsets in the tagged string. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;
/** The tag jieba gives each word met so far: a word's tag depends on the word alone (its dictionary entry or its form). */
const knownTags = new Map<string, string>();
/** Words kept in `knownTags` at most: past this the map starts again, so a long run's memory stays bounded. */
const MAX_KNOWN_TAGS = 300_000;

/** jieba's dictionary with the words it lacks put first, where they take the place of an entry of the same word. */
export function taggerDictionary(): Buffer {
  return Buffer.concat([Buffer.from(JIEBA_EXTRA_WORDS.trimStart()), dict]);
}

function tagger(): Jieba {
  jieba ??= Jieba.withDict(taggerDictionary());
  return jieba;
}

/**
 * Tags a string with jieba (HMM on) and gives every word its offsets in that string.
 *
 * Gives exactly what `jieba.tag(text, true)` gives, at a fraction of its cost: `tag` is `cut` followed by a look-up of
 * each word's tag, but it builds a native object per word, which costs more than the segmentation itself. Here jieba
 * only cuts (an array of strings) and the tags come from the words already met; a sentence with a new word is tagged
 * by jieba once more, which teaches its words' tags.
 */
export function tagWords(text: string): Token[] {
  const words = tagger().cut(text, true);
  return tokensOf(text, words, 0, words.length);
}

/** Joins sentences cut in one call: a control character, which no sentence holds and jieba keeps as a word alone. */
const SEPARATOR = "\u0000";

/**
 * Tags several strings as `tagWords` tags each. jieba cuts them joined, in one call: it cuts each run of Chinese,
 * Latin letters and digits on its own, so a separator that is none of these leaves every string's words as they were,
 * and one call costs far less than a call per sentence.
 */
export function tagWordsOfEach(texts: readonly string[]): Token[][] {
  if (texts.some((text) => text.includes(SEPARATOR))) return texts.map(tagWords);
  const words = tagger().cut(texts.join(SEPARATOR), true);
  const tagged: Token[][] = [];
  let from = 0;
  for (const text of texts) {
    let to = from;
    while (to < words.length && words[to] !== SEPARATOR) to++;
    tagged.push(tokensOf(text, words, from, to));
    from = to + 1;
  }
  return tagged;
}

/** The tokens of `text`, whose words jieba cut are `words[from]` to `words[to - 1]`. */
function tokensOf(text: string, words: readonly string[], from: number, to: number): Token[] {
  let tags: string[] | undefined;
  const tokens: Token[] = [];
  let offset = 0;
  for (let index = from; index < to; index++) {
    const word = words[index] as string;
    // jieba's words cover the input in order; search only if it ever normalizes something.
    const start = text.startsWith(word, offset) ? offset : text.indexOf(word, offset);
    if (start < 0) continue;
    offset = start + word.length;
    let tag = tags === undefined ? knownTags.get(word) : tags[index - from];
    if (tag === undefined) {
      // A word not met before: jieba tags the sentence, and the rest of it takes those tags (the same as remembered).
      tags = learnTags(text, from === 0 && to === words.length ? words : words.slice(from, to));
      tag = tags[index - from] ?? "x";
    }
    tokens.push({ word, tag, start, end: offset });
  }
  return tokens;
}

/** Tags a sentence with jieba itself and remembers its words' tags; gives the tags in the order of `words`. */
function learnTags(text: string, words: readonly string[]): string[] {
  const tagged = tagger().tag(text, true);
  if (knownTags.size + tagged.length > MAX_KNOWN_TAGS) knownTags.clear();
  for (const { word, tag } of tagged) knownTags.set(word, tag);
  // `tag` cuts as `cut` does; were it ever to differ, each word's remembered tag is used instead.
  return tagged.length === words.length && tagged.every((t, index) => t.word === words[index])
    ? tagged.map((t) => t.tag)
    : words.map((word) => knownTags.get(word) ?? "x");
}

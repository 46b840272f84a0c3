// Matches word lists in text: words in a trie, so a long lexicon costs one walk per position that starts a word.

/** A compiled word list: finds its words leftmost-longest, without overlaps, as a longest-first regex alternation would. */
export interface Lexicon {
  /** Every match in the text, left to right: `index` is the offset, `word` the lexicon word found. */
  findAll(text: string): Array<{ index: number; word: string }>;
  /** The longest word starting exactly at `offset`, if any. */
  longestAt(text: string, offset: number): string | undefined;
}

/** Compiles a word list into a lexicon matcher. */
export function compileLexicon(words: Iterable<string>): Lexicon {
  // A trie of code units: the longest word at a position is the deepest word on the path the text spells from there,
  // found in one walk instead of a comparison with every word that shares the first character.
  const children: Array<Map<number, number>> = [new Map<number, number>()];
  const wordAt: Array<string | undefined> = [undefined];
  const starts = new Uint8Array(0x10000);
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    starts[word.charCodeAt(0)] = 1;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const next = children[node] as Map<number, number>;
      let child = next.get(word.charCodeAt(i));
      if (child === undefined) {
        child = children.length;
        children.push(new Map<number, number>());
        wordAt.push(undefined);
        next.set(word.charCodeAt(i), child);
      }
      node = child;
    }
    wordAt[node] = word;
  }
  const longestAt = (text: string, offset: number): string | undefined => {
    if (starts[text.charCodeAt(offset)] !== 1) return undefined;
    let longest: string | undefined;
    let node: number | undefined = 0;
    for (let i = offset; i < text.length; i++) {
      node = (children[node] as Map<number, number>).get(text.charCodeAt(i));
      if (node === undefined) break;
      longest = wordAt[node] ?? longest;
    }
    return longest;
  };
  return {
    longestAt,
    findAll(text) {
      const found: Array<{ index: number; word: string }> = [];
      for (let i = 0; i < text.length; ) {
        const word = starts[text.charCodeAt(i)] === 1 ? longestAt(text, i) : undefined;
        if (word) {
          found.push({ index: i, word });
          i += word.length;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Chinese characters (CJK unified ideographs) only. */
export const CHINESE = /^[\u4e00-\u9fff]+$/u;

// Matches word lists in text: words indexed by their first character, so a long lexicon costs one lookup per position.

/** A compiled word list: finds its words leftmost-longest, without overlaps, as a longest-first regex alternation would. */
export interface Lexicon {
  /** Every match in the text, left to right: `index` is the offset, `word` the lexicon word found. */
  findAll(text: string): Array<{ index: number; word: string }>;
  /** The longest word starting exactly at `offset`, if any. */
  longestAt(text: string, offset: number): string | undefined;
}

/** Compiles a word list into a lexicon matcher. */
export function compileLexicon(words: Iterable<string>): Lexicon {
  const byFirst = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    const code = word.charCodeAt(0);
    const list = byFirst.get(code) ?? [];
    list.push(word);
    byFirst.set(code, list);
    starts[code] = 1;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const longestAt = (text: string, offset: number): string | undefined => {
    const code = text.charCodeAt(offset);
    if (starts[code] !== 1) return undefined;
    const list = byFirst.get(code);
    if (!list) return undefined;
    for (const word of list) if (text.startsWith(word, offset)) return word;
    return undefined;
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

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
  // found in one walk instead of a comparison with every word that shares the first character. The root's children
  // are found by a map (there are many); every other node lists its few children as a chain of siblings in flat
  // arrays, which a walk reads faster than a map per node.
  const roots = new Map<number, number>();
  const codes: number[] = [-1];
  const firstChildren: number[] = [-1];
  const siblings: number[] = [-1];
  const wordAt: Array<string | undefined> = [undefined];
  const starts = new Uint8Array(0x10000);
  const childOf = (node: number, code: number): number => {
    if (node === 0) return roots.get(code) ?? -1;
    let child = firstChildren[node] ?? -1;
    while (child !== -1 && codes[child] !== code) child = siblings[child] ?? -1;
    return child;
  };
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    starts[word.charCodeAt(0)] = 1;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = childOf(node, code);
      if (child === -1) {
        child = codes.length;
        codes.push(code);
        firstChildren.push(-1);
        wordAt.push(undefined);
        if (node === 0) {
          siblings.push(-1);
          roots.set(code, child);
        } else {
          siblings.push(firstChildren[node] ?? -1);
          firstChildren[node] = child;
        }
      }
      node = child;
    }
    wordAt[node] = word;
  }
  const code = Uint16Array.from(codes, (c) => (c < 0 ? 0 : c));
  const firstChild = Int32Array.from(firstChildren);
  const sibling = Int32Array.from(siblings);
  // The root's children by character code, when node numbers fit in 16 bits: one table read instead of a map look-up.
  const rootTable = codes.length < 0x10000 ? new Uint16Array(0x10000) : undefined;
  if (rootTable) for (const [c, child] of roots) rootTable[c] = child;
  const longestAt = (text: string, offset: number): string | undefined => {
    if (starts[text.charCodeAt(offset)] !== 1) return undefined;
    let node = rootTable ? (rootTable[text.charCodeAt(offset)] ?? 0) : (roots.get(text.charCodeAt(offset)) ?? 0);
    let longest = wordAt[node];
    for (let i = offset + 1; i < text.length; i++) {
      const next = text.charCodeAt(i);
      let child = firstChild[node] ?? -1;
      while (child !== -1 && code[child] !== next) child = sibling[child] ?? -1;
      if (child === -1) break;
      node = child;
      longest = wordAt[node] ?? longest;
    }
    return longest;
  };
  return {
    longestAt,
    findAll(text) {
      const found: Array<{ index: number; word: string }> = [];
      for (let i = 0; i < text.length;) {
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

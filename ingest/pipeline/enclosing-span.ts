// Finds the span that holds another among many (an imported mention's evidence sentence) by binary search, not a scan.

interface Span {
  start: number;
  end: number;
}

/**
 * For spans sorted by start, then end: a function giving the first of them (in that order) that holds
 * `start`–`end`, or undefined. Spans may overlap and nest. The spans that start at or before `start` are a prefix of
 * the list, and the first among them that ends at or after `end` is where the running maximum of ends first reaches
 * `end`; both are found by bisection, so a document's mentions cost O(log n) each, not a scan of its sentences. Pure.
 */
export function createEnclosingSpanFinder<T extends Span>(
  sorted: readonly T[],
): (start: number, end: number) => T | undefined {
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  /** The first index in [0, length) where `test` holds, given that it holds from some index on (length if never). */
  const firstWhere = (length: number, test: (i: number) => boolean): number => {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  return (start, end) => {
    const startingBefore = firstWhere(sorted.length, (i) => (sorted[i] as T).start > start);
    const first = firstWhere(startingBefore, (i) => (reach[i] as number) >= end);
    return first < startingBefore ? sorted[first] : undefined;
  };
}

// Nested spans: of names found inside one another, the outermost is the one the text means.

/**
 * The items whose span lies inside no longer span of the list (万科 inside 万科企业集团, 长春 inside 长春师范大学):
 * `span` gives an item's [start, end). Pure; the order of the list is kept.
 */
export function outermost<T>(items: readonly T[], span: (item: T) => readonly [number, number]): T[] {
  return items.filter((inner) => {
    const [start, end] = span(inner);
    return !items.some((outer) => {
      if (outer === inner) return false;
      const [outerStart, outerEnd] = span(outer);
      return outerStart <= start && end <= outerEnd && outerEnd - outerStart > end - start;
    });
  });
}

/** A candidate's span: its offsets in the sentence. */
export const candidateSpan = (c: { start: number; end: number }): readonly [number, number] => [c.start, c.end];
/** A located mention's span: its offsets in the sentence. */
export const localSpan = (m: { localStart: number; localEnd: number }): readonly [number, number] => [
  m.localStart,
  m.localEnd,
];

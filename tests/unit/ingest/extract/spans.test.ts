// Of names found inside one another, only the outermost stays.

import { describe, expect, it } from "vitest";
import { candidateSpan, outermost } from "../../../../ingest/extract/spans.js";

const span = (start: number, end: number) => ({ start, end });

describe("outermost", () => {
  it("drops a span that a longer one contains (长春 inside 长春师范大学) and keeps the list's order", () => {
    const inner = span(0, 2);
    const outer = span(0, 6);
    const apart = span(8, 10);
    expect(outermost([inner, apart, outer], candidateSpan)).toEqual([apart, outer]);
  });

  it("keeps two equal spans and two that only overlap, since neither is inside a longer one", () => {
    const a = span(0, 4);
    const b = span(0, 4);
    const c = span(2, 6);
    expect(outermost([a, b, c], candidateSpan)).toEqual([a, b, c]);
  });
});

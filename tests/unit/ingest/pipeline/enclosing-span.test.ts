// The first span that holds another, among overlapping and nested spans, found by bisection.

import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../../common/seeded-random.js";
import { createEnclosingSpanFinder } from "../../../../ingest/pipeline/enclosing-span.js";

type Span = { start: number; end: number };
const byStartThenEnd = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

describe("createEnclosingSpanFinder", () => {
  it("finds nothing in no spans, and nothing for a span that sticks out of every one", () => {
    expect(createEnclosingSpanFinder([])(0, 1)).toBeUndefined();
    const find = createEnclosingSpanFinder([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    expect(find(5, 21)).toBeUndefined();
    expect(find(31, 32)).toBeUndefined();
  });

  it("gives the first holding span in start-then-end order, as a scan would", () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 0, end: 20 },
      { start: 3, end: 8 },
      { start: 6, end: 9 },
    ];
    const find = createEnclosingSpanFinder(spans);
    expect(find(6, 8)).toBe(spans[1]);
    expect(find(1, 4)).toBe(spans[0]);
    expect(find(6, 9)).toBe(spans[1]);
    expect(find(0, 20)).toBe(spans[1]);
  });

  it("agrees with a scan on seeded random overlapping spans", () => {
    const random = seededRandom(7);
    const int = (n: number) => Math.floor(random() * n);
    const spans = Array.from({ length: 300 }, () => {
      const start = int(1000);
      return { start, end: start + 1 + int(40) };
    }).sort(byStartThenEnd);
    const find = createEnclosingSpanFinder(spans);
    for (let i = 0; i < 2000; i++) {
      const start = int(1040);
      const end = start + int(30);
      expect(find(start, end)).toBe(spans.find((s) => s.start <= start && end <= s.end));
    }
  });

  it("looks at a logarithmic number of spans per search, not at each of them", () => {
    const spans = Array.from({ length: 1 << 14 }, (_, i) => ({ start: i * 10, end: i * 10 + 10 }));
    let reads = 0;
    const counted = new Proxy(spans, {
      get(target, property, receiver) {
        if (typeof property === "string" && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const find = createEnclosingSpanFinder(counted);
    reads = 0;
    for (const i of [0, 5000, 16383]) expect(find(i * 10 + 2, i * 10 + 8)).toBe(spans[i]);
    // Two bisections of 14 steps each and the answer, for three searches: far below one scan of 16,384.
    expect(reads).toBeLessThanOrEqual(3 * (14 + 2));
  });
});

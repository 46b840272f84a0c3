// The benchmarks' statistics: nearest-rank percentiles and the bootstrap interval of a ratio of percentiles.

import { describe, expect, it } from "vitest";
import { pairedRatioInterval, percentile } from "../../../bench/bench-support.js";
import { seededRandom } from "../../../common/seeded-random.js";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe("pairedRatioInterval", () => {
  const random = seededRandom(3);
  const bare = Array.from({ length: 200 }, () => 2 + 4 * random() ** 3);

  it("is a single point when one side is the other scaled", () => {
    const [low, high] = pairedRatioInterval(
      bare.map((ms) => ms * 1.5),
      bare,
      95,
    );
    expect(low).toBeCloseTo(1.5, 12);
    expect(high).toBeCloseTo(1.5, 12);
  });

  it("brackets the measured ratio, wider for fewer samples, and repeats for the same samples", () => {
    const http = bare.map((ms) => ms + 1 + random());
    const ratio = percentile(http, 95) / percentile(bare, 95);
    const [low, high] = pairedRatioInterval(http, bare, 95);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
    expect(high).toBeGreaterThan(low);
    const [fewLow, fewHigh] = pairedRatioInterval(http.slice(0, 20), bare.slice(0, 20), 95);
    expect(fewHigh - fewLow).toBeGreaterThan(high - low);
    expect(pairedRatioInterval(http, bare, 95)).toEqual([low, high]);
  });

  it("refuses unpaired samples", () => {
    expect(() => pairedRatioInterval([1, 2], [1], 95)).toThrow(/as many/);
  });
});

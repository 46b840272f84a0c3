// When the evidence that written documents leave pending is folded into the relations: spaced out as a run grows.

import { describe, expect, it } from "vitest";
import { foldDue } from "../../../../ingest/write/fold-evidence.js";

describe("foldDue", () => {
  it("folds first after `every` evidence sentences, then after as many as were folded, at most four times `every`", () => {
    expect(foldDue(199, 0, 200)).toBe(false);
    expect(foldDue(200, 0, 200)).toBe(true);
    expect(foldDue(200, 200, 200)).toBe(true);
    expect(foldDue(399, 400, 200)).toBe(false);
    expect(foldDue(400, 400, 200)).toBe(true);
    expect(foldDue(799, 5_000, 200)).toBe(false);
    expect(foldDue(800, 5_000, 200)).toBe(true);
  });

  it("gives four folds for 1,000 documents of 1,400 evidence sentences each, where a fixed 200,000 gave seven", () => {
    let folded = 0;
    let unfolded = 0;
    let folds = 0;
    for (let document = 0; document < 1000; document++) {
      unfolded += 1400;
      if (foldDue(unfolded, folded)) [folded, unfolded, folds] = [folded + unfolded, 0, folds + 1];
    }
    if (unfolded > 0) folds += 1;
    expect(folds).toBe(4);
  });
});

// The timeline's shape: every year from the first dated to the last, counts joined by year, the corpus's date bounds.

import { describe, expect, it } from "vitest";
import { timelineOf } from "../../../../server/repository/timeline.js";

describe("timeline", () => {
  it("is empty when nothing is dated", () => {
    expect(timelineOf([], [])).toEqual({ firstDate: null, lastDate: null, years: [] });
  });

  it("fills the years between with zeros and takes its bounds from the documents", () => {
    const timeline = timelineOf(
      [
        { year: 2019, relations: 5, stated: 2 },
        { year: 2020, relations: 3, stated: 1 },
        { year: 2021, relations: 9, stated: 4 },
      ],
      [
        { year: 2021, documents: 1, firstDate: "2021-01-11", lastDate: "2021-01-11" },
        { year: 2018, documents: 2, firstDate: "2018-02", lastDate: "2018-11-30" },
      ],
    );
    expect(timeline.firstDate).toBe("2018-02");
    expect(timeline.lastDate).toBe("2021-01-11");
    expect(timeline.years).toEqual([
      { year: 2018, relations: 0, stated: 0, documents: 2 },
      { year: 2019, relations: 5, stated: 2, documents: 0 },
      { year: 2020, relations: 3, stated: 1, documents: 0 },
      { year: 2021, relations: 9, stated: 4, documents: 1 },
    ]);
  });
});

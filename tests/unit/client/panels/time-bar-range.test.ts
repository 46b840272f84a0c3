// The time bar's year arithmetic: a filter's dates as a range and back, play steps, and drags of an end or the span.

import { describe, expect, it } from "vitest";
import {
  datesOfRange,
  dragEnd,
  dragSpan,
  nextPlayStep,
  rangeOfFilters,
  restartPlay,
  yearAt,
} from "../../../../client/panels/time-bar-range.js";

const span = { first: 2015, last: 2021 };

describe("time bar ranges", () => {
  it("reads no range from open dates, and a range by year from partial dates, within the span", () => {
    expect(rangeOfFilters({ dateFrom: null, dateTo: null }, span)).toBeNull();
    expect(rangeOfFilters({ dateFrom: "2017-03", dateTo: null }, span)).toEqual({ from: 2017, to: 2021 });
    expect(rangeOfFilters({ dateFrom: "2001", dateTo: "2016-12-31" }, span)).toEqual({ from: 2015, to: 2016 });
  });

  it("writes whole years, and the whole span as no range", () => {
    expect(datesOfRange({ from: 2016, to: 2018 }, span)).toEqual({ dateFrom: "2016", dateTo: "2018" });
    expect(datesOfRange({ from: 2015, to: 2021 }, span)).toEqual({ dateFrom: null, dateTo: null });
    expect(datesOfRange(null, span)).toEqual({ dateFrom: null, dateTo: null });
  });

  it("plays from the first year, moves the span on a year keeping its width, and stops at the last year", () => {
    expect(nextPlayStep(null, span)).toEqual({ from: 2015, to: 2015 });
    expect(nextPlayStep({ from: 2016, to: 2017 }, span)).toEqual({ from: 2017, to: 2018 });
    expect(nextPlayStep({ from: 2019, to: 2021 }, span)).toBeNull();
    expect(restartPlay({ from: 2019, to: 2021 }, span)).toEqual({ from: 2015, to: 2017 });
    expect(restartPlay(null, span)).toEqual({ from: 2015, to: 2015 });
  });

  it("drags an end no further than the other, and the span within the years", () => {
    expect(yearAt(0, span)).toBe(2015);
    expect(yearAt(0.999, span)).toBe(2021);
    expect(yearAt(1.5, span)).toBe(2021);
    expect(dragEnd({ from: 2016, to: 2018 }, "from", 2020)).toEqual({ from: 2018, to: 2018 });
    expect(dragEnd({ from: 2016, to: 2018 }, "to", 2020)).toEqual({ from: 2016, to: 2020 });
    expect(dragSpan({ from: 2016, to: 2018 }, 5, span)).toEqual({ from: 2019, to: 2021 });
    expect(dragSpan({ from: 2016, to: 2018 }, -5, span)).toEqual({ from: 2015, to: 2017 });
  });
});

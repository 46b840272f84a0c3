// Document dates as the graph keeps them: YYYY, YYYY-MM or YYYY-MM-DD, and only days the calendar has.

import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../../common/calendar-date.js";

describe("isCalendarDate", () => {
  it("refuses what is not a date in one of the three forms", () => {
    for (const text of [
      "9999-99-99\u001fX<script>",
      "9999-99-99",
      "",
      " 2021",
      "2021-01-11 ",
      "2021-1-5",
      "21",
      "2021-01-11T00:00",
      "2021/01/11",
      "２０２１",
      "2021-01-11\n",
    ])
      expect(isCalendarDate(text), JSON.stringify(text)).toBe(false);
  });

  it("refuses months and days the calendar does not have", () => {
    for (const text of ["2021-00", "2021-13", "2021-01-00", "2021-01-32", "2021-04-31", "2021-02-29", "1900-02-29"])
      expect(isCalendarDate(text), text).toBe(false);
  });

  it("accepts a year, a month and real days, leap days included", () => {
    for (const text of ["2021", "2021-02", "2021-01-31", "2021-02-28", "2020-02-29", "2000-02-29", "2021-12-31"])
      expect(isCalendarDate(text), text).toBe(true);
  });
});

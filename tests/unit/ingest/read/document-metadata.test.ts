// Document metadata: sidecar files and --date checked with errors that name the file or flag; layers merged in order.

import { describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import { mergeMetadata, parseSidecar, validateDate } from "../../../../ingest/read/document-metadata.js";

describe("document metadata", () => {
  it("refuses a sidecar that is not JSON, naming the file", () => {
    expect(() => parseSidecar("{title:", "/c/a.txt.meta.json")).toThrow(KgError);
    expect(() => parseSidecar("{title:", "/c/a.txt.meta.json")).toThrow(/\/c\/a\.txt\.meta\.json is not valid JSON/);
  });

  it("refuses unknown keys, non-string values and bad dates in a sidecar", () => {
    expect(() => parseSidecar('{"author": "x"}', "s.json")).toThrow(/unknown key "author"/);
    expect(() => parseSidecar('{"title": 3}', "s.json")).toThrow(/"title" must be a string/);
    expect(() => parseSidecar('{"date": "11/01/2021"}', "s.json")).toThrow(
      /s\.json: date "11\/01\/2021" is not YYYY-MM-DD/,
    );
    expect(() => parseSidecar("[]", "s.json")).toThrow(/must hold a JSON object/);
  });

  it("accepts full and partial ISO dates and refuses impossible months and days", () => {
    expect(validateDate("2021-01-11", "--date")).toBe("2021-01-11");
    expect(validateDate("2021-01", "--date")).toBe("2021-01");
    expect(validateDate("2021", "--date")).toBe("2021");
    expect(() => validateDate("2021-13-01", "--date")).toThrow(/--date: date "2021-13-01"/);
    expect(() => validateDate("2021-02-30", "--date")).toThrow(/--date: date "2021-02-30" is not YYYY-MM-DD/);
  });

  it("reads title, date and source from a sidecar", () => {
    expect(
      parseSidecar('{"title": " 报告 ", "date": "2021-01-11", "source": "https://example.org"}', "s.json"),
    ).toEqual({
      title: "报告",
      date: "2021-01-11",
      source: "https://example.org",
    });
  });

  it("lets the first layer that gives a field win", () => {
    expect(mergeMetadata({ date: "2022" }, { date: "2021-01-11", title: "T" }, { source: "S", title: "X" })).toEqual({
      date: "2022",
      title: "T",
      source: "S",
    });
  });
});

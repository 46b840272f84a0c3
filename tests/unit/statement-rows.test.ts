// The compact rows a document's write statements take: entities by position, sentences by index, mentions as lists.

import { describe, expect, it } from "vitest";
import { sentenceKey } from "../../ingest/document-rows.js";
import { relationRows, sentenceIndexIn, sentenceRows } from "../../ingest/write-document.js";

const doc = "abc123def4567890";
const entityIndex = (key: string): number => ["Organization:甲", "Place:乙"].indexOf(key);

describe("sentenceIndexIn", () => {
  it("reads the index back from a key of the document", () => {
    expect(sentenceIndexIn(doc)(sentenceKey(doc, 0))).toBe(0);
    expect(sentenceIndexIn(doc)(sentenceKey(doc, 417))).toBe(417);
  });

  it("refuses a key of another document, naming both", () => {
    expect(() => sentenceIndexIn(doc)("ffff000011112222:3")).toThrow(/document abc123def4567890: .*sentence ffff000011112222:3/);
    for (const suffix of ["x", "", " 1", "1.5"]) expect(() => sentenceIndexIn(doc)(`${doc}:${suffix}`)).toThrow(/not one of the document's/);
  });
});

describe("sentenceRows", () => {
  it("gives each sentence its mentions as [entity position, start, end, surface] and no key", () => {
    const rows = sentenceRows(
      {
        sentences: [
          { key: sentenceKey(doc, 0), index: 0, start: 0, end: 4, text: "甲在乙。" },
          { key: sentenceKey(doc, 1), index: 1, start: 4, end: 6, text: "好。" },
        ],
        mentions: [
          { sentence: sentenceKey(doc, 0), entity: "Place:乙", start: 2, end: 3, surface: "乙" },
          { sentence: sentenceKey(doc, 0), entity: "Organization:甲", start: 0, end: 1, surface: "甲" },
        ],
      },
      entityIndex,
    );
    expect(rows).toEqual([
      { index: 0, start: 0, end: 4, text: "甲在乙。", mentions: [[1, 2, 3, "乙"], [0, 0, 1, "甲"]] },
      { index: 1, start: 4, end: 6, text: "好。", mentions: [] },
    ]);
  });
});

describe("relationRows", () => {
  it("names source and target by position and evidence by sentence index", () => {
    const relation = { type: "LOCATED_IN", source: "Organization:甲", target: "Place:乙", rule: "in-place", role: null, sentences: [sentenceKey(doc, 0), sentenceKey(doc, 9)] };
    expect(relationRows([relation], entityIndex, sentenceIndexIn(doc))).toEqual([{ type: "LOCATED_IN", source: 0, target: 1, rule: "in-place", role: null, sentences: [0, 9] }]);
  });
});

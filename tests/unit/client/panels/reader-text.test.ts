// The reader's text: sentences into paragraphs, mentions with their entity's type and name, and the next pages' ranges.

import { describe, expect, it } from "vitest";
import type { DocumentSentence } from "../../../../common/api.js";
import {
  earlierRange,
  laterRange,
  paragraphsOf,
  sentenceSegments,
} from "../../../../client/panels/reader/reader-text.js";

const sentence = (index: number, start: number, text: string, mentions: DocumentSentence["mentions"] = []) => ({
  key: `doc:${index}`,
  index,
  text,
  start,
  end: start + text.length,
  mentions,
});

describe("reader paragraphs", () => {
  it("gives no paragraph for no sentences", () => {
    expect(paragraphsOf([])).toEqual([]);
  });

  it("keeps adjacent sentences together and starts a paragraph where whitespace came between them", () => {
    const a = sentence(0, 0, "一。");
    const b = sentence(1, 2, "二。");
    const c = sentence(2, 5, "三。");
    expect(paragraphsOf([a, b, c])).toEqual([[a, b], [c]]);
  });

  it("starts a paragraph where an index is missing, even when the offsets touch", () => {
    const a = sentence(0, 0, "一。");
    const c = sentence(2, 2, "三。");
    expect(paragraphsOf([a, c])).toEqual([[a], [c]]);
  });
});

describe("reader sentence segments", () => {
  it("marks each mention with its entity's key, type and name, from document offsets", () => {
    const s = sentence(3, 100, "市政协与民革联合开展调研。", [
      {
        entity: "Organization:辽源市政协",
        name: "辽源市政协",
        type: "Organization",
        start: 100,
        end: 103,
        surface: "市政协",
      },
      { entity: "Organization:民革", name: "民革", type: "Organization", start: 104, end: 106, surface: "民革" },
    ]);
    expect(sentenceSegments(s)).toEqual([
      { text: "市政协", mention: { entity: "Organization:辽源市政协", type: "Organization", name: "辽源市政协" } },
      { text: "与" },
      { text: "民革", mention: { entity: "Organization:民革", type: "Organization", name: "民革" } },
      { text: "联合开展调研。" },
    ]);
  });

  it("gives a sentence without mentions as one plain piece", () => {
    expect(sentenceSegments(sentence(0, 0, "没有实体。"))).toEqual([{ text: "没有实体。" }]);
  });
});

describe("reader page ranges", () => {
  it("asks for nothing before the first sentence or after the last", () => {
    expect(earlierRange(0, 40)).toBeNull();
    expect(laterRange(99, 100, 40)).toBeNull();
  });

  it("asks for the page just before the loaded sentences, cut at the start", () => {
    expect(earlierRange(100, 40)).toEqual({ from: 60, limit: 40 });
    expect(earlierRange(10, 40)).toEqual({ from: 0, limit: 10 });
  });

  it("asks for the page just after the loaded sentences, cut at the end", () => {
    expect(laterRange(59, 200, 40)).toEqual({ from: 60, limit: 40 });
    expect(laterRange(89, 100, 40)).toEqual({ from: 90, limit: 10 });
  });
});

// Evidence sentences with their mentions marked: document offsets turned into sentence offsets.

import { describe, expect, it } from "vitest";
import { highlightSegments } from "../../../../client/panels/evidence-text.js";

const sentence = { key: "s1", text: "市政协与民革联合开展调研。", start: 100, end: 113 };
const mention = (entity: string, start: number, end: number) => ({ entity, start, end, surface: "" });

describe("client evidence highlighting", () => {
  it("returns the sentence as one plain piece when nothing is mentioned", () => {
    expect(highlightSegments(sentence, [])).toEqual([{ text: sentence.text }]);
  });

  it("subtracts the sentence's start from the mentions' document offsets", () => {
    expect(
      highlightSegments(sentence, [
        mention("Organization:民革", 104, 106),
        mention("Organization:辽源市政协", 100, 103),
      ]),
    ).toEqual([
      { text: "市政协", entity: "Organization:辽源市政协" },
      { text: "与" },
      { text: "民革", entity: "Organization:民革" },
      { text: "联合开展调研。" },
    ]);
  });

  it("clips mentions that run past the sentence and skips those outside it", () => {
    expect(highlightSegments(sentence, [mention("a", 110, 120), mention("b", 50, 60)])).toEqual([
      { text: "市政协与民革联合开展" },
      { text: "调研。", entity: "a" },
    ]);
  });

  it("keeps the longer of two mentions that start together and drops one inside another", () => {
    expect(
      highlightSegments(sentence, [mention("short", 100, 101), mention("long", 100, 103), mention("inner", 101, 102)]),
    ).toEqual([{ text: "市政协", entity: "long" }, { text: "与民革联合开展调研。" }]);
  });
});

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

  it("marks every mention of both ends when the sentence names each of them twice", () => {
    const both = {
      key: "s2",
      text: "省政协以与辽源政协开展三级联动为案例，省政协和辽源政协作了发言。",
      start: 0,
      end: 32,
    };
    const marked = highlightSegments(both, [
      mention("Organization:吉林省政协", 0, 3),
      mention("Organization:辽源市政协", 5, 9),
      mention("Organization:吉林省政协", 19, 22),
      mention("Organization:辽源市政协", 23, 27),
    ]).filter((s) => s.entity !== undefined);
    expect(marked).toEqual([
      { text: "省政协", entity: "Organization:吉林省政协" },
      { text: "辽源政协", entity: "Organization:辽源市政协" },
      { text: "省政协", entity: "Organization:吉林省政协" },
      { text: "辽源政协", entity: "Organization:辽源市政协" },
    ]);
  });

  it("marks the rest of a mention that overlaps the end of an earlier one instead of dropping it", () => {
    expect(highlightSegments(sentence, [mention("a", 100, 104), mention("b", 103, 106)])).toEqual([
      { text: "市政协与", entity: "a" },
      { text: "民革", entity: "b" },
      { text: "联合开展调研。" },
    ]);
  });
});

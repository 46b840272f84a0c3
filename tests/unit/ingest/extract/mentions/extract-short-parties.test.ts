// Parties written in short: a character per country before 两国政府, 我国政府, 部省合建, laboratories named by their place.

import { describe, expect, it } from "vitest";
import type { SentenceContext } from "../../../../../ingest/extract/extraction-types.js";
import { shortPartyExtractor } from "../../../../../ingest/extract/mentions/extract-short-parties.js";
import type { DocumentContext } from "../../../../../ingest/extract/extraction-types.js";
import { extract, relations } from "../extract-helpers.js";

/** The short parties of one sentence as "surface=canonical". */
function shorts(text: string, document: DocumentContext = { title: "" }): string[] {
  const context = {
    sentence: { index: 0, start: 0, end: text.length, text },
    text,
    tokens: [],
    tokenAt: new Int32Array(text.length),
    document,
  } as SentenceContext;
  return shortPartyExtractor.extract(context).map((c) => `${text.slice(c.start, c.end)}=${c.canonical ?? ""}`);
}

describe("short parties", () => {
  it("reads one government per country character before 两国政府 (中英两国政府, 英、葡两国政府)", () => {
    expect(shorts("1984年中英两国政府正式签署联合声明。")).toEqual(["中=中国政府", "英=英国政府"]);
    expect(shorts("加强与英、葡两国政府的合作。")).toEqual(["英=英国政府", "葡=葡萄牙政府"]);
  });

  it("reads none when the characters do not match the numeral or name no country", () => {
    expect(shorts("中英法两国政府")).toEqual([]);
    expect(shorts("沿海两国政府")).toEqual([]);
  });

  it("reads 我国政府 as the Chinese government", () => {
    expect(shorts("我国政府将继续加强合作。")).toEqual(["我国政府=中国政府"]);
  });

  it("reads the ministry and the province of 部省合建 in a province's report about a university", () => {
    expect(shorts("推进山海大学部省合建工作。", { title: "", province: "海东省" })).toEqual([
      "部=教育部",
      "省=海东省人民政府",
    ]);
    expect(shorts("推进山海大学部省合建工作。")).toEqual([]);
  });

  it("reads laboratories named by their place in a list before 等实验室, but not kinds of bodies", () => {
    expect(shorts("深化与苏州、崖州湾等国家实验室合作。")).toEqual(["苏州=苏州实验室", "崖州湾=崖州湾实验室"]);
    expect(shorts("支持高校、科研院所等实验室开放共享。")).toEqual([]);
  });

  it("gives the governments of 中英两国政府签署 a collaboration through the whole pipeline", () => {
    expect(relations(extract("1984年中英两国政府正式签署联合声明。"), "COLLABORATES_WITH")).toEqual([
      "中国政府 -> 英国政府",
    ]);
  });
});

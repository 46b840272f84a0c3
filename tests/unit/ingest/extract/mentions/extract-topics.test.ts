import { describe, expect, it } from "vitest";
import { extract, names } from "../extract-helpers.js";

describe("topic extraction", () => {
  it("finds policy themes from the keyword lexicon", () => {
    expect(names(extract("围绕乡村振兴和营商环境开展调研。"), "Topic")).toEqual(["乡村振兴", "营商环境"]);
  });

  it("finds the items a sentence says the work is about", () => {
    const x = extract("围绕“全市益智类体育产业发展”“推动教师校际交流”等热点问题进行对口协商。");
    expect(names(x, "Topic")).toEqual(["全市益智类体育产业发展", "推动教师校际交流"]);
  });

  it("does not take a quoted slogan after a cue for a topic", () => {
    expect(names(extract("紧紧围绕“五大改革”“六大体系”开展工作。"), "Topic")).toEqual([]);
  });

  it("finds an industry named by the nouns before 产业, but not a qualifier such as 重点", () => {
    expect(names(extract("为我市梅花鹿产业发展提供支撑，围绕重点产业开展调研。"), "Topic")).toEqual(["梅花鹿产业"]);
  });
});

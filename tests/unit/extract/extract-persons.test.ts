import { describe, expect, it } from "vitest";
import { extract, names } from "./extract-helpers.js";

describe("person extraction", () => {
  it("does not take dictionary words that jieba tags as names for persons", () => {
    const x = extract("开展东丰梅花鹿野化放归基地建设专题协商，弘扬崇高的友谊和光荣传统。");
    expect(names(x, "Person")).toEqual([]);
  });

  it("finds a name after a body and a title", () => {
    expect(names(extract("省政协副主席赵晓君亲自协调一汽高层与我市进行了对接。"), "Person")).toEqual(["赵晓君"]);
  });

  it("finds a name before a trailing title", () => {
    expect(names(extract("深入学习贯彻习近平总书记重要讲话精神。"), "Person")).toEqual(["习近平"]);
  });

  it("finds names in personnel decisions", () => {
    const x = extract("决定接受刘丛一辞去市八届人大民族侨务外事委员会主任委员职务。\n免去：\n高瑞的辽源市人大常委会委员职务。");
    expect(names(x, "Person")).toEqual(["刘丛一", "高瑞"]);
  });

  it("finds a byline: a name alone on its line", () => {
    expect(names(extract("工作报告\n\n张恒军\n\n各位委员："), "Person")).toEqual(["张恒军"]);
  });

  it("finds every name of a list after one title", () => {
    expect(names(extract("市政协副主席王建国、李红梅出席会议。"), "Person")).toEqual(["李红梅", "王建国"]);
  });
});

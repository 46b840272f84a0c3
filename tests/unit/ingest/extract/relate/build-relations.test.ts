import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, relations } from "../extract-helpers.js";

describe("relations", () => {
  it("makes the report's presenter the subject of its subjectless sentences", () => {
    const x = extract(LIAOYUAN_TITLE + "与长春师范大学联合开展“辽源市自然历史文化挖掘与整理数据化项目”。");
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["辽源市政协 -> 长春师范大学"]);
    expect(relations(x, "PARTNER_IN")).toEqual([
      "辽源市政协 -> 辽源市自然历史文化挖掘与整理数据化项目",
      "长春师范大学 -> 辽源市自然历史文化挖掘与整理数据化项目",
    ]);
  });

  it("links the bodies listed before 与我市 to the city they work with", () => {
    const x = extract(LIAOYUAN_TITLE + "推动省兴业银行、吉广传媒等省政协委员单位与我市开展9个具体合作项目。");
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["吉广传媒 -> 辽源市", "吉林省兴业银行 -> 辽源市"]);
    expect(relations(x, "MEMBER_OF")).toEqual(["吉广传媒 -> 吉林省政协", "吉林省兴业银行 -> 吉林省政协"]);
  });

  it("reads 邀请X参加 as working together", () => {
    const x = extract(LIAOYUAN_TITLE + "邀请民革、工商联等党派和界别参加联合调研。");
    expect(relations(x, "COLLABORATES_WITH")).toEqual([
      "中国国民党革命委员会 -> 辽源市政协",
      "辽源市工商联 -> 辽源市政协",
    ]);
  });

  it("links every pair of bodies listed together as the subject of a joint verb", () => {
    const x = extract("长春市政协、四平市政协和通化市政协在长春正式签署合作协议。");
    expect(relations(x, "COLLABORATES_WITH")).toEqual([
      "四平市政协 -> 通化市政协",
      "四平市政协 -> 长春市政协",
      "通化市政协 -> 长春市政协",
    ]);
  });

  it("reads a body, a title and a name as a position with its role", () => {
    const x = extract(LIAOYUAN_TITLE + "省政协副主席赵晓君亲自协调。");
    const position = x.relations.find((r) => r.type === "HOLDS_POSITION");
    expect(relations(x, "HOLDS_POSITION")).toEqual(["赵晓君 -> 吉林省政协"]);
    expect(position?.role).toBe("副主席");
    expect(position?.rule).toBe("body-title-name");
  });

  it("gives every post of a chain and every name of a list its position", () => {
    const x = extract("省政协副秘书长、民进吉林省委专职副主委王丽华出席。民建市委副主委李国强、赵明参加。");
    expect(relations(x, "HOLDS_POSITION")).toEqual([
      "李国强 -> 民建市委",
      "王丽华 -> 吉林省政协",
      "王丽华 -> 民进吉林省委",
      "赵明 -> 民建市委",
    ]);
  });

  it("reads the post a person resigns from", () => {
    const x = extract(
      "辽源市第八届人民代表大会常务委员会关于接受高瑞辞去市八届人大财政经济委员会主任委员职务请求的决定",
    );
    expect(relations(x, "HOLDS_POSITION")).toEqual(["高瑞 -> 辽源市人大财政经济委员会"]);
  });

  it("credits the subject with what it organizes and publishes", () => {
    const x = extract(LIAOYUAN_TITLE + "组织4次“常委讲坛”。编印150册《疫情防控期间政策要点汇总》向企业发放。");
    expect(relations(x, "ORGANIZED")).toEqual(["辽源市政协 -> 常委讲坛"]);
    expect(relations(x, "PUBLISHED")).toEqual(["辽源市政协 -> 疫情防控期间政策要点汇总"]);
  });

  it("links a project to the topic named in it", () => {
    const x = extract("开展“营商环境委员体验式评价”。");
    expect(relations(x, "ADDRESSES")).toContain("营商环境委员体验式评价 -> 营商环境");
  });

  it("gives every relation its rule and its evidence sentence", () => {
    const text = LIAOYUAN_TITLE + "与市建设银行共同捐款27万元。";
    const x = extract(text);
    for (const relation of x.relations) {
      expect(relation.rule.length).toBeGreaterThan(0);
      for (const e of relation.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["辽源市建设银行 -> 辽源市政协"]);
  });

  it("links entities of one sentence by CO_OCCURS only when no rule states a relation", () => {
    const x = extract("长春大学和浙江大学的专家座谈。");
    expect(relations(x, "CO_OCCURS")).toEqual(expect.arrayContaining(["浙江大学 -> 长春大学"]));
    const stated = extract(LIAOYUAN_TITLE + "与长春大学合作。");
    expect(relations(stated, "COLLABORATES_WITH")).toEqual(["辽源市政协 -> 长春大学"]);
    expect(relations(stated, "CO_OCCURS")).not.toContain("辽源市政协 -> 长春大学");
  });
});

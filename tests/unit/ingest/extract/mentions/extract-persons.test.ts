import { describe, expect, it } from "vitest";
import { extract, names, surfaces } from "../extract-helpers.js";

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
    const x = extract(
      "决定接受刘丛一辞去市八届人大民族侨务外事委员会主任委员职务。\n免去：\n高瑞的辽源市人大常委会委员职务。",
    );
    expect(names(x, "Person")).toEqual(["刘丛一", "高瑞"]);
  });

  it("finds a byline: a name alone on its line", () => {
    expect(names(extract("工作报告\n\n张恒军\n\n各位委员："), "Person")).toEqual(["张恒军"]);
  });

  it("finds every name of a list after one title", () => {
    expect(names(extract("市政协副主席王建国、李红梅出席会议。"), "Person")).toEqual(["李红梅", "王建国"]);
  });
});

describe("person extraction: well-known persons and their honorific forms", () => {
  it("finds 周恩来 and resolves 周总理 and 小平同志 to the person", () => {
    const x = extract("周恩来同志在报告中说明了计划。人民怀念周总理。小平同志南方谈话以后，改革加快了。");
    expect(names(x, "Person")).toEqual(["周恩来", "邓小平"]);
    expect(surfaces(x, "Person")).toEqual(["周总理", "周恩来", "小平"]);
  });

  it("finds a name padded with a full-width space and names it without the space", () => {
    expect(names(extract("国务院总理　李　强\n各位代表："), "Person")).toEqual(["李强"]);
    expect(names(extract("主席团委员：王建国　李　红　张晓梅"), "Person")).toEqual(["张晓梅", "李红", "王建国"]);
  });

  it("finds the person inside a theory named after a leader", () => {
    expect(names(extract("高举邓小平理论伟大旗帜。"), "Person")).toEqual(["邓小平"]);
  });

  it("writes names of older reports in simplified characters", () => {
    expect(names(extract("依据毛澤東主席的指示。"), "Person")).toEqual(["毛泽东"]);
  });
});

describe("person extraction: bylines, photo credits and given names", () => {
  it("strips the photo credit from a byline", () => {
    expect(names(extract("本报记者 戴冰摄"), "Person")).toEqual(["戴冰"]);
    expect(names(extract("新华社记者张晓东摄"), "Person")).toEqual(["张晓东"]);
  });

  it("finds colleagues named by their given names before 同志", () => {
    expect(names(extract("会议期间，晓岚、志刚同志深入基层调研。"), "Person")).toEqual(["志刚", "晓岚"]);
    expect(names(extract("请各位同志和广大老同志提出意见。"), "Person")).toEqual([]);
  });
});

describe("person extraction: news names with no title", () => {
  it("takes a plausible name followed by a speech or office verb", () => {
    expect(names(extract("孙鹏表示，明年市场将回暖。"), "Person")).toEqual(["孙鹏"]);
    expect(names(extract("据刘绍勇介绍，两家公司已经达成一致。"), "Person")).toEqual(["刘绍勇"]);
    expect(names(extract("李晓峰在会上表示，公司不会裁员。"), "Person")).toEqual(["李晓峰"]);
  });

  it("finds foreign names after or before a title and with a middle dot", () => {
    expect(names(extract("美国总统克林顿今天抵达北京。"), "Person")).toEqual(["克林顿"]);
    expect(names(extract("两国总理见证下，总裁山姆·威尔士签署了协议。"), "Person")).toEqual(["山姆·威尔士"]);
  });

  it("remembers a name introduced with a title and finds it later without one", () => {
    const x = extract("公司董事长张子欣出席了会议。\n会后，张子欣接受了采访。");
    expect(x.entities.find((e) => e.name === "张子欣")?.mentions).toHaveLength(2);
  });
});

describe("person extraction: words that start with a surname character are not persons", () => {
  it("ignores words of reports that jieba leaves unknown or tags as names", () => {
    const x = extract(
      "发展文旅、康养产业，加强危化品安全监管。建设体现生态文明要求的目标体系。党领导的人民军队是坚强柱石。",
    );
    expect(names(x, "Person")).toEqual([]);
  });

  it("ignores words in which a surname is followed by a verb or a place (高度, 万元, 马上, 去莫斯科)", () => {
    const x = extract("我们高度重视，投入资金五万元，马上行动。代表团去莫斯科参加庆祝。牢记总书记殷殷嘱托。");
    expect(names(x, "Person")).toEqual([]);
  });

  it("keeps the issue's false persons out: a photo credit glued to its name, a company after 、", () => {
    expect(names(extract("现在有京东、谷歌、惠氏等多家企业参与。"), "Person")).toEqual([]);
  });
});

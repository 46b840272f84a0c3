import { describe, expect, it } from "vitest";
import { extract, names, surfaces } from "./extract-helpers.js";

describe("project extraction", () => {
  it("does not take quoted slogans for projects", () => {
    expect(names(extract("增强“四个意识”、坚定“四个自信”、做到“两个维护”。"), "Project")).toEqual([]);
  });

  it("finds publications in book-title marks", () => {
    expect(names(extract("编印150册《疫情防控期间政策要点汇总》向企业发放。"), "Project")).toEqual(["疫情防控期间政策要点汇总"]);
  });

  it("finds a quoted name followed by a project head, with the quoted part as an alias", () => {
    const x = extract("开展“金点子”征集活动，征集“金点子”180个。");
    const project = x.entities.find((e) => e.type === "Project");
    expect(project?.name).toBe("金点子征集活动");
    expect(project?.aliases).toEqual(expect.arrayContaining(["“金点子”征集活动", "金点子"]));
  });

  it("finds a quoted name that carries its own head", () => {
    expect(names(extract("组织4次“常委讲坛”。"), "Project")).toEqual(["常委讲坛"]);
  });

  it("finds an activity introduced by a verb of organizing", () => {
    expect(surfaces(extract("组织启动关注森林活动，广泛动员全社会参与。"), "Project")).toEqual(["关注森林活动"]);
  });

  it("finds a plenary session together with the body that holds it", () => {
    expect(surfaces(extract("全面贯彻市委七届十次全会精神。"), "Project")).toEqual(["市委七届十次全会"]);
  });

  it("keeps the part of a name cut by a layout break on its own, never glued to the next line", () => {
    const x = extract("纳入省政协的“我省新\n\n能源汽车发展情况视察活动”，取得成效。");
    expect(surfaces(x, "Project")).toEqual(["能源汽车发展情况视察活动"]);
  });

  it("finds a quoted name followed by a noun phrase that ends in a head, with the quoted part as an alias", () => {
    const x = extract("团结带领委员在“五型政协”建设的道路上前行，聚焦“1453”履职总要求。");
    expect(names(x, "Project")).toEqual(["1453履职总要求", "五型政协建设"]);
    expect(x.entities.find((e) => e.name === "五型政协建设")?.aliases).toContain("五型政协");
  });

  it("finds a five-year plan by its quoted number", () => {
    expect(names(extract("今年是“十五五”开局之年。"), "Project")).toEqual(["十五五规划"]);
  });

  it("finds quoted items of a list of activities", () => {
    expect(names(extract("开展“企业进乡村”、“科技下基层”等活动。"), "Project")).toEqual(["企业进乡村", "科技下基层"]);
  });

  it("finds every item of an enumeration introduced by a verb", () => {
    expect(names(extract("扎实开展党史学习教育、党纪学习教育。"), "Project")).toEqual(["党史学习教育", "党纪学习教育"]);
  });

  it("keeps the Party's congresses and plenums and the term before a body's session", () => {
    expect(names(extract("深入贯彻党的二十大和党的二十届四中全会精神。"), "Project")).toEqual(["党的二十大", "党的二十届四中全会"]);
    expect(names(extract("去年9月五届人大三次会议上讨论了这个问题。"), "Project")).toEqual(["五届人大三次会议"]);
  });

  it("does not take titles of works of art or bare two-character titles for projects", () => {
    expect(names(extract("话剧《春风》《山路》、歌曲《远方》等获奖，根据《建议》编制规划。"), "Project")).toEqual([]);
  });

  it("finds building projects of facilities listed one after another", () => {
    expect(names(extract("一是加快项目建设。人民医院新院区、中医医院迁建、实验小学改造工程进展顺利。"), "Project")).toEqual(["中医医院迁建", "人民医院新院区", "实验小学改造工程"]);
  });
});

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
});

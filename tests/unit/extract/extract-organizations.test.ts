import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, names, surfaces } from "./extract-helpers.js";

describe("organization extraction", () => {
  it("ignores generic references to bodies", () => {
    const x = extract("各民主党派、相关部门和承办单位积极参与，企业和金融机构给予支持。");
    expect(names(x, "Organization")).toEqual([]);
  });

  it("finds democratic parties and national bodies by lexicon", () => {
    const x = extract("邀请民革、工商联等党派和界别参加联合调研，全国政协和国务院有关部门给予指导。");
    expect(surfaces(x, "Organization")).toEqual(["全国政协", "国务院", "工商联", "民革"]);
  });

  it("finds abbreviated local offices after an administrative prefix", () => {
    const x = extract(LIAOYUAN_TITLE + "组织市金融办、市工信局等部门及部分金融机构到企业现场办公。");
    expect(surfaces(x, "Organization")).toEqual(expect.arrayContaining(["市金融办", "市工信局"]));
    expect(surfaces(x, "Organization")).not.toContain("金融机构");
  });

  it("finds universities and their schools as nested names", () => {
    const x = extract("与长春中医药大学药学院合作开展课题研究。");
    expect(surfaces(x, "Organization")).toEqual(["长春中医药大学", "长春中医药大学药学院"]);
  });

  it("finds a nested academy institute abbreviation", () => {
    const x = extract("推动省兴业银行、吉广传媒、中科院长春应化所等单位与我市开展合作。");
    expect(surfaces(x, "Organization")).toEqual(expect.arrayContaining(["省兴业银行", "吉广传媒", "中科院长春应化所", "中科院"]));
  });

  it("does not read a verb before a body as part of its name", () => {
    const x = extract(LIAOYUAN_TITLE + "要充分发挥政协党组把方向、管大局、保落实作用，大力支持政协工作。");
    expect(surfaces(x, "Organization")).toContain("政协党组");
    expect(surfaces(x, "Organization").some((s) => s.startsWith("充分") || s.startsWith("大力"))).toBe(false);
  });

  it("separates bodies written one after another (市委市政府)", () => {
    const x = extract(LIAOYUAN_TITLE + "紧跟市委市政府的步伐。");
    expect(surfaces(x, "Organization")).toEqual(expect.arrayContaining(["市委", "市政府"]));
    expect(surfaces(x, "Organization")).not.toContain("市委市政府");
  });

  it("does not take a quoted campaign with a body's head for a body", () => {
    const x = extract("以“书香政协”为载体，加强学习培训。");
    expect(names(x, "Organization")).toEqual([]);
  });
});

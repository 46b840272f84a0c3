import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, names, relations } from "../extract-helpers.js";

describe("entity resolution", () => {
  it("merges 市政协, 辽源政协 and 政协辽源市第八届委员会 into one organization", () => {
    const x = extract(
      "政协辽源市第八届委员会第六次会议\n市政协积极履职。省政协以与辽源政协开展三级联动为案例作了发言。",
    );
    const cppcc = x.entities.filter((e) => e.type === "Organization" && e.aliases.includes("市政协"));
    expect(cppcc).toHaveLength(1);
    expect(cppcc[0]?.aliases).toEqual(expect.arrayContaining(["市政协", "辽源政协", "政协辽源市第八届委员会"]));
    expect(cppcc[0]?.id).toBe("Organization:辽源市政协");
  });

  it("gives 市委 and 中共辽源市委 one id", () => {
    const x = extract(LIAOYUAN_TITLE + "在中共辽源市委领导下，及时向市委请示报告。");
    expect(names(x, "Organization")).toContain("中共辽源市委");
    expect(x.entities.find((e) => e.name === "中共辽源市委")?.aliases).toEqual(
      expect.arrayContaining(["中共辽源市委", "市委"]),
    );
  });

  it("resolves 省政协 to the province of the document's city", () => {
    expect(names(extract(LIAOYUAN_TITLE + "按照省政协的安排部署。"), "Organization")).toContain("吉林省政协");
  });

  it("drops session ordinals from the names of bodies", () => {
    const x = extract(
      "辽源市第八届人民代表大会常务委员会第三十二次会议通过。\n辽源市八届人大常委会第三十二次会议通过。",
    );
    expect(names(x, "Organization")).toEqual(["辽源市人大", "辽源市人大常委会"]);
  });

  it("links a nested name to the body it starts with", () => {
    const x = extract("与长春中医药大学药学院合作开展课题研究。");
    expect(relations(x, "PART_OF")).toEqual(["长春中医药大学药学院 -> 长春中医药大学"]);
  });

  it("names the standing committee of 市政协及其常委会 after its body", () => {
    const x = extract(LIAOYUAN_TITLE + "市政协及其常委会按照安排部署开展工作。");
    expect(names(x, "Organization")).toContain("辽源市政协常委会");
    expect(relations(x, "PART_OF")).toContain("辽源市政协常委会 -> 辽源市政协");
  });

  it("builds stable ids from type and canonical name", () => {
    const a = extract("邀请民革参加调研。");
    const b = extract("民革积极参政议政。\n邀请民革参加调研。");
    expect(a.entities.map((e) => e.id)).toEqual(["Organization:中国国民党革命委员会"]);
    expect(b.entities.map((e) => e.id)).toEqual(a.entities.map((e) => e.id));
  });
});

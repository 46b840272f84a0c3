import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, names } from "./extract-helpers.js";

describe("place extraction", () => {
  it("does not take common words that jieba tags as places", () => {
    expect(names(extract("推进城市更新，促进城乡融合，深度挖掘基层潜力。"), "Place")).toEqual([]);
  });

  it("finds provinces and cities with their full names", () => {
    expect(names(extract("邀请浙江网络销售专家到长春培训。"), "Place")).toEqual(["浙江省", "长春市"]);
  });

  it("resolves 我市 and 我省 to the document's own city and province", () => {
    const x = extract(LIAOYUAN_TITLE + "为我市新能源汽车产业争取支持，积极融入我省发展大局。");
    expect(names(x, "Place")).toEqual(["吉林省", "辽源市"]);
    expect(x.entities.find((e) => e.name === "辽源市")?.aliases).toContain("我市");
  });

  it("finds villages named with an administrative suffix", () => {
    expect(names(extract("筹措资金为沈雨村改善人居环境。"), "Place")).toEqual(["沈雨村"]);
  });

  it("finds a historic site named by the words before 旧址", () => {
    expect(names(extract("对中共东北局辽宁二地委办公旧址保护利用进行跟踪协商。"), "Place")).toContain("中共东北局辽宁二地委办公旧址");
  });
});

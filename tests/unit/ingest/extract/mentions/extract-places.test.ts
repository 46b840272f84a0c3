import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, names } from "../extract-helpers.js";

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
    expect(names(extract("对中共东北局辽宁二地委办公旧址保护利用进行跟踪协商。"), "Place")).toContain(
      "中共东北局辽宁二地委办公旧址",
    );
  });

  it("takes an address written unit after unit as one place named by its last unit", () => {
    const x = extract("调研组前往四川省凉山州西昌市开展调研。");
    expect(names(x, "Place")).toEqual(["西昌市"]);
    expect(x.entities.find((e) => e.name === "西昌市")?.aliases).toContain("四川省凉山州西昌市");
  });

  it("finds counties by full name and by a short form jieba takes for a name", () => {
    expect(names(extract("会议在海淀区召开。"), "Place")).toEqual(["海淀区"]);
    expect(names(extract("感谢各界人士关心海拉尔的发展。"), "Place")).toEqual(["海拉尔区"]);
  });

  it("does not take a county's short form that is an ordinary word", () => {
    expect(names(extract("世界还很不安宁，新建的超市全部投用。"), "Place")).toEqual([]);
  });

  it("finds regions and zones named after a place", () => {
    expect(names(extract("重大基础设施继续向中西部地区倾斜，推动湘江科学城集聚创新资源。"), "Place")).toEqual([
      "中西部地区",
      "湘江科学城",
    ]);
    expect(names(extract("雄安新区的交通骨干网加快成形。"), "Place")).toEqual(["雄安新区"]);
  });

  it("finds a village or community after its street office", () => {
    expect(names(extract("在碧溪街道枫岭社区，调研组走访了居民。"), "Place")).toEqual(["碧溪街道枫岭社区"]);
  });

  it("does not take 中国 in a doctrine's name or 新中国 for the country", () => {
    expect(names(extract("坚持以习近平新时代中国特色社会主义思想为指导，推进中国式现代化。"), "Place")).toEqual([]);
    expect(names(extract("今年是新中国成立75周年。"), "Place")).toEqual([]);
  });

  it("does not take a place inside a body's name, a quoted name or a facility's name", () => {
    expect(names(extract("人民网、湖南日报等媒体作了报道。"), "Place")).toEqual([]);
    expect(names(extract("民盟上海市委举行年度座谈会。"), "Place")).toEqual([]);
    expect(names(extract("举办“关于促进长三角协同创新的思考”专题讲座。"), "Place")).toEqual([]);
  });

  it("does not take self-references when the document does not say which place it is", () => {
    expect(names(extract("过去一年，我区各项事业全面进步，全省上下深受鼓舞。"), "Place")).toEqual([]);
  });

  it("finds foreign countries and world cities", () => {
    expect(names(extract("代表团访问了法国和德国，并在日内瓦出席会议。"), "Place")).toEqual(["德国", "日内瓦", "法国"]);
  });
});

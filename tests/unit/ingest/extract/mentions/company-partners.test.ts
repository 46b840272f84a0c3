// Firms named by what news says of them around a cooperation: an unknown name joined to a known firm, a foreign firm
// written after its country, a subsidiary named only by its owner.

import { describe, expect, it } from "vitest";
import { extract, relations, surfaces } from "../extract-helpers.js";

const orgs = (text: string) => surfaces(extract(text), "Organization");

describe("an unknown firm joined by 与 to a known firm's cooperation", () => {
  it("takes the words before 与 as a firm, from the clause's start or a preposition", () => {
    const x = extract("继推出线上平台之后,云帆数科再次与招商银行达成战略合作。");
    expect(surfaces(x, "Organization")).toEqual(["云帆数科", "招商银行"]);
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["云帆数科 -> 招商银行"]);
    expect(orgs("本次扩建由宁泰楼宇与万科企业分别出资2亿元和3亿元设立项目公司。")).toContain("宁泰楼宇");
  });

  it("takes no verb, class noun, clause or refusal before 与 as a firm", () => {
    expect(orgs("要加强与招商银行合作。")).toEqual(["招商银行"]);
    expect(orgs("高校与招商银行合作。")).toEqual(["招商银行"]);
    expect(orgs("推进与招商银行合作。")).toEqual(["招商银行"]);
    expect(orgs("对此，记者质疑公司与招商银行合作违规。")).toEqual(["招商银行"]);
    expect(orgs("宁泰拒绝与招商银行合作。")).toEqual(["招商银行"]);
  });

  it("takes nothing when the clause states no cooperation", () => {
    expect(orgs("云帆数科与招商银行的差距正在缩小。")).toEqual(["招商银行"]);
  });
});

describe("a foreign firm written after its country", () => {
  it("names the firm with its country as the news writes it, under the firm's own name", () => {
    const x = extract("青禾科技与美国高盛集团签订协议。");
    const goldman = x.entities.find((e) => e.aliases.includes("美国高盛集团"));
    expect(goldman?.name).toBe("高盛集团");
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["青禾科技 -> 高盛集团"]);
  });

  it("does not join a Chinese place to a firm this way", () => {
    expect(orgs("青禾科技与中国招商银行签订协议。")).not.toContain("中国招商银行");
  });
});

describe("a subsidiary named only by its owner", () => {
  it("is not a name of its own (万科全资子公司): the owner signs", () => {
    const x = extract("青禾科技、万科全资子公司及松江港务三方签署协议。");
    expect(surfaces(x, "Organization")).not.toContain("万科全资子公司");
    expect(relations(x, "COLLABORATES_WITH")).toEqual(["万科企业 -> 青禾科技"]);
  });
});

// Companies in news text: known firms, stems before legal and industry words, cue-shown names, and what is not a firm.

import { describe, expect, it } from "vitest";
import { companyExtractor } from "../../../ingest/extract/mentions/extract-companies.js";
import { createSentenceContext } from "../../../ingest/extract/sentence-context.js";
import { extract, names, surfaces } from "./extract-helpers.js";

const orgs = (text: string) => surfaces(extract(text), "Organization");
/** What the company extractor alone proposes for one sentence. */
const companies = (text: string) => {
  const context = createSentenceContext({ index: 0, start: 0, end: text.length, text }, { title: "" });
  return companyExtractor.extract(context).map((c) => text.slice(c.start, c.end));
};

describe("companies that are not there", () => {
  it("finds no firm in a government report's sentences about industry", () => {
    expect(orgs("推动新能源汽车产业发展，加快数字科技与实体经济融合。")).toEqual([]);
    expect(orgs("加强党风廉政建设，深化生态文明建设。")).toEqual([]);
    expect(orgs("大力发展现代物流、清洁能源和文化旅游产业。")).toEqual([]);
  });

  it("reads a clique (反党集团, 叛徒集团) and a group of states (二十国集团) as no company", () => {
    expect(companies("揭露了某某叛徒集团的罪行。")).toEqual([]);
    expect(surfaces(extract("积极参与二十国集团等全球经济治理机制。"), "Organization")).not.toContain("十国集团");
  });

  it("does not cut a known name out of a longer word (中华 in 中华民族, 富力 in 年富力强)", () => {
    expect(orgs("铸牢中华民族共同体意识。")).toEqual([]);
    expect(orgs("选拔一批年富力强的干部。")).toEqual([]);
  });

  it("keeps an ordinary word that is also a brand as a word where no company is spoken of", () => {
    expect(orgs("建设更高水平的平安中国。")).toEqual([]);
    expect(orgs("当地农民种植苹果和小米。")).toEqual([]);
  });

  it("reads a class of firms (上市公司, 外资保险经纪公司) as no company", () => {
    expect(orgs("放开外资保险经纪公司经营范围限制。")).toEqual([]);
    expect(orgs("支持更多上市公司做优做强。")).toEqual([]);
  });
});

describe("known companies", () => {
  it("finds well-known firms of the issue's list (华为, 比亚迪, 巴斯夫, 华能)", () => {
    expect(orgs("华为、比亚迪、巴斯夫和华能等企业在本市投资。")).toEqual(["华为", "华能", "巴斯夫", "比亚迪"]);
  });

  it("resolves a short form to the company's full name", () => {
    expect(names(extract("工行董事长表示将扩大信贷投放。"), "Organization")).toContain("中国工商银行");
  });

  it("keeps the administrative prefix of a local branch (市建设银行)", () => {
    expect(orgs("与市建设银行共同捐款修建图书室。")).toEqual(["市建设银行"]);
  });

  it("counts an ambiguous brand where the sentence speaks of companies", () => {
    expect(orgs("苹果公司股价昨日上涨。")).toContain("苹果公司");
    expect(orgs("平安今日公告称将回购股份。")).toContain("平安");
  });
});

describe("company names from their form", () => {
  it("finds a stem before a legal word (股份, 控股, 有限公司)", () => {
    expect(orgs("青松股份与蓝天控股签署协议。")).toEqual(["蓝天控股", "青松股份"]);
    expect(orgs("公司由晋北中岳煤炭实业有限公司出资设立。")).toContain("晋北中岳煤炭实业有限公司");
  });

  it("stops the name at the verb or role before it (收购人X集团, 股东X有限公司)", () => {
    const found = orgs("收购人岳华集团将持有该公司股份。");
    expect(found).toContain("岳华集团");
    expect(found).not.toContain("收购人岳华集团");
  });

  it("finds a short name after a share mark (ST, *ST)", () => {
    expect(orgs("*ST岭秀今日复牌。")).toContain("岭秀");
  });
});

describe("company names shown by a cue", () => {
  it("finds a bare name before an announcement or a stake", () => {
    expect(orgs("鑫岳今日公告，拟出售子公司股权。")).toContain("鑫岳");
    expect(orgs("公司拟收购昊霖30%股权。")).toContain("昊霖");
  });

  it("finds a bare name joined to a known company", () => {
    expect(orgs("华为和昊霖都作出了回应。")).toEqual(["华为", "昊霖"]);
  });
});

// Companies in news text: known firms, stems before legal and industry words, cue-shown names, and what is not a firm.

import { describe, expect, it } from "vitest";
import { companyExtractor } from "../../../../../ingest/extract/mentions/companies/extract-companies.js";
import { createSentenceContext } from "../../../../../ingest/extract/sentence-context.js";
import { extract, names, surfaces } from "../extract-helpers.js";

const orgs = (text: string) => surfaces(extract(text), "Organization");
/** What the company extractor alone proposes for one sentence. */
const companies = (text: string) => {
  const context = createSentenceContext({ index: 0, start: 0, end: text.length, text }, { title: "" });
  return companyExtractor.extract(context).map((c) => text.slice(c.start, c.end));
};

describe("companies that are not there", () => {
  it("reads a sector stem before an industry word as a sector, not a firm (智慧农业, 民用航空, 高端化工, 冷链物流)", () => {
    expect(companies("各地积极发展智慧农业和冷链物流。")).toEqual([]);
    expect(companies("民用航空运输总周转量继续增长。")).toEqual([]);
    expect(companies("推动高端化工和股权投资协同发展。")).toEqual([]);
    expect(companies("第二国际的那些党背叛了工人阶级。")).toEqual([]);
  });

  it("counts a known firm's short form that jieba reads as an ordinary word only in company talk (中化 in 中化债, 江淮 the region)", () => {
    expect(companies("我们坚持在发展中化债、在化债中发展。")).toEqual([]);
    expect(companies("高水平建设江淮粮仓，扩大优质粮食供给。")).toEqual([]);
  });

  it("does not read the verb or the epithet before a stem as part of the name (布局东明石化, 力争高端化工, 新央企)", () => {
    expect(companies("今年将布局青川石化等一批重大项目。")).not.toContain("布局青川石化");
    expect(companies("力争高端化工产值突破五百亿元。")).toEqual([]);
    expect(companies("支持龙头企业恒远重工扩大产能。").some((name) => name.startsWith("龙头企业"))).toBe(false);
  });

  it("does not read what a report says firms do or have after the word 企业 as a firm (企业营收, 企业做强)", () => {
    expect(companies("规上工业企业营收增长百分之八。")).toEqual([]);
    expect(companies("支持有条件的企业做强做大。")).toEqual([]);
  });

  it("finds no firm in a government report's sentences about industry", () => {
    expect(orgs("推动新能源汽车产业发展，加快数字科技与实体经济融合。")).toEqual([]);
    expect(orgs("加强党风廉政建设，深化生态文明建设。")).toEqual([]);
    expect(orgs("大力发展现代物流、清洁能源和文化旅游产业。")).toEqual([]);
  });

  it("reads a clique (反党集团, 叛徒集团) and a group of states (二十国集团) as no company", () => {
    expect(companies("揭露了某某叛徒集团的罪行。")).toEqual([]);
    expect(surfaces(extract("中方代表出席了二十国集团财长会议。"), "Organization")).not.toContain("十国集团");
  });

  it("does not cut a known name out of a longer word (中华 in 中华民族, 富力 in 年富力强)", () => {
    expect(orgs("铸牢中华民族共同体意识。")).toEqual([]);
    expect(orgs("选拔一批年富力强的干部。")).toEqual([]);
  });

  it("keeps an ordinary word that is also a brand as a word where no company is spoken of", () => {
    expect(orgs("建设更高水平的平安中国。")).toEqual([]);
    expect(orgs("当地农民种植苹果和小米。")).toEqual([]);
    expect(orgs("建设更美的塞上江南，推进交通联通京津冀。")).toEqual([]);
  });

  it("reads a class of firms (上市公司, 外资保险经纪公司) as no company", () => {
    expect(orgs("允许外资保险经纪公司扩大业务范围。")).toEqual([]);
    expect(orgs("支持更多上市公司做优做强。")).toEqual([]);
  });
});

describe("known companies", () => {
  it("finds well-known firms of the issue's list (华为, 比亚迪, 巴斯夫, 华能)", () => {
    expect(orgs("华为、比亚迪、巴斯夫和华能等企业在本市投资。")).toEqual(["华为", "华能", "巴斯夫", "比亚迪"]);
  });

  it("finds global and Chinese consumer firms by their usual Chinese names (固特异, 万豪, 顺丰, 全聚德)", () => {
    expect(orgs("固特异与米其林本季度均上调了轮胎价格。")).toEqual(expect.arrayContaining(["固特异", "米其林"]));
    expect(orgs("万豪和希尔顿在本市各新开一家酒店。")).toEqual(expect.arrayContaining(["万豪", "希尔顿"]));
    expect(orgs("顺丰与全聚德签订了冷链配送协议。")).toEqual(expect.arrayContaining(["顺丰", "全聚德"]));
  });

  it("keeps a firm's short form that is also a phrase as the phrase outside company talk (乐购辽宁, 物美价廉)", () => {
    expect(orgs("持续开展“乐购吉林”系列促消费活动。")).toEqual([]);
    expect(orgs("为群众提供物美价廉的商品。")).toEqual([]);
  });

  it("resolves a short form to the company's full name", () => {
    expect(names(extract("工行董事长表示将扩大信贷投放。"), "Organization")).toContain("中国工商银行");
  });

  it("keeps firms listed on one lexicon line apart (银河证券 is not 中信证券, 易方达 is not 华夏基金)", () => {
    const found = names(extract("银河证券、易方达和野村今日均发布公告。"), "Organization");
    expect(found).toEqual(["中国银河证券", "易方达基金", "野村控股"]);
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

describe("the left edge of a company's name", () => {
  it("stops the name at a preposition or verb glued to it (据X证券, 使X电子)", () => {
    expect(orgs("据鹏远证券的分析师分析，行业将继续整合。")).toContain("鹏远证券");
    const found = orgs("鹏飞集团注资后，使岚新电子扭亏为盈。");
    expect(found).toContain("岚新电子");
    expect(found).not.toContain("使岚新电子");
  });

  it("stops a body's name at the role or the dateline before it (股东X港务局, 本报讯X集团)", () => {
    const found = orgs("鹭江港公告，大股东鹭江港务局已签署协议。");
    expect(found).toContain("鹭江港务局");
    expect(found).not.toContain("股东鹭江港务局");
    expect(orgs("本报讯岚海集团昨日宣布完成融资。")).not.toContain("本报讯岚海集团");
    // 通讯 and 资讯 end in 讯 but are parts of names, not datelines.
    expect(orgs("深圳岚海通讯技术有限公司中标。")).toContain("深圳岚海通讯技术有限公司");
  });

  it("reads 有限责任公司 as one legal form (jieba splits it)", () => {
    expect(orgs("第二大股东成都岚升投资有限责任公司已减持股份。")).toContain("成都岚升投资有限责任公司");
  });

  it("ends the name before 控股股东 (X电力 控股股东)", () => {
    expect(orgs("岚源电力控股股东已承诺不减持。")).toContain("岚源电力");
  });
});

describe("names a text defines or builds", () => {
  it("makes a defined short name an alias of the full name before it (以下简称X)", () => {
    const extraction = extract("青松化工股份有限公司(以下简称“青松化工”)今日公告，青松化工拟回购股份。");
    const firm = extraction.entities.find((e) => e.type === "Organization" && e.aliases.includes("青松化工"));
    expect(firm?.aliases).toContain("青松化工股份有限公司");
    expect(firm?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it("does not read the writer's own side as a short name (以下简称“公司”)", () => {
    expect(orgs("青松化工股份有限公司(以下简称“公司”)今日公告。")).not.toContain("公司");
  });

  it("reads a known firm and a region as the firm's arm there (西门子中国), not a dateline (新华网北京)", () => {
    expect(orgs("西门子中国总裁表示将扩大在华投资。")).toContain("西门子中国");
    expect(orgs("新华网北京<N>月<N>日电，腾讯今日公告称将回购股份。")).not.toContain("新华网北京");
  });

  it("finds the subject of a clause that announces (X今日公告称)", () => {
    expect(orgs("鹏程电子今日公告称，公司拟出售子公司股权。")).toContain("鹏程电子");
    expect(orgs("此前一直停牌的公司今日发布公告。")).toEqual([]);
  });

  it("finds each item of a list of firms (X、Y等公司)", () => {
    const found = orgs("东华科技、北辰新材等公司将于近期召开股东大会。");
    expect(found).toContain("东华科技");
    expect(found).toContain("北辰新材");
  });
});

describe("firms named in Latin letters", () => {
  it("finds a Latin name where firms are spoken of", () => {
    expect(orgs("华为与Ericsson达成专利交叉许可协议，双方公司均表示满意。")).toContain("Ericsson");
    expect(orgs("公司已与Siemens Energy签署合作协议。")).toContain("Siemens Energy");
  });

  it("reads a person, a product's class and a measure as no firm (Brad Smith, NFC手机, GDP)", () => {
    const found = orgs("微软公司总裁Brad Smith表示，NFC手机的销量与GDP增速有关。");
    expect(found).not.toContain("Brad Smith");
    expect(found).not.toContain("NFC");
    expect(found).not.toContain("GDP");
  });
});

describe("boards, zones, ports and places with 国际 that are no firms", () => {
  it("reads a market board, a connect scheme and a pilot zone as no firm (科创板, 深港通, 综试区)", () => {
    const found = orgs("科创板、北交所上市公司增加，深港通、沪港通交易活跃，跨境电商综试区扩容。");
    for (const wrong of ["科创板", "深港通", "沪港通", "综试区"]) expect(found).not.toContain(wrong);
  });

  it("reads a place with 国际 before a noun as no firm (某地国际旅游区), a network as no firm", () => {
    const found = orgs("建设文昌国际航天城和张家界国际旅游区，构建高标准自由贸易区网络和双千兆网络。");
    for (const wrong of ["文昌国际", "张家界国际", "自由贸易区网络", "双千兆网络"]) expect(found).not.toContain(wrong);
  });

  it("reads a long phrase before an industry word as a sector, a brand before it as a firm", () => {
    const found = orgs("把握世界新一轮科技革命，发展高原资源能源，三一重工扩产，华润雪花啤酒迁址新建。");
    expect(found).not.toContain("世界新一轮科技");
    expect(found).toEqual(expect.arrayContaining(["三一重工", "华润雪花啤酒"]));
  });

  it("reads a person's name before 集团 as a clique, unless the sentence speaks of firms", () => {
    expect(orgs("我们坚决反对汪精卫集团的卖国行径。")).not.toContain("汪精卫集团");
  });
});

describe("the right edge of a company's name", () => {
  it("leaves the next clause's first character out of a share-marked name jieba glued it to (ST迈亚为补充, *ST宏盛因犯)", () => {
    expect(companies("ST迈亚为补充流动资金出售了部分股票。")).toContain("迈亚");
    expect(companies("ST迈亚为补充流动资金出售了部分股票。")).not.toContain("迈亚为");
    expect(companies("*ST宏盛因犯逃汇罪被判处罚金。")).toContain("宏盛");
    expect(companies("*ST宏盛原代理董事长接受了审计。")).not.toContain("宏盛原");
  });

  it("ends a name before the words that join two names (X原名Y, X仍控股Y, 诉X)", () => {
    for (const name of companies("问：恒远智联原名恒远股份，为何改名？")) expect(name).not.toContain("原名");
    for (const name of companies("转让完成后，渝开发仍控股瑞丰房地产开发有限公司。")) expect(name).not.toContain("仍");
    expect(companies("原告诉常州华康制药公司侵害专利权。")).not.toContain("诉常州华康制药公司");
  });

  it("names a bank's branch by the bank, its place and its unit (江苏银行镇江分行)", () => {
    expect(orgs("江苏银行镇江分行向法院提出申请。")).toContain("江苏银行镇江分行");
  });
});

describe("registered names, share marks and firms' abbreviations", () => {
  it("finds a full registered name that jieba cuts into adverbs, prepositions and verbs, from its place or the punctuation before it", () => {
    expect(companies("公司拟出资设立杭州中远新材料有限公司，主营涂料。")).toContain("杭州中远新材料有限公司");
    expect(companies("第一大股东宁夏中金创业投资有限公司减持了股份。")).toContain("宁夏中金创业投资有限公司");
    expect(companies("参股方为上海首都创业集团有限公司、泰华证券。")).toContain("上海首都创业集团有限公司");
    expect(companies("股东包括兴达化工有限公司、鼎睿再保险有限公司等三家。")).toContain("鼎睿再保险有限公司");
    // A county-level city's short name opens one too (常熟, 昆山), as the places extractor knows them.
    expect(companies("公司拟转让其持有的常熟华新化工新材料有限公司的股权。")).toContain("常熟华新化工新材料有限公司");
    // A role word before the name (公司, 子公司, 下属) ends the clause, as it does for every stem.
    expect(companies("公司拟设立公司杭州远达投资管理有限公司，由集团出资。")).toContain("杭州远达投资管理有限公司");
  });

  it("does not let a verb that jieba tags as a noun open a firm's name (委托X公司, 现任X公司董事, 出售X集团)", () => {
    expect(companies("该集团已委托中国瑞达工程技术有限公司开展规划。")).toContain("中国瑞达工程技术有限公司");
    expect(companies("他现任浙江清江环保热电股份有限公司董事。")).toContain("浙江清江环保热电股份有限公司");
    expect(companies("黄岛油库已交由中国石化管道公司管理。")).toContain("中国石化管道公司");
    expect(companies("财报显示，出售丹麦超市集团的收益计入当期。").some((name) => name.startsWith("出售"))).toBe(false);
  });

  it("starts a name after a wire story's dateline and a unit glued to a preposition (北京3月5日电, 元/股向)", () => {
    expect(companies("新华网北京3月5日电东星集团今日在其网站上发表声明。")).toContain("东星集团");
    expect(companies("公司拟以每股6.5元/股向德力西集团发行股份。")).toContain("德力西集团");
  });

  it("reads a share's status mark and class letter as no part of the firm's name (*ST宏达, 万科A)", () => {
    expect(orgs("*ST宏达公告，公司股票将于明日复牌。")).toContain("宏达");
    expect(orgs("ST联油公告，从事公司唯一业务的子公司已停产。")).not.toContain("ST联油");
    expect(names(extract("尾盘，万科A、招商地产等涨停。"), "Organization")).toContain("万科企业");
  });

  it("reads a firm's abbreviation that jieba tags as an abbreviation or an adjective as that firm (工行, 南航, 微软)", () => {
    expect(names(extract("工行与南航签署了全面合作协议。"), "Organization")).toEqual(
      expect.arrayContaining(["中国工商银行", "中国南方航空"]),
    );
    expect(names(extract("针对微软停止旧系统更新，国内厂商推出替代方案。"), "Organization")).toContain("微软公司");
  });
});

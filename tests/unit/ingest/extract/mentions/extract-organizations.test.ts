import { describe, expect, it } from "vitest";
import { LIAOYUAN_TITLE, extract, names, surfaces } from "../extract-helpers.js";

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
    expect(surfaces(x, "Organization")).toEqual(
      expect.arrayContaining(["省兴业银行", "吉广传媒", "中科院长春应化所", "中科院"]),
    );
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

describe("organization lexicons and precision filters (issue 19)", () => {
  it("finds ministries, the armed forces and people's organizations by their usual short forms", () => {
    const x = extract(
      "由教育部和财政部联合实施，国家发展改革委牵头。驻地解放军、武警部队和工会、共青团、妇联、科协积极参与。",
    );
    expect(names(x, "Organization")).toEqual(
      expect.arrayContaining([
        "教育部",
        "财政部",
        "国家发展和改革委员会",
        "中国人民解放军",
        "中国人民武装警察部队",
        "工会",
        "共青团",
        "妇联",
        "科协",
      ]),
    );
  });

  it("finds international organizations whole, with their short forms mapped to one name", () => {
    const x = extract(
      "推动上海合作组织、金砖国家、二十国集团合作，积极参与世贸组织改革，支持联合国教科文组织、欧盟和东盟的工作。",
    );
    const orgs = names(x, "Organization");
    expect(orgs).toEqual(
      expect.arrayContaining([
        "上海合作组织",
        "金砖国家",
        "二十国集团",
        "世界贸易组织",
        "联合国教育、科学及文化组织",
        "欧洲联盟",
        "东南亚国家联盟",
      ]),
    );
    expect(orgs).not.toContain("联合国");
    expect(names(x, "Place")).not.toContain("上海市");
  });

  it("names bare 人大, 政协 and 工会 after the report's own level", () => {
    const x = extract(
      "政协辽源市第八届委员会常务委员会工作报告\n自觉接受人大的监督和政协的民主监督，支持工会发挥作用。",
    );
    expect(names(x, "Organization")).toEqual(expect.arrayContaining(["辽源市人大", "辽源市政协", "辽源市总工会"]));
  });

  it("keeps a class of bodies out (各级人大, 上市公司, 中小学, 服务型政府, 国际金融中心)", () => {
    const x = extract(
      "各级人大加强监督。新增上市公司12家，新建51所中小学，建设服务型政府，打造国际金融中心和社会保障网，公办幼儿园和国有商业银行稳步发展。",
    );
    expect(names(x, "Organization")).toEqual([]);
  });

  it("reads a firm's relation to another as a class, not a body (全资子公司, 控股子公司, 母公司, 关联公司)", () => {
    const x = extract(
      "该行与一家外资银行的全资子公司签订协议。公司拟通过控股子公司收购资产，其母公司和关联公司均未参与。",
    );
    expect(names(x, "Organization")).toEqual([]);
  });

  it("does not glue a function word to a body (中国所, 想办, 经国务院, 这是市委)", () => {
    const x = extract(
      "这在当时为旧中国所望尘莫及。我们想办法解决。经国务院批准实施。这是市委、市政府正确领导的结果。用更少的钱办更多的事情。",
    );
    const found = surfaces(x, "Organization");
    expect(found).toEqual(expect.arrayContaining(["国务院", "市委", "市政府"]));
    for (const wrong of ["中国所", "想办", "经国务院", "这是市委", "钱办"]) expect(found).not.toContain(wrong);
  });

  it("does not run a body into the clause after it (全国人大报告政府)", () => {
    const x = extract("国务院向全国人大报告政府工作，严格执行政府过紧日子要求。");
    expect(surfaces(x, "Organization")).toEqual(["全国人大", "国务院"]);
  });

  it("keeps nested names and numbered institutions whole (国务院扶贫办, 中科院长春应化所, 第一中学)", () => {
    const x = extract("国务院扶贫办和中科院长春应化所给予支持，朝阳区第二实验学校晋升为示范校。");
    expect(surfaces(x, "Organization")).toEqual(
      expect.arrayContaining(["国务院扶贫办", "中科院长春应化所", "朝阳区第二实验学校"]),
    );
  });

  it("keeps a name whose middle holds a verb when a place starts it (上海国际再保险登记交易中心)", () => {
    const x = extract("推动上海国际再保险登记交易中心建设。");
    expect(surfaces(x, "Organization")).toContain("上海国际再保险登记交易中心");
    expect(surfaces(x, "Organization")).not.toContain("交易中心");
  });

  it("does not cut a meeting's session out of a body's name (第十届全国人民代表大会第一次会议)", () => {
    const x = extract("第十届全国人民代表大会第一次会议审议通过。");
    expect(surfaces(x, "Organization").every((s) => !s.startsWith("届") && !s.startsWith("第一次"))).toBe(true);
  });

  it("reads a place's branch of a known body as that branch (市建设银行, 上海市国资委)", () => {
    const x = extract(LIAOYUAN_TITLE + "市建设银行和上海市国资委共同支持。");
    expect(surfaces(x, "Organization")).toEqual(expect.arrayContaining(["市建设银行", "上海市国资委"]));
    expect(names(x, "Organization")).not.toContain("国务院国有资产监督管理委员会");
  });
});

describe("organization left edges, particles and classes (issue 19, corpus precision)", () => {
  it("does not start a name with a verb or an adverb that jieba tags as a noun", () => {
    const x = extract(
      LIAOYUAN_TITLE + "我们锚定市委确定的目标，严格控制党政机关经费，力争东南理工大学落户本地，杜绝国家机关浪费。",
    );
    const found = surfaces(x, "Organization");
    expect(found).toEqual(expect.arrayContaining(["市委"]));
    for (const wrong of ["锚定市委", "严格控制党政机关", "党政机关", "力争东南理工大学", "杜绝国家机关", "国家机关"])
      expect(found).not.toContain(wrong);
  });

  it("does not take a coordinated 等 into a name (钟山、云龙湖等实验室)", () => {
    const x = extract("支持青松湖、云龙湖等实验室建设。");
    expect(surfaces(x, "Organization").some((s) => s.includes("等"))).toBe(false);
  });

  it("reads 所 before a verb as a particle, in simplified and traditional script", () => {
    const x = extract(
      "利润在国民收入中所占的比重上升。工會所舉辦的文化設施增加了。這是憲法所規定的任務。真理为被压迫民族所掌握。",
    );
    expect(names(x, "Organization").some((n) => n.endsWith("所"))).toBe(false);
  });

  it("keeps an institute's abbreviated 所 (长春应化所)", () => {
    const x = extract("长春应化所给予支持，长春光机所、沈阳金属所等单位参加。");
    expect(surfaces(x, "Organization")).toEqual(expect.arrayContaining(["长春应化所", "长春光机所"]));
  });

  it("keeps classes out: 全日制学校, 省实验室, 上市公司 after a market, 公立医院, 行业协会商会", () => {
    const x = extract(
      "改革全日制学校课程。省实验室达到十家。北交所上市公司增加。建设县域二甲公立医院。推动行业协会商会改革。",
    );
    expect(surfaces(x, "Organization").filter((s) => s !== "北交所")).toEqual([]);
  });

  it("handles traditional characters like simplified ones in class nouns (手工業合作社)", () => {
    const x = extract("組織手工業合作社和供銷合作社。");
    expect(names(x, "Organization")).toEqual([]);
  });

  it("does not read two bodies joined by 和, or two governments, as one body", () => {
    const x = extract("由冶金工业部和纺织工业部负责。中法两国政府签订协定。");
    const found = surfaces(x, "Organization");
    expect(found).toEqual(expect.arrayContaining(["冶金工业部", "纺织工业部"]));
    expect(found.some((s) => s.includes("和") || s.includes("两国"))).toBe(false);
  });

  it("keeps epithets of hostile parties out (某国反动政府, 某某卖国集团), a government named neutrally in", () => {
    const x = extract("揭露印度反动政府的阴谋，打败蒋介石卖国集团。我们支持罗马尼亚政府的立场。");
    const found = surfaces(x, "Organization");
    expect(found).toContain("罗马尼亚政府");
    expect(found.some((s) => s.includes("反动") || s.includes("卖国"))).toBe(false);
  });

  it("does not read a verb with 党, 团 or 办 as a body (管党治党, 事情办好, 跨域通办)", () => {
    const x = extract(LIAOYUAN_TITLE + "坚持管党治党，把事情办好，推进高频事项跨域通办，市金融办、市工信局牵头。");
    const found = surfaces(x, "Organization");
    expect(found).toContain("市金融办");
    for (const wrong of ["管党", "事情办", "跨域通办", "高频事项跨域通办"]) expect(found).not.toContain(wrong);
  });

  it("keeps facilities out (冰壶馆, 水电站, 广播网)", () => {
    const x = extract("建成冰壶馆和短道速滑馆，某江水电站发电，建设农村广播网。");
    expect(names(x, "Organization")).toEqual([]);
  });

  it("reads verbs that take a body as object as no part of its name (信任共产党, 查处银行, 普及小学)", () => {
    const x = extract("群众信任共产党的领导。要严肃查处银行违规放贷行为，在山区普及小学教育。");
    const found = surfaces(x, "Organization");
    for (const wrong of ["信任共产党", "严肃查处银行", "查处银行", "普及小学"]) expect(found).not.toContain(wrong);
  });

  it("reads a party word after a common noun as apposition (先锋队共产党), after a country as the party's name", () => {
    const found = surfaces(extract("工人阶级的先锋队共产党领导革命，苏联共产党派代表出席。"), "Organization");
    expect(found).not.toContain("先锋队共产党");
    expect(found).toContain("苏联共产党");
  });

  it("reads classes of bodies as no body (直属师范大学, 居民委员会, 领导机关, 防治所, 事务所, 市县级医院)", () => {
    const x = extract(
      "在农业部直属农业大学试行新办法。发挥城镇居民委员会的作用，上级领导机关要检查，专科防治所增加到五百个，规范会计师事务所，支持市县级医院发展。",
    );
    expect(names(x, "Organization")).toEqual(["农业部"]);
  });

  it("reads an organ after enumerated levels as every level's (省、市、县政府), not one body", () => {
    const found = surfaces(extract("省、市、县政府都要公布权责清单，某省北院区、省档案馆新馆建成。"), "Organization");
    expect(found).not.toContain("县政府");
  });

  it("keeps a ministry cut from 部门 out (铁道部|门)", () => {
    expect(surfaces(extract("单是交通部门的投资就减少了一成。"), "Organization")).toEqual([]);
  });

  it("keeps rooms, rankings, contests and function-named centres out (会客厅, 大学排名, 院校技能大赛, 调度交易中心)", () => {
    const x = extract(
      "打造城市会客厅和时光音乐厅。某大学进入软科中国大学排名前列，获世界职业院校技能大赛金牌，建设调度交易中心。",
    );
    const found = surfaces(x, "Organization");
    for (const wrong of ["城市会客厅", "时光音乐厅", "软科中国大学", "世界职业院校", "调度交易中心", "中国大学"])
      expect(found).not.toContain(wrong);
  });

  it("does not cut a name at a one-character place word (明月|湖 实验室)", () => {
    expect(surfaces(extract("支持明月湖实验室发展。"), "Organization")).not.toContain("湖实验室");
  });

  it("finds named centres and a kindergarten with 直属机关 in its name", () => {
    const found = surfaces(
      extract("海南国际碳排放权交易中心挂牌，省疾控中心建成，某市直属机关幼儿园划转。"),
      "Organization",
    );
    expect(found).toEqual(expect.arrayContaining(["海南国际碳排放权交易中心", "省疾控中心"]));
  });

  it("reads governments of several levels, schools of two kinds and a person's clique as no body", () => {
    const x = extract(
      "健全市县政府依法行政制度，完成省辖市政府机构改革，支持特别行政区政府施政，新改扩建中小学三百所，揭露汪精卫集团的阴谋。",
    );
    const found = surfaces(x, "Organization");
    for (const wrong of ["市县政府", "县政府", "省辖市政府", "行政区政府", "改扩建中小学", "汪精卫集团"])
      expect(found).not.toContain(wrong);
  });

  it("reads a college or a centre named by its function alone as a kind (技术学院, 交易中心), a place's as a body", () => {
    const found = surfaces(
      extract("支持高校设立未来技术学院和现代产业学院，建设数据交易中心。宁夏大学和新疆农业职业技术学院签约。"),
      "Organization",
    );
    expect(found).toEqual(["宁夏大学", "新疆农业职业技术学院"]);
  });
});

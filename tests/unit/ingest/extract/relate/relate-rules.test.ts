import { describe, expect, it } from "vitest";
import { of, relate, type Mark } from "./relate-helpers.js";

const REPORT = "长春市政协常务委员会工作报告\n";
const BY_CPPCC: Mark = ["长春市政协", "Organization"];
const GD_REPORT = "广东省政府工作报告\n";
const BY_GD: Mark = ["广东省政府", "Organization"];

describe("collaboration: who the parties are", () => {
  it("makes the report's body a party of a subjectless sentence, marking the subject as inferred", () => {
    const x = relate(REPORT + "与长春师范大学联合开展“数据化项目”。", [
      BY_CPPCC,
      ["长春师范大学", "Organization"],
      ["“数据化项目”", "Project"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["长春市政协 -> 长春师范大学 (work-with:report-subject)"]);
    expect(of(x, "PARTNER_IN")).toEqual([
      "长春市政协 -> “数据化项目” (work-with-on:report-subject)",
      "长春师范大学 -> “数据化项目” (work-with-on)",
    ]);
  });

  it("reads 由教育部和财政部联合实施X as the two ministries working together, not the report's body", () => {
    const x = relate(GD_REPORT + "学生资助计划由教育部和财政部联合实施。由教育部和财政部联合实施“强师工程”。", [
      BY_GD,
      ["教育部", "Organization"],
      ["财政部", "Organization"],
      ["教育部", "Organization"],
      ["财政部", "Organization"],
      ["“强师工程”", "Project"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["教育部 -> 财政部 (work-with)"]);
    expect(of(x, "PARTNER_IN")).toEqual(["教育部 -> “强师工程” (work-with-on)", "财政部 -> “强师工程” (work-with-on)"]);
  });

  it("does not read bodies listed together as working together (中国农业银行和国家开发银行股份制改革)", () => {
    const x = relate("中国农业银行和国家开发银行股份制改革顺利进行。", [
      ["中国农业银行", "Organization"],
      ["国家开发银行", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });

  it("keeps each pair of 甲与乙、丙与丁 apart (深化我省与江苏、沈阳与北京、大连与上海对口合作)", () => {
    const places = relate(GD_REPORT + "深化我省与江苏、沈阳与北京、大连与上海对口合作。", [
      BY_GD,
      ["我省", "Place"],
      ["江苏", "Place"],
      ["沈阳", "Place"],
      ["北京", "Place"],
      ["大连", "Place"],
      ["上海", "Place"],
    ]);
    expect(of(places, "COLLABORATES_WITH")).toEqual([]);
    const bodies = relate("深化吉林大学与中国科学院、长春医院与一汽集团、东北师范大学与长春市政府对口合作。", [
      ["吉林大学", "Organization"],
      ["中国科学院", "Organization"],
      ["长春医院", "Organization"],
      ["一汽集团", "Organization"],
      ["东北师范大学", "Organization"],
      ["长春市政府", "Organization"],
    ]);
    expect(of(bodies, "COLLABORATES_WITH")).toEqual([
      "一汽集团 -> 长春医院 (work-with)",
      "东北师范大学 -> 长春市政府 (work-with)",
      "中国科学院 -> 吉林大学 (work-with)",
    ]);
  });

  it("never makes a place a partner of the report's body, nor of another place", () => {
    const x = relate(GD_REPORT + "深化与福建省等对接合作。我国同东南亚、西亚各国以及新西兰的合作不断加强。", [
      BY_GD,
      ["福建省", "Place"],
      ["我国", "Place"],
      ["东南亚", "Place"],
      ["西亚", "Place"],
      ["新西兰", "Place"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });

  it("takes the own city written 我市 as a party beside a named body", () => {
    const x = relate(REPORT + "推动兴业银行、吉广传媒等委员单位与我市开展合作项目。", [
      BY_CPPCC,
      ["兴业银行", "Organization"],
      ["吉广传媒", "Organization"],
      ["我市", "Place"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["兴业银行 -> 我市 (work-with)", "吉广传媒 -> 我市 (work-with)"]);
  });

  it("takes places named as governments (法国、德国两国政府) as parties", () => {
    const x = relate("我国政府将继续加强与法国、德国两国政府的合作。", [
      ["我国政府", "Organization"],
      ["法国", "Place"],
      ["德国", "Place"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["德国 -> 我国政府 (work-with)", "我国政府 -> 法国 (work-with)"]);
  });

  it("reads 公司 after the sentence's subject as that subject, and carries the subject over commas", () => {
    const anaphor = relate("昌河汽车公告称，公司与中航工业集团签署了合作协议。", [
      ["昌河汽车", "Organization"],
      ["中航工业集团", "Organization"],
    ]);
    expect(of(anaphor, "COLLABORATES_WITH")).toEqual(["中航工业集团 -> 昌河汽车 (work-with:anaphor)"]);
    const carried = relate("华信公司宣布进入华南市场，与南海银行和海港集团成立合资公司。", [
      ["华信公司", "Organization"],
      ["南海银行", "Organization"],
      ["海港集团", "Organization"],
    ]);
    expect(of(carried, "COLLABORATES_WITH")).toEqual([
      "华信公司 -> 南海银行 (work-with:sentence-subject)",
      "华信公司 -> 海港集团 (work-with:sentence-subject)",
    ]);
  });

  it("does not lend the report's body to a clause whose own subject is unnamed (鼓励高校与X合作)", () => {
    const x = relate(REPORT + "鼓励高校与中国银行合作。", [BY_CPPCC, ["中国银行", "Organization"]]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });

  it("reads the partner behind a describing phrase or a parent body (与中船集团下属黄埔造船公司签订)", () => {
    const x = relate("远洋航运与中船集团下属黄埔造船公司签订合作协议。", [
      ["远洋航运", "Organization"],
      ["中船集团", "Organization"],
      ["黄埔造船公司", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["远洋航运 -> 黄埔造船公司 (work-with)"]);
  });

  it("pairs a list that signs with someone with that one only, not with each other", () => {
    const x = relate("甲银行、乙银行与丙集团签署战略合作协议。", [
      ["甲银行", "Organization"],
      ["乙银行", "Organization"],
      ["丙集团", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(["丙集团 -> 甲银行 (work-with)", "丙集团 -> 乙银行 (work-with)"].sort());
  });

  it("reads 牵手X and 联同X as working with X", () => {
    const x = relate("联通牵手中国平安。港灯联同李氏基金会捐建学校。", [
      ["联通", "Organization"],
      ["中国平安", "Organization"],
      ["港灯", "Organization"],
      ["李氏基金会", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(
      ["中国平安 -> 联通 (invite-or-join)", "李氏基金会 -> 港灯 (invite-or-join)"].sort(),
    );
  });
});

describe("collaboration: what is not one", () => {
  it("finds none in a hostile passage", () => {
    const x = relate("北方集团与南方公司联合打压竞争对手。", [
      ["北方集团", "Organization"],
      ["南方公司", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });

  it("finds none in rivalry, comparison or refusal", () => {
    const x = relate("甲公司与乙公司的竞争合作并存。与丙公司相比，丁公司的合作更广。戊公司拒绝与己公司合作。", [
      ["甲公司", "Organization"],
      ["乙公司", "Organization"],
      ["丙公司", "Organization"],
      ["丁公司", "Organization"],
      ["戊公司", "Organization"],
      ["己公司", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });

  it("finds none in a merger", () => {
    const x = relate("天北集团与海西钢铁联合重组。", [
      ["天北集团", "Organization"],
      ["海西钢铁", "Organization"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual([]);
  });
});

describe("collaboration: how news states it", () => {
  const co = (text: string, marks: readonly Mark[]) => of(relate(text, marks), "COLLABORATES_WITH");
  const orgs = (...names: string[]): Mark[] => names.map((n) => [n, "Organization"]);

  it("reads 联姻X, 结盟X, 签约X and “牵手”X as working with X", () => {
    expect(co("远航集团联姻海星银行。", orgs("远航集团", "海星银行"))).toEqual([
      "海星银行 -> 远航集团 (invite-or-join)",
    ]);
    expect(co("锦程酒店签约卢米集团。", orgs("锦程酒店", "卢米集团"))).toEqual([
      "卢米集团 -> 锦程酒店 (invite-or-join)",
    ]);
    expect(co("宏达股份“牵手”海星银行。", orgs("宏达股份", "海星银行"))).toEqual([
      "宏达股份 -> 海星银行 (invite-or-join)",
    ]);
  });

  it("reads 公司 followed by a time as the sentence's subject, and skips a clause that only dates the news", () => {
    expect(co("宏达股份发布公告称，公司于3月1日与华信银行签署战略合作协议。", orgs("宏达股份", "华信银行"))).toEqual([
      "华信银行 -> 宏达股份 (work-with:anaphor)",
    ]);
    expect(co("3月5日，宏达股份宣布，与华信银行成立合资公司。", orgs("宏达股份", "华信银行"))).toEqual([
      "华信银行 -> 宏达股份 (work-with:sentence-subject)",
    ]);
    expect(co("本报讯 宏达股份日前宣布，将与华信银行开展合作。", orgs("宏达股份", "华信银行"))).toEqual([
      "华信银行 -> 宏达股份 (work-with:sentence-subject)",
    ]);
  });

  it("reads the partner behind its kind (与国际医药企业X, 和英国药企X) or a listed company's *ST mark", () => {
    expect(co("宏达股份与国际医药企业康瑞集团达成战略合作。", orgs("宏达股份", "康瑞集团"))).toEqual([
      "宏达股份 -> 康瑞集团 (work-with)",
    ]);
    expect(co("诺尔和英国药企康瑞集团成立了合资公司。", orgs("诺尔", "康瑞集团"))).toEqual([
      "康瑞集团 -> 诺尔 (work-with)",
    ]);
    expect(co("东华实业与*ST华源签订合作协议。", orgs("东华实业", "华源"))).toEqual(["东华实业 -> 华源 (work-with)"]);
  });

  it("does not take the company that the parties set up, nor one's own subsidiary, as a partner", () => {
    expect(
      co("由宏达股份与海星集团合资成立的宏海物流公司正式开业。", orgs("宏达股份", "海星集团", "宏海物流公司")),
    ).toEqual(["宏达股份 -> 海星集团 (work-with)"]);
    expect(co("宏达股份与其全资子公司宏达物流签署协议。", orgs("宏达股份", "宏达物流"))).toEqual([]);
    expect(co("明华是宏达股份和海星集团共同投资组建的企业。", orgs("明华", "宏达股份", "海星集团"))).toEqual([
      "宏达股份 -> 海星集团 (work-with)",
    ]);
  });

  it("finds none when the bodies act one by one, own something together or saw their match fail", () => {
    expect(co("宏达集团和海星集团已经先后成立了物流公司。", orgs("宏达集团", "海星集团"))).toEqual([]);
    expect(co("宏达股份和海星集团共同持有华信银行的股份。", orgs("宏达股份", "海星集团", "华信银行"))).toEqual([]);
    expect(co("宏达股份联姻海星银行告吹。", orgs("宏达股份", "海星银行"))).toEqual([]);
    expect(
      co("宏达股份、海星集团和华信银行今日一起发布业绩预增公告。", orgs("宏达股份", "海星集团", "华信银行")),
    ).toEqual([]);
  });

  it("reads a joint announcement as one only when it announces a cooperation", () => {
    expect(co("宏达股份与海星银行联合宣布，双方将成立合资公司。", orgs("宏达股份", "海星银行"))).toEqual([
      "宏达股份 -> 海星银行 (work-with)",
    ]);
    expect(
      co(
        "宏达股份与海星银行联合宣布，宏达股份将收购海星银行全部股份。",
        orgs("宏达股份", "海星银行", "宏达股份", "海星银行"),
      ),
    ).toEqual([]);
  });

  it("reads 通过与X的合作，Y… and 与X，共同投资 as stated cooperations", () => {
    expect(co("通过与海星银行的合作，宏达股份打开了海外市场。", orgs("海星银行", "宏达股份"))).toEqual([
      "宏达股份 -> 海星银行 (work-with:following-subject)",
    ]);
    expect(co("宏达股份宣布与海星集团，共同投资10亿元开发新药。", orgs("宏达股份", "海星集团"))).toEqual([
      "宏达股份 -> 海星集团 (work-with)",
    ]);
  });

  it("reads X成为Y的合作伙伴 and 作为Y的合作伙伴，X…", () => {
    expect(co("宏达股份成为海星银行的战略合作伙伴。", orgs("宏达股份", "海星银行"))).toEqual([
      "宏达股份 -> 海星银行 (partner-of)",
    ]);
    expect(co("作为海星银行的战略合作伙伴，宏达股份获得了优先发售权。", orgs("海星银行", "宏达股份"))).toEqual([
      "宏达股份 -> 海星银行 (partner-of)",
    ]);
    expect(co("宏达股份正在寻找合作伙伴。", orgs("宏达股份"))).toEqual([]);
  });

  it("reads X由A、B共同出资设立 as A and B working together", () => {
    expect(co("宏海物流由宏达股份、海星集团共同出资设立。", orgs("宏海物流", "宏达股份", "海星集团"))).toEqual([
      "宏达股份 -> 海星集团 (joint-subjects)",
    ]);
  });
});

describe("collaboration: parties written in short", () => {
  it("pairs the governments of 中法两国政府 when a joint verb follows, not when they only negotiate", () => {
    const marks: Mark[] = [
      ["中", "Organization", "org-state-short"],
      ["法", "Organization", "org-state-short"],
    ];
    expect(of(relate("1990年中法两国政府签署了合作协定。", marks), "COLLABORATES_WITH")).toEqual([
      "中 -> 法 (short-pair)",
    ]);
    expect(of(relate("中法两国政府经过一年的谈判。", marks), "COLLABORATES_WITH")).toEqual([]);
    const object = relate("我国政府将加强与英、葡两国政府的合作。", [
      ["我国政府", "Organization"],
      ["英", "Organization", "org-state-short"],
      ["葡", "Organization", "org-state-short"],
    ]);
    expect(of(object, "COLLABORATES_WITH")).toEqual(["我国政府 -> 英 (work-with)", "我国政府 -> 葡 (work-with)"]);
  });

  it("pairs the ministry and the province of 部省合建", () => {
    const marks: Mark[] = [
      ["部", "Organization", "org-joint-short"],
      ["省", "Organization", "org-joint-short"],
    ];
    expect(of(relate("推进山海大学部省合建工作。", marks), "COLLABORATES_WITH")).toEqual(["省 -> 部 (short-pair)"]);
    expect(of(relate("加强山海大学建设和部省合建工作。", marks), "COLLABORATES_WITH")).toEqual([
      "省 -> 部 (short-pair)",
    ]);
  });

  it("makes laboratories named by their place partners of the report's body (深化与苏州、崖州湾等国家实验室合作)", () => {
    const x = relate(GD_REPORT + "深化与苏州、崖州湾等国家实验室合作。", [
      BY_GD,
      ["苏州", "Organization", "org-laboratory-short"],
      ["崖州湾", "Organization", "org-laboratory-short"],
    ]);
    expect(of(x, "COLLABORATES_WITH")).toEqual(
      ["崖州湾 -> 广东省政府 (work-with:report-subject)", "广东省政府 -> 苏州 (work-with:report-subject)"].sort(),
    );
  });
});

describe("activities and positions from what the sentence states", () => {
  it("gives a project named after the body written before it to that body", () => {
    const x = relate("聚焦省政协“1453”履职总要求，投用甬江实验室B区一期。", [
      ["省政协", "Organization"],
      ["“1453”履职总要求", "Project"],
      ["甬江实验室B区一期", "Project"],
      ["甬江实验室", "Organization"],
    ]);
    expect(of(x, "ORGANIZED")).toEqual(["省政协 -> “1453”履职总要求 (name-owner)"]);
    expect(of(x, "PARTNER_IN")).toEqual(["甬江实验室 -> 甬江实验室B区一期 (name-owner)"]);
  });

  it("makes the body that drafts a plan, or names a site to a programme, its organizer", () => {
    const x = relate("省政府编制了《全省发展规划纲要》。本区被教育部确定为“家庭教育试验区”。", [
      ["省政府", "Organization"],
      ["《全省发展规划纲要》", "Project"],
      ["教育部", "Organization"],
      ["“家庭教育试验区”", "Project"],
    ]);
    expect(of(x, "ORGANIZED")).toEqual(
      ["省政府 -> 《全省发展规划纲要》 (organize)", "教育部 -> “家庭教育试验区” (designated-by)"].sort(),
    );
  });

  it("does not make a body that carries out a plan its organizer (实施“十三五”规划)", () => {
    const x = relate(GD_REPORT + "实施“十三五”规划。", [BY_GD, ["“十三五”规划", "Project"]]);
    expect(of(x, "ORGANIZED")).toEqual([]);
  });

  it("does not make the report's body a speaker at the meeting where someone else's speech was given", () => {
    const x = relate(REPORT + "贯彻习近平总书记在庆祝大会上的重要讲话精神。", [
      BY_CPPCC,
      ["习近平", "Person"],
      ["庆祝大会", "Project", "project-meeting"],
    ]);
    expect(of(x, "PARTNER_IN")).toEqual([]);
  });

  it("keeps the body of a list of posts for a title written without one, and reads a byline's outlet", () => {
    const x = relate("民建市委副主委张明、李华，秘书长王强出席。人民网9月10日电（记者赵亮）会议召开。", [
      ["民建市委", "Organization"],
      ["张明", "Person"],
      ["李华", "Person", "person-list"],
      ["王强", "Person"],
      ["人民网", "Organization"],
      ["赵亮", "Person"],
    ]);
    expect(of(x, "HOLDS_POSITION")).toEqual(
      [
        "张明 -> 民建市委 (body-title-name)",
        "李华 -> 民建市委 (body-title-names)",
        "王强 -> 民建市委 (list-title-name)",
        "赵亮 -> 人民网 (dateline-reporter)",
      ].sort(),
    );
  });
});

import { describe, expect, it } from "vitest";
import { bodyBefore } from "../../../../../ingest/extract/mentions/projects/project-owners.js";
import { extract, names, surfaces } from "../extract-helpers.js";

describe("project extraction", () => {
  it("does not take quoted slogans for projects", () => {
    expect(names(extract("增强“四个意识”、坚定“四个自信”、做到“两个维护”。"), "Project")).toEqual([]);
  });

  it("finds publications in book-title marks", () => {
    expect(names(extract("编印150册《疫情防控期间政策要点汇总》向企业发放。"), "Project")).toEqual([
      "疫情防控期间政策要点汇总",
    ]);
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

  it("finds a quoted name followed by a noun phrase that ends in a head, with the quoted part as an alias", () => {
    const x = extract("推进“三城联创”建设，落实“135”工作总要求。");
    expect(names(x, "Project")).toEqual(["135工作总要求", "三城联创建设"]);
    expect(x.entities.find((e) => e.name === "三城联创建设")?.aliases).toContain("三城联创");
  });

  it("finds a five-year plan by its quoted number", () => {
    expect(names(extract("今年是“十五五”开局之年。"), "Project")).toEqual(["十五五规划"]);
  });

  it("finds quoted items of a list of activities", () => {
    expect(names(extract("开展“企业进乡村”、“科技下基层”等活动。"), "Project")).toEqual(["企业进乡村", "科技下基层"]);
  });

  it("finds every item of an enumeration introduced by a verb", () => {
    expect(names(extract("扎实开展党史学习教育、党纪学习教育。"), "Project")).toEqual(["党史学习教育", "党纪学习教育"]);
  });

  it("keeps the Party's congresses and plenums and the term before a body's session", () => {
    expect(names(extract("深入贯彻党的二十大和党的二十届四中全会精神。"), "Project")).toEqual([
      "党的二十大",
      "党的二十届四中全会",
    ]);
    expect(names(extract("去年9月五届人大三次会议上讨论了这个问题。"), "Project")).toEqual(["五届人大三次会议"]);
  });

  it("does not take titles of works of art or bare two-character titles for projects", () => {
    expect(names(extract("话剧《春风》《山路》、歌曲《远方》等获奖，根据《建议》编制规划。"), "Project")).toEqual([]);
  });

  it("finds building projects of facilities listed one after another", () => {
    expect(
      names(extract("一是加快项目建设。人民医院新院区、中医医院迁建、实验小学改造工程进展顺利。"), "Project"),
    ).toEqual(["中医医院迁建", "人民医院新院区", "实验小学改造工程"]);
  });
});

describe("project extraction: meetings, sessions and rule sets with the body that holds or issues them", () => {
  it("keeps the body, its term and a list of session numbers with a plenum", () => {
    expect(names(extract("认真贯彻市委九届三次、四次全会精神。"), "Project")).toEqual(["市委九届三次、四次全会"]);
    expect(names(extract("按照区委十二届六次全委扩大会议的部署开展工作。"), "Project")).toEqual([
      "区委十二届六次全委扩大会议",
    ]);
    expect(names(extract("天津市第十八届人民代表大会常务委员会第九次会议听取了报告。"), "Project")).toEqual([
      "天津市第十八届人民代表大会常务委员会第九次会议",
    ]);
  });

  it("finds a body's work conference by its domain, and a whole unit's", () => {
    expect(names(extract("深入落实中央农村工作会议和省委城市工作会议精神。"), "Project")).toEqual([
      "中央农村工作会议",
      "省委城市工作会议",
    ]);
    expect(names(extract("召开全市安全生产工作会议。"), "Project")).toContain("全市安全生产工作会议");
    expect(names(extract("各单位要开好工作会议。"), "Project")).toEqual([]);
  });

  it("finds a counted rule set when the body that issued it is named, and not inside a longer name", () => {
    expect(names(extract("严格执行中央八项规定和市委九项要求。"), "Project")).toEqual(["中央八项规定", "市委九项要求"]);
    expect(names(extract("区里出台了十条措施。"), "Project")).toEqual([]);
    expect(names(extract("扎实开展深入贯彻中央八项规定精神学习教育。"), "Project")).toEqual([
      "深入贯彻中央八项规定精神学习教育",
    ]);
  });

  it("finds censuses by their ordinal and five-year plans by theirs, in either script", () => {
    expect(names(extract("圆满完成第七次全国人口普查和第五次全国经济普查。"), "Project")).toEqual([
      "第七次全国人口普查",
      "第五次全国经济普查",
    ]);
    expect(names(extract("超额完成第二个五年計划的指标。"), "Project")).toEqual(["第二个五年计划"]);
    expect(names(extract("审查国民经济和社会发展第十四个五年规划纲要。"), "Project")).toEqual([]);
  });

  it("finds events by their edition", () => {
    expect(names(extract("成功举办首届中国国际消费品博览会。"), "Project")).toEqual(["首届中国国际消费品博览会"]);
    expect(names(extract("第十三届全国人民代表大会第一次会议选举产生了新的领导。"), "Project")).toEqual([
      "第十三届全国人民代表大会第一次会议",
    ]);
  });
});

describe("project extraction: programmes advanced, listed or reported on", () => {
  it("finds a programme with a strong head after a verb of advancing, without the verb before it", () => {
    expect(names(extract("深入推进乡村建设行动，积极参与联合国维和行动。"), "Project")).toEqual([
      "乡村建设行动",
      "联合国维和行动",
    ]);
    expect(names(extract("中国提出了全球文明倡议。"), "Project")).toEqual(["全球文明倡议"]);
    expect(names(extract("继续实施可持续发展战略。"), "Project")).toEqual(["可持续发展战略"]);
    expect(names(extract("争创国家生态文明建设示范市。"), "Project")).toEqual(["国家生态文明建设示范市"]);
  });

  it("does not take two things joined by a conjunction, or a class of programmes, for a programme", () => {
    expect(names(extract("推动对话与谈判。"), "Project")).toEqual([]);
    expect(names(extract("深度融入国家重大发展战略。"), "Project")).toEqual([]);
  });

  it("finds the items of a list that end in a head, even after one that does not", () => {
    expect(names(extract("开展老旧小区改造、城市更新试点。"), "Project")).toEqual(["城市更新试点"]);
  });

  it("finds a programme named as a subject with its progress, not a generic one", () => {
    expect(names(extract("农村饮水安全工程全面完成。"), "Project")).toEqual(["农村饮水安全工程"]);
    expect(names(extract("民生工程扎实推进，一批重点工程顺利实施。"), "Project")).toEqual([]);
  });

  it("finds national programmes written without a head, and a place built into a quality", () => {
    expect(names(extract("继续推进西部大开发和南水北调。"), "Project")).toEqual(["南水北调", "西部大开发"]);
    expect(names(extract("平安湖北建设迈上新台阶。"), "Project")).toEqual(["平安湖北建设"]);
  });
});

describe("project extraction: building works", () => {
  it("finds a building named as a subject with what happened to it", () => {
    expect(names(extract("实验中学综合楼投入使用，东湖社区文化馆建设基本完工。"), "Project")).toEqual([
      "东湖社区文化馆",
      "实验中学综合楼",
    ]);
  });

  it("finds the works listed after a verb of building, leaving out the zone they stand in", () => {
    expect(names(extract("投用滨江科创区人工智能研究院二期、人才公寓楼和创业孵化园。"), "Project")).toEqual([
      "人工智能研究院二期",
      "人才公寓楼",
    ]);
  });

  it("finds a named work listed before a class of projects, and a school before a class of works", () => {
    expect(names(extract("全力推动滨湖东路隧道等重大项目前期工作。"), "Project")).toEqual(["滨湖东路隧道"]);
    expect(names(extract("明德路小学、城南学校改造等工程进展顺利。"), "Project")).toEqual([
      "城南学校改造",
      "明德路小学",
    ]);
  });

  it("does not take a class of works or the rebuilding of a kind of area for a work", () => {
    expect(
      names(extract("新开工一批交通、水利重点工程，建成和开工一批重大项目，推进棚户区改造等工程。"), "Project"),
    ).toEqual([]);
  });
});

describe("project extraction: quoted names", () => {
  it("keeps a noun or an edition written before the quoted name, with the shorter forms as aliases", () => {
    const x = extract("推进企业“白名单”制度。");
    expect(names(x, "Project")).toEqual(["企业白名单制度"]);
    expect(x.entities.find((e) => e.name === "企业白名单制度")?.aliases).toEqual(
      expect.arrayContaining(["“白名单”制度", "白名单"]),
    );
    expect(names(extract("第三次“两岸四地”青年交流论坛在此举行。"), "Project")).toEqual(["第三次两岸四地青年交流论坛"]);
  });

  it("does not take the clause's verb before a quoted name for part of it", () => {
    expect(names(extract("加快建设“万家千村”市场工程。"), "Project")).toEqual(["万家千村市场工程"]);
  });

  it("finds a quoted programme run in rounds or carried out, though it reads like a slogan", () => {
    expect(names(extract("今年是第二轮“千村示范”的开局之年。"), "Project")).toEqual(["千村示范"]);
    expect(names(extract("滚动实施“三个一百”。"), "Project")).toEqual(["三个一百"]);
    expect(names(extract("增强“四个意识”，做到“两个维护”。"), "Project")).toEqual([]);
  });

  it("reads the phrase after a quoted name by words, and prefers an event held about it to its topic's head", () => {
    expect(names(extract("青年员工开展了“春雨”结对助学活动。"), "Project")).toEqual(["春雨结对助学活动"]);
    expect(names(extract("召开“城乡融合发展”课题动员会。"), "Project")).toEqual(["城乡融合发展课题动员会"]);
  });
});

describe("the body named before a meeting or a rule set", () => {
  const start = (text: string) => bodyBefore(text, text.length);

  it("reads a place, a term and an opener back from the organ", () => {
    expect(start("按照中共河北省委")).toBe(2);
    expect(start("听取政协邯郸市第十届委员会")).toBe(2);
    expect(start("十四届全国人大")).toBe(0);
    expect(start("严格落实自治区党委")).toBe(4);
  });

  it("takes an organ alone only when it names one body", () => {
    expect(start("贯彻中央")).toBe(2);
    expect(start("召开委员会")).toBe(-1);
    expect(start("推动经济")).toBe(-1);
  });
});

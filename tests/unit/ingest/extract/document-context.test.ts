// A document's title and date: read from its title block, a dated signature or its own session; never from a
// salutation, a speaker line, the body's history or a licence footer.

import { describe, expect, it } from "vitest";
import { findDate, readDocumentContext } from "../../../../ingest/extract/document-context.js";
import { cpcCongressYear, npcSessionYear } from "../../../../ingest/extract/lexicon/congress-sessions.js";
import { extractDocument } from "../../../../ingest/extract/index.js";

const lines = (...text: string[]) => text.join("\n");

describe("document date: what is not the document's date", () => {
  it("never takes a date from the body's history or a licence footer", () => {
    const text = lines(
      "各位代表：",
      "现在，我代表政府向大会报告工作，请予审议。",
      "1949年10月1日，中华人民共和国成立。2004年7月1日起施行新的办法。",
      "",
      "本作品来自1949年10月1日（含）之后的文件，属于公有领域。",
      "Public domain",
    );
    expect(readDocumentContext(text).date).toBeUndefined();
  });

  it("leaves the date out when a local session is named without a day", () => {
    const text = lines(
      "政府工作报告",
      "——在某省第十届人民代表大会第一次会议上",
      "省长 王某某",
      "各位代表：",
      "现在，我代表省人民政府向大会报告工作。",
    );
    expect(readDocumentContext(text).date).toBeUndefined();
  });

  it("does not date a report by a session its body recalls", () => {
    const text = lines(
      "各位代表：",
      "现在，我代表国务院向大会作政府工作报告。",
      "根据一九八三年六月第六届全国人民代表大会第一次会议的决议，各级政府努力工作。",
    );
    expect(readDocumentContext(text).date).toBeUndefined();
  });

  it("does not add a year to the review of a report that is not a government's", () => {
    const text = lines(
      "各位委员：",
      "我代表政协常务委员会向大会报告工作，请予审议。",
      "一、2024年工作回顾",
      "一年来，我们认真履职。",
    );
    expect(readDocumentContext(text).date).toBeUndefined();
  });

  it("ignores a dated line of prose in the signature position", () => {
    const text = lines(
      "关于某项工作的说明",
      "",
      "会议要求各单位抓好落实。",
      "这项工作自2023年4月6日起在全市推开，并于年底前完成。",
    );
    expect(readDocumentContext(text).date).toBeUndefined();
  });
});

describe("document date: the day of delivery", () => {
  it("reads the dashed delivery line of a title block", () => {
    const text = lines(
      "政府工作报告",
      "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
      "国务院总理　李强",
      "各位代表：",
      "现在，我代表国务院，向大会报告政府工作。",
    );
    expect(readDocumentContext(text)).toMatchObject({ title: "政府工作报告", date: "2024-03-05" });
  });

  it("reads a bracketed delivery line and one without dashes", () => {
    expect(
      readDocumentContext(lines("政府工作报告", "(2001年3月5日在第九届全国人民代表大会第四次会议上)", "各位代表："))
        .date,
    ).toBe("2001-03-05");
    expect(
      readDocumentContext(lines("政府工作报告", "1957年6月26日在第一届全国人民代表大会第四次会议上", "各位代表："))
        .date,
    ).toBe("1957-06-26");
  });

  it("reads dates written in Chinese numerals", () => {
    expect(
      readDocumentContext(
        lines("某省政府工作报告", "——二〇二四年三月五日在某省第十四届人民代表大会第二次会议上", "各位代表："),
      ).date,
    ).toBe("2024-03-05");
    expect(findDate("一九五四年九月二十三日")).toBe("1954-09-23");
    expect(findDate("一九八○年十二月三十一日")).toBe("1980-12-31");
  });

  it("skips days the month does not have, which `kg import` and --date would refuse", () => {
    expect(findDate("2021年2月30日，2021年3月1日")).toBe("2021-03-01");
    expect(findDate("二〇二一年四月三十一日")).toBeUndefined();
    expect(findDate("2020年2月29日")).toBe("2020-02-29");
  });

  it("reads the adoption line of a resolution", () => {
    const text = lines(
      "某市人民代表大会关于某项工作的决议",
      "",
      "（2021年3月11日某市第十届人民代表大会第四次会议通过）",
      "",
      "会议听取和审议了报告，决定批准这个报告。",
    );
    expect(readDocumentContext(text)).toMatchObject({
      title: "某市人民代表大会关于某项工作的决议",
      date: "2021-03-11",
    });
  });

  it("prefers the day of delivery to the day a web page published the report", () => {
    const text = lines(
      "要闻",
      "2026年某省政府工作报告",
      "来源：某某日报",
      "2026-02-03 09:02:33",
      "【字体：",
      "大",
      "】",
      "——2026年1月28日在某省第十四届人民代表大会第四次会议上",
      "省长　张三",
      "各位代表：",
    );
    expect(readDocumentContext(text)).toMatchObject({ title: "2026年某省政府工作报告", date: "2026-01-28" });
  });

  it("takes the publication date of a news page that has no other", () => {
    const text = lines(
      "某市政协调研组赴县区调研",
      "来源:某市政协 2021-10-25 15:09:51 责编:王某",
      "",
      "10月21日，调研组到企业调研，听取情况介绍。",
    );
    expect(readDocumentContext(text)).toMatchObject({ title: "某市政协调研组赴县区调研", date: "2021-10-25" });
  });

  it("reads a dated signature at the end of a bulletin, alone or after its signer", () => {
    const body = lines("关于做好某项工作的通知", "各县区人民政府：", "请认真抓好落实。");
    expect(readDocumentContext(lines(body, "某市人民政府办公室", "2023年4月6日"))).toMatchObject({
      title: "关于做好某项工作的通知",
      date: "2023-04-06",
    });
    expect(readDocumentContext(lines(body, "某市人民政府办公室  2023年4月7日", "")).date).toBe("2023-04-07");
  });
});

describe("document date: a year the text states of itself", () => {
  it("derives the year of the national session a report is delivered to", () => {
    expect(
      readDocumentContext(
        lines("各位代表：", "现在，我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。"),
      ).date,
    ).toBe("1983");
    expect(
      readDocumentContext(lines("政府工作报告", "(在第十届全国人民代表大会第一次会议上)", "各位代表：")).date,
    ).toBe("2003");
  });

  it("reads a session written in traditional characters", () => {
    expect(
      readDocumentContext(lines("各位代表：", "我們第一届全國人民代表大會第一次會議，已經完成了歷史性的工作。")).date,
    ).toBe("1954");
  });

  it("derives the year of a resolution from the session that opens it", () => {
    expect(
      readDocumentContext(
        "第十三届全国人民代表大会第二次会议听取和审议了国务院总理所作的政府工作报告。会议决定批准这个报告。",
      ).date,
    ).toBe("2019");
  });

  it("derives the year of a term's closing report from the five years it reviews", () => {
    expect(
      readDocumentContext(
        lines(
          "各位代表：",
          "现在，我代表国务院向大会报告工作。",
          "第十届全国人民代表大会第一次会议以来的五年，是不平凡的五年。",
        ),
      ).date,
    ).toBe("2008");
  });

  it("derives the year of a Party congress from the congress that opens itself", () => {
    expect(readDocumentContext(lines("同志们：", "中国共产党第十一次全国代表大会，现在开幕了。")).date).toBe("1977");
    expect(
      readDocumentContext(lines("同志们：", "现在，我代表中央委员会，向党的第十二次全国代表大会作报告。")).date,
    ).toBe("1982");
  });

  it("dates a government work report to the year after the one its review covers", () => {
    const text = lines(
      "各位代表：",
      "现在，我代表国务院，向大会报告政府工作，请予审议。",
      "一、2018年工作回顾",
      "过去一年，我们攻坚克难。",
    );
    expect(readDocumentContext(text).date).toBe("2019");
    const lastYear = lines(
      "各位代表：",
      "现在，我代表国务院，作政府工作报告，请予审议。",
      "一、去年工作回顾",
      "2005年，我国经济平稳较快发展。",
    );
    expect(readDocumentContext(lastYear).date).toBe("2006");
  });

  it("knows when the national congresses met", () => {
    expect([
      npcSessionYear(1, 5),
      npcSessionYear(2, 3),
      npcSessionYear(4),
      npcSessionYear(7, 1),
      npcSessionYear(14, 2),
    ]).toEqual([1958, 1962, 1975, 1988, 2024]);
    expect([npcSessionYear(5), npcSessionYear(13, 6), npcSessionYear(0, 1)]).toEqual([undefined, undefined, undefined]);
    expect([cpcCongressYear(19), cpcCongressYear(9), cpcCongressYear(21)]).toEqual([2017, 1969, undefined]);
  });
});

describe("document title", () => {
  it("is never a salutation: a text with no title line takes the file's name", () => {
    const text = lines("各位代表：", "现在，我代表国务院，向大会报告政府工作。");
    expect(readDocumentContext(text, "/corpus/national-gwr-2001.txt").title).toBe("national-gwr-2001");
    expect(readDocumentContext(lines("同志们：", "大会现在开幕。"), "reports/congress.md").title).toBe("congress");
  });

  it("is never a speaker line or a section heading", () => {
    expect(readDocumentContext(lines("国务院总理 李强", "各位代表：", "现在报告工作。"), "a.txt").title).toBe("a");
    expect(readDocumentContext(lines("（四）民生保障水平显著提高", "全年投入资金用于民生项目。"), "b.txt").title).toBe(
      "b",
    );
    expect(readDocumentContext(lines("结合实际，加大支持力度，促进各项事业共同进步和繁荣发展。"), "c.txt").title).toBe(
      "c",
    );
  });

  it("joins the heading lines of a Party congress report with its subtitle", () => {
    const text = lines(
      "决胜全面建成小康社会",
      "",
      "夺取新时代中国特色社会主义伟大胜利",
      "",
      "——在中国共产党第十九次全国代表大会上的报告",
      "",
      "（2017年10月18日）",
      "",
      "习　近　平",
      "",
      "同志们：",
    );
    expect(readDocumentContext(text)).toMatchObject({
      title: "决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利——在中国共产党第十九次全国代表大会上的报告",
      date: "2017-10-18",
    });
  });

  it("drops a Markdown heading mark", () => {
    expect(readDocumentContext(lines("# 某县人民政府工作报告", "", "各位代表：")).title).toBe("某县人民政府工作报告");
  });

  it("closes up a spaced-out title and skips a web page's navigation", () => {
    expect(
      readDocumentContext(
        lines(
          "政 府 工 作 报 告",
          "",
          "——2012年2月29日在某区第十三届人民代表大会第六次会议上",
          "某区人民政府区长　　王某",
          "各位代表：",
        ),
      ).title,
    ).toBe("政府工作报告");
    const page = lines(
      "政务信息",
      ">",
      "某省要闻",
      "2026年某省政府工作报告",
      "发表时间：",
      "2026-02-09 09:45:30",
      "来源：",
      "某某日报客户端",
      "政府工作报告",
      "——2026年2月3日在某省第十三届人民代表大会第四次会议上",
      "各位代表：",
    );
    expect(readDocumentContext(page)).toMatchObject({ title: "2026年某省政府工作报告", date: "2026-02-03" });
  });

  it("is the title an extraction carries, or the file's name", () => {
    expect(
      extractDocument({
        path: "corpus/national-gwr-1985.txt",
        text: "各位代表：\n现在，我代表国务院向大会作政府工作报告。",
        sha256: "x",
      }).title,
    ).toBe("national-gwr-1985");
    expect(
      extractDocument({
        path: "r.txt",
        text: "某市人民政府工作报告\n——2021年1月11日在某市第八届人民代表大会第六次会议上\n各位代表：",
        sha256: "y",
      }),
    ).toMatchObject({
      title: "某市人民政府工作报告",
      date: "2021-01-11",
    });
  });
});

describe("document context: the own county", () => {
  it("reads a district's report by the congress it is given to, or by its government's heading", () => {
    expect(
      readDocumentContext(
        lines("政府工作报告", "——在海湾区第十四届人民代表大会第四次会议上", "海湾区人民政府区长 王某某"),
      ).county,
    ).toBe("海湾区");
    expect(readDocumentContext(lines("政府工作报告", "海湾市青山县人民政府县长 王某某")).county).toBe("青山县");
  });

  it("does not take an autonomous region's government for a county", () => {
    expect(readDocumentContext(lines("政府工作报告", "西藏自治区人民政府主席 王某某")).county).toBeUndefined();
  });

  it("makes a bare 区政府 in a district's report that district's government", () => {
    const x = extractDocument({
      path: "r.txt",
      text: lines(
        "政府工作报告",
        "——在海湾区第十四届人民代表大会第四次会议上",
        "过去一年，区政府加强与国家开发银行的合作。",
      ),
      sha256: "x",
    });
    expect(x.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toContain("海湾区政府");
  });
});

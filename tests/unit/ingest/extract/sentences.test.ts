import { describe, expect, it } from "vitest";
import { findDate, readDocumentContext } from "../../../../ingest/extract/document-context.js";
import { normalizeText } from "../../../../ingest/extract/normalize.js";
import { splitSentences } from "../../../../ingest/extract/sentences.js";

describe("sentences and normalization", () => {
  it("splits on Chinese and Western end punctuation and keeps offsets into the original text", () => {
    const text = "  第一句。第二句！Third one? 第四句；\n第五句";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["第一句。", "第二句！", "Third one?", "第四句；", "第五句"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence at a Western full stop only before a space or the end", () => {
    expect(splitSentences("Growth was 3.5 percent. See www.gov.cn now.").map((s) => s.text)).toEqual([
      "Growth was 3.5 percent.",
      "See www.gov.cn now.",
    ]);
  });

  it("does not end a sentence at the semicolon of an HTML entity left in scraped text, but at a real one", () => {
    expect(splitSentences("宏达和F&amp;G达成共识;双方将签约。").map((s) => s.text)).toEqual([
      "宏达和F&amp;G达成共识;",
      "双方将签约。",
    ]);
    expect(splitSentences("编号&#38;后文").map((s) => s.text)).toEqual(["编号&#38;后文"]);
  });

  it("ends a sentence at every line break, so a layout break never glues two lines", () => {
    expect(splitSentences("加强提案督\n\n(四) 加强团结联合").map((s) => s.text)).toEqual([
      "加强提案督",
      "(四) 加强团结联合",
    ]);
  });

  it("normalizes full-width forms one character for one", () => {
    const text = "２０２１年（上接第一版）　ＡＢＣ，";
    const normalized = normalizeText(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized).toBe("2021年(上接第一版) ABC，");
  });

  it("reads the title line, the first date and the document's own city and province", () => {
    const text =
      "中国人民政治协商会议辽源市第八届委员会常务委员会工作报告\n\n——在政协辽源市第八届委员会第六次会议上 (2021年1月11日)";
    const context = readDocumentContext(text);
    expect(context).toMatchObject({
      title: "中国人民政治协商会议辽源市第八届委员会常务委员会工作报告",
      date: "2021-01-11",
      city: "辽源市",
      province: "吉林省",
    });
  });

  it("reads dates written with Chinese numerals", () => {
    expect(findDate("二〇二一年一月十一日")).toBe("2021-01-11");
    expect(findDate("no date here")).toBeUndefined();
  });
});

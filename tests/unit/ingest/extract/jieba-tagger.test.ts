import { Jieba } from "@node-rs/jieba";
import { describe, expect, it } from "vitest";
import { taggerDictionary, tagWords, tagWordsOfEach } from "../../../../ingest/extract/jieba-tagger.js";
import { normalizeText } from "../../../../ingest/extract/normalize.js";
import { createSentenceContext } from "../../../../ingest/extract/sentence-context.js";

// Sentences written for this test: dictionary words, words jieba finds by its HMM, Latin letters, digits and
// full-width forms, which jieba tags by guessing.
const SENTENCES = [
  "市政协十届四次会议在市委礼堂隆重开幕，王建国同志代表常委会作工作报告。",
  "他来到了新建的杭研大厦，CEO 2021年发布abc12型3D打印机，增长3.5%。",
  "辽源市工信局联合长春中医药大学药学院开展调研，共提交提案１２３件。",
  "C++、AT&T、x_y 和 ²½ 都不是汉字，𠀀也不是常用字。",
  "",
  "   ",
];

describe("tagWords", () => {
  const jieba = Jieba.withDict(taggerDictionary());

  it("gives the words and tags of jieba.tag, with their offsets, for new words and for words met before", () => {
    for (const sentence of [...SENTENCES, ...SENTENCES, SENTENCES.join("")]) {
      let offset = 0;
      const expected = jieba.tag(sentence, true).map(({ word, tag }) => {
        const start = sentence.indexOf(word, offset);
        offset = start + word.length;
        return { word, tag, start, end: offset };
      });
      expect(tagWords(sentence)).toEqual(expected);
    }
  });
});

describe("the words jieba's dictionary lacks", () => {
  it("keeps a verb of office apart from the body after it, and reads a bank's 分行/支行 as a noun, not a verb", () => {
    const words = (text: string) => tagWords(text).map(({ word, tag }) => `${word}/${tag}`);
    expect(words("他曾任农业银行吉林分行行长")).toEqual(expect.arrayContaining(["曾任/v", "分行/n"]));
    expect(words("次年起任该行城西支行行长")).toEqual(expect.arrayContaining(["起任/v", "支行/n"]));
  });
});

describe("tagWordsOfEach", () => {
  it("tags sentences cut in one call as each is tagged alone, also when a sentence holds the separator", () => {
    const each = SENTENCES.map((sentence) => tagWords(sentence));
    expect(tagWordsOfEach(SENTENCES)).toEqual(each);
    expect(tagWordsOfEach([...SENTENCES].reverse())).toEqual([...each].reverse());
    expect(tagWordsOfEach(["会议\u0000开幕", "王建国同志"])).toEqual([
      tagWords("会议\u0000开幕"),
      tagWords("王建国同志"),
    ]);
    expect(tagWordsOfEach([])).toEqual([]);
  });
});

describe("normalizeText", () => {
  it("maps full-width forms and odd spaces one character for one, keeping Chinese punctuation", () => {
    expect(normalizeText("ＡＢＣ１２３，（注）！\u3000a\u00a0b・c")).toBe("ABC123，(注)！ a b·c");
    expect(normalizeText("没有要改的字。")).toBe("没有要改的字。");
  });
});

describe("createSentenceContext", () => {
  it("indexes every character by the token covering it, in sentences tagged one after another", () => {
    for (const text of ["市委书记主持会议。", "我们中出了一个叛徒"]) {
      const context = createSentenceContext({ index: 0, start: 0, end: text.length, text }, { title: "" });
      expect(context.tokenAt).toHaveLength(text.length + 1);
      for (let offset = 0; offset < text.length; offset++) {
        const token = context.tokens[context.tokenAt[offset] ?? -1];
        expect(token && token.start <= offset && offset < token.end).toBe(true);
      }
      expect(context.tokenAt[text.length]).toBe(-1);
    }
  });
});

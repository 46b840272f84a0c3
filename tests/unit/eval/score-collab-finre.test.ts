import { describe, expect, it } from "vitest";
import type { ExtractOutput } from "../../../ingest/commands/extract-command.js";
import { scoreCollab, type CollabSentence } from "../../eval/score-collab.js";
import { parseFinre, scoreFinre } from "../../eval/score-finre.js";

type Entity = ExtractOutput["entities"][number];
const org = (name: string, aliases: string[] = [], mentions: Entity["mentions"] = []): Entity => ({
  id: `Organization:${name}`,
  type: "Organization",
  name,
  aliases: [name, ...aliases],
  mentions,
});
const collab = (a: string, b: string, doc: string, start: number, end: number): ExtractOutput["relations"][number] => ({
  type: "COLLABORATES_WITH",
  source: `Organization:${a}`,
  target: `Organization:${b}`,
  weight: 1,
  rule: "test",
  evidence: [{ doc, start, end, text: "" }],
});

describe("scoreCollab (score-collab.mjs)", () => {
  // 教育部和财政部联合实施X。甲省政府与乙市政府签署合作协议。两国共同反对霸权。
  const sentences: CollabSentence[] = [
    { id: "s1", doc: "report", start: 0, end: 12, pairs: [{ a: { canonical: "教育部" }, b: { canonical: "财政部" } }] },
    {
      id: "s2",
      doc: "report",
      start: 12,
      end: 28,
      pairs: [
        { a: { canonical: "甲省人民政府", surfaces: ["甲省政府"] }, b: { canonical: "乙市人民政府" } },
        { a: { canonical: "甲省" }, b: { canonical: "乙市" }, note: "borderline: places" },
      ],
    },
    { id: "s3", doc: "report", start: 28, end: 38, pairs: [] },
  ];
  const base: ExtractOutput = {
    documents: [{ id: "sha-report", path: "/corpus/report.txt", title: "", chars: 38 }],
    entities: [
      org("教育部"),
      org("财政部"),
      org("甲省政府"),
      org("乙市人民政府"),
      org("甲省"),
      org("乙市"),
      org("丙国"),
    ],
    relations: [],
  };

  it("counts a predicted pair for every sentence its evidence overlaps, 人民政府 and 政府 being one name", () => {
    const result = scoreCollab(sentences, {
      ...base,
      relations: [
        collab("财政部", "教育部", "sha-report", 0, 12),
        collab("甲省政府", "乙市人民政府", "sha-report", 12, 28),
      ],
    });
    expect(result.score).toMatchObject({ predicted: 2, correct: 2, gold: 2, found: 2, precision: 1, recall: 1 });
    expect(result.falsePairs).toEqual([]);
  });

  it("leaves borderline pairs out, counts the false pairs and lists the missed ones with their sentence ids", () => {
    const result = scoreCollab(sentences, {
      ...base,
      relations: [
        collab("甲省", "乙市", "sha-report", 12, 28),
        collab("丙国", "乙市", "sha-report", 20, 34),
        collab("教育部", "丙国", "sha-report", 40, 50),
      ],
    });
    expect(result.score).toMatchObject({ predicted: 2, correct: 0, gold: 2, found: 0 });
    expect(result.falsePairs).toEqual(["s2: 丙国 — 乙市", "s3: 丙国 — 乙市"]);
    expect(result.sentencesWithFalse).toBe(2);
    expect(result.missed).toEqual(["s1: 教育部 — 财政部", "s2: 甲省人民政府 — 乙市人民政府"]);
  });

  it("finds no prediction for the sentences of a document that was not extracted", () => {
    const result = scoreCollab(sentences, {
      ...base,
      documents: [{ id: "sha-other", path: "other.txt", title: "", chars: 1 }],
      relations: [collab("财政部", "教育部", "sha-report", 0, 12)],
    });
    expect(result.score).toMatchObject({ predicted: 0, found: 0, gold: 2 });
  });
});

describe("parseFinre (finre.mjs prepare)", () => {
  it("keeps each distinct sentence once with its pairs, a positive label in either direction winning", () => {
    const split = [
      "甲公司\t乙公司\t合作\t甲公司与乙公司合作。",
      "乙公司\t甲公司\tunknown\t甲公司与乙公司合作。",
      "甲公司\t丙 公司\t交易\t甲公司与乙公司合作。",
      "丙 公司\t甲公司\t竞争\t甲公司与乙公司合作。",
      "丁银行\t戊集团\t签约\t丁银行和戊集团签约。",
      "",
    ].join("\n");
    expect(parseFinre(split)).toEqual([
      {
        id: "00001",
        text: "甲公司与乙公司合作。",
        pairs: [
          { names: ["乙公司", "甲公司"], rel: "合作" },
          { names: ["丙公司", "甲公司"], rel: "竞争" },
        ],
      },
      { id: "00002", text: "丁银行和戊集团签约。", pairs: [{ names: ["丁银行", "戊集团"], rel: "签约" }] },
    ]);
  });
});

describe("scoreFinre (finre.mjs score)", () => {
  const gold = parseFinre(
    [
      "甲公司\t乙公司\t合作\t甲公司与乙公司合作。",
      "甲公司\t丙公司\t竞争\t甲公司与乙公司合作。",
      "丁银行\t戊集团\t交易\t丁银行向戊集团购买设备。",
      "己科技\t庚电子\t合资\t己科技与庚电子成立合资公司。",
    ].join("\n"),
  );
  const documents = gold.map((s, i) => ({
    id: `sha${i + 1}`,
    path: `finre/${s.id}.txt`,
    title: "",
    chars: s.text.length,
  }));

  it("judges a predicted pair by its label, skips left-out labels and unlabelled pairs, and counts company names found", () => {
    const result = scoreFinre(gold, {
      documents,
      entities: [
        org("甲公司", [], [{ doc: "sha1", start: 0, end: 3 }]),
        org("乙公司", [], [{ doc: "sha1", start: 4, end: 7 }]),
        org("丙公司", [], [{ doc: "sha2", start: 0, end: 3 }]),
        org("丁银行", [], [{ doc: "sha2", start: 0, end: 3 }]),
        org("戊集团", [], [{ doc: "sha2", start: 4, end: 7 }]),
        org("某机构"),
      ],
      relations: [
        collab("甲公司", "乙公司", "sha1", 0, 10),
        collab("丙公司", "甲公司", "sha1", 0, 10),
        collab("丁银行", "戊集团", "sha2", 0, 12),
        collab("乙公司", "某机构", "sha1", 0, 10),
      ],
    });
    expect(result.score).toMatchObject({ predicted: 2, correct: 1, gold: 2, found: 1, precision: 0.5, recall: 0.5 });
    expect(result.falsePairs).toEqual(["00001: 丙公司 — 甲公司 (竞争)"]);
    expect(result.missed).toEqual(["00003: 己科技 — 庚电子 (合资)"]);
    expect([result.names, result.namesFound]).toEqual([7, 4]);
    expect(result.namesMissed).toEqual(["丙公司", "己科技", "庚电子"]);
  });
});

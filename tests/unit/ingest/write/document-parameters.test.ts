// The compact rows a document's write statement takes: entities by position, sentences by index, mentions as lists.

import { describe, expect, it } from "vitest";
import { sentenceKey } from "../../../../ingest/write/document-rows.js";
import {
  documentParameters,
  relationRows,
  sentenceIndexIn,
  sentenceRows,
} from "../../../../ingest/write/document-parameters.js";

const doc = "abc123def4567890";
const entityIndex = (key: string): number => ["Organization:甲", "Place:乙"].indexOf(key);

describe("sentenceIndexIn", () => {
  it("reads the index back from a key of the document", () => {
    expect(sentenceIndexIn(doc)(sentenceKey(doc, 0))).toBe(0);
    expect(sentenceIndexIn(doc)(sentenceKey(doc, 417))).toBe(417);
  });

  it("refuses a key of another document, naming both", () => {
    expect(() => sentenceIndexIn(doc)("ffff000011112222:3")).toThrow(
      /document abc123def4567890: .*sentence ffff000011112222:3/,
    );
    for (const suffix of ["x", "", " 1", "1.5"])
      expect(() => sentenceIndexIn(doc)(`${doc}:${suffix}`)).toThrow(/not one of the document's/);
  });
});

describe("sentenceRows", () => {
  it("gives each sentence its mentions as [entity position, start, end, surface] and no key", () => {
    const rows = sentenceRows(
      {
        sentences: [
          { key: sentenceKey(doc, 0), index: 0, start: 0, end: 4, text: "甲在乙。" },
          { key: sentenceKey(doc, 1), index: 1, start: 4, end: 6, text: "好。" },
        ],
        mentions: [
          { sentence: sentenceKey(doc, 0), entity: "Place:乙", start: 2, end: 3, surface: "乙" },
          { sentence: sentenceKey(doc, 0), entity: "Organization:甲", start: 0, end: 1, surface: "甲" },
        ],
      },
      entityIndex,
    );
    expect(rows).toEqual([
      {
        index: 0,
        start: 0,
        end: 4,
        text: "甲在乙。",
        mentions: [
          [1, 2, 3, "乙"],
          [0, 0, 1, "甲"],
        ],
      },
      { index: 1, start: 4, end: 6, text: "好。", mentions: [] },
    ]);
  });
});

describe("relationRows", () => {
  it("names source and target by position and evidence by sentence index", () => {
    const relation = {
      type: "LOCATED_IN",
      source: "Organization:甲",
      target: "Place:乙",
      rule: "in-place",
      role: null,
      sentences: [sentenceKey(doc, 0), sentenceKey(doc, 9)],
    };
    expect(relationRows([relation], entityIndex, sentenceIndexIn(doc))).toEqual([
      { type: "LOCATED_IN", source: 0, target: 1, rule: "in-place", role: null, sentences: [0, 9] },
    ]);
  });
});

describe("documentParameters", () => {
  const relation = (source: string, target: string, role: string | null, sentences: number[]) => ({
    type: "COLLABORATES_WITH",
    source,
    target,
    rule: "co-action",
    role,
    sentences: sentences.map((i) => sentenceKey(doc, i)),
  });
  const rows = {
    document: {
      key: doc,
      title: "t",
      path: "p",
      chars: 6,
      sha256: `${doc}ff`,
      extractor: "x",
      date: "2021-01-11",
      source: null,
      sentences: 2,
    },
    sentences: [{ key: sentenceKey(doc, 0), index: 0, start: 0, end: 4, text: "甲在乙。" }],
    entities: [
      { key: "Organization:甲", type: "Organization", name: "甲", aliases: ["甲"], mentions: 1 },
      { key: "Place:乙", type: "Place", name: "乙", aliases: ["乙"], mentions: 1 },
    ],
    mentions: [{ sentence: sentenceKey(doc, 0), entity: "Place:乙", start: 2, end: 3, surface: "乙" }],
    relations: [
      relation("Organization:甲", "Place:乙", null, [0]),
      relation("Place:乙", "Organization:甲", "lead", [0, 1]),
    ],
  };
  const [fresh, old] = rows.relations as [ReturnType<typeof relation>, ReturnType<typeof relation>];

  it("creates new relations, fills roles and leaves the evidence for existing ones pending on the document", () => {
    const p = documentParameters(rows, { created: [fresh], existing: [old], roleFills: [old] }, false);
    expect(p.created).toEqual([
      { type: "COLLABORATES_WITH", source: 0, target: 1, rule: "co-action", role: null, sentences: [0] },
    ]);
    expect(p.merged).toEqual([]);
    expect(p.roleFills).toEqual([
      { type: "COLLABORATES_WITH", source: 1, target: 0, rule: "co-action", role: "lead", sentences: [0, 1] },
    ]);
    expect(p.document).toMatchObject({
      key: doc,
      pendingTypes: ["COLLABORATES_WITH"],
      pendingSources: ["Place:乙"],
      pendingTargets: ["Organization:甲"],
      pendingSentences: ["0 1"],
    });
    expect(p.sentences).toEqual([{ index: 0, start: 0, end: 4, text: "甲在乙。", mentions: [[1, 2, 3, "乙"]] }]);
  });

  it("merges every relation of a document that replaces itself, and clears pending evidence when it has none", () => {
    const replacing = documentParameters(rows, { created: [], existing: rows.relations, roleFills: [] }, true);
    expect(replacing.merged.map((r) => r.source)).toEqual([0, 1]);
    expect(replacing.created).toEqual([]);
    expect(replacing.document.pendingSentences).toEqual(["0", "0 1"]);
    const alone = documentParameters({ ...rows, relations: [] }, { created: [], existing: [], roleFills: [] }, false);
    expect(alone.document).toMatchObject({
      pendingTypes: null,
      pendingSources: null,
      pendingTargets: null,
      pendingSentences: null,
    });
  });

  it("refuses a mention of an entity the document's rows lack, naming document and entity", () => {
    const stray = { ...rows, mentions: [{ ...rows.mentions[0]!, entity: "Person:丙" }] };
    expect(() => documentParameters(stray, { created: [], existing: [], roleFills: [] }, false)).toThrow(
      /document abc123def4567890: .*entity Person:丙/,
    );
  });
});

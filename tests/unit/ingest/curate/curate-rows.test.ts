// Curation rules applied to one document's rows (pure): where mentions and relation ends go, what is dropped, which
// rules fired; the stored form of an extraction, and the graph delta between two curations.

import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { CurationOperation, CurationRule } from "../../../../common/curation.js";
import { compileRules } from "../../../../ingest/curate/compiled-rules.js";
import { curateRows, type ExtractedRows } from "../../../../ingest/curate/curate-rows.js";
import { addDocumentDelta, emptyDelta, settleDelta } from "../../../../ingest/curate/graph-delta.js";
import { readStoredExtraction, storeExtraction } from "../../../../ingest/curate/stored-extraction.js";
import type { DocumentRows } from "../../../../ingest/write/document-rows.js";

const DOC = "00000000000000aa";
const s = (i: number) => `${DOC}:${i}`;

/** 张三 heads 甲局 (sentence 0, written 甲局 and 本局); 甲局 and 乙局 work together (sentence 1); 乙局 alone (2). */
function rows(): DocumentRows {
  return {
    document: {
      key: DOC,
      title: "t",
      path: "p",
      chars: 90,
      sha256: "",
      extractor: "x",
      date: null,
      source: null,
      sentences: 3,
    },
    sentences: [0, 1, 2].map((i) => ({ key: s(i), index: i, start: i * 30, end: i * 30 + 30, text: "" })),
    entities: [
      { key: "Organization:甲局", type: "Organization", name: "甲局", aliases: ["本局", "甲局"], mentions: 2 },
      { key: "Organization:乙局", type: "Organization", name: "乙局", aliases: ["乙局"], mentions: 2 },
      { key: "Person:张三", type: "Person", name: "张三", aliases: ["张三"], mentions: 1 },
    ],
    mentions: [
      { sentence: s(0), entity: "Person:张三", start: 0, end: 2, surface: "张三" },
      { sentence: s(0), entity: "Organization:甲局", start: 5, end: 7, surface: "甲局" },
      { sentence: s(1), entity: "Organization:甲局", start: 30, end: 32, surface: "本局" },
      { sentence: s(1), entity: "Organization:乙局", start: 35, end: 37, surface: "乙局" },
      { sentence: s(2), entity: "Organization:乙局", start: 60, end: 62, surface: "乙局" },
    ],
    relations: [
      {
        type: "HOLDS_POSITION",
        source: "Person:张三",
        target: "Organization:甲局",
        rule: "r1",
        role: "局长",
        sentences: [s(0)],
      },
      {
        type: "COLLABORATES_WITH",
        source: "Organization:甲局",
        target: "Organization:乙局",
        rule: "r2",
        role: null,
        sentences: [s(1)],
      },
    ],
  };
}

let next = 0;
const rule = (operation: CurationOperation): CurationRule => ({
  ...operation,
  id: `rule${next++}`,
  created: "2026-01-01T00:00:00.000Z",
  by: "t",
});
const curate = (...operations: CurationOperation[]) => {
  const rules = operations.map(rule);
  return { ...curateRows(rows(), compileRules(rules)), rules };
};
const keysOf = (r: ExtractedRows) => r.relations.map((x) => `${x.source}-[${x.type}]->${x.target}`);

describe("curateRows", () => {
  it("gives back the rows themselves when no rule touches them", () => {
    const raw = rows();
    expect(curateRows(raw, compileRules([])).rows).toBe(raw);
    const { rows: out, fired } = curate({ kind: "exclude", entity: "Organization:丙局" });
    expect(out.entities).toEqual(rows().entities);
    expect(fired).toEqual([]);
  });

  it("merges: mentions, aliases and relation ends move to the result, and a relation within it disappears", () => {
    const {
      rows: out,
      fired,
      rules,
    } = curate({
      kind: "merge",
      entities: ["Organization:甲局", "Organization:乙局"],
      into: { type: "Organization", name: "甲乙局" },
    });
    expect(fired).toEqual([rules[0]?.id]);
    expect(out.entities.map((e) => [e.key, e.mentions, e.aliases])).toEqual([
      ["Organization:甲乙局", 4, ["乙局", "本局", "甲乙局", "甲局"]],
      ["Person:张三", 1, ["张三"]],
    ]);
    expect(keysOf(out)).toEqual(["Person:张三-[HOLDS_POSITION]->Organization:甲乙局"]);
  });

  it("splits a surface form off: a relation end follows the mention named in its sentence", () => {
    const { rows: out } = curate({
      kind: "split",
      entity: "Organization:甲局",
      surface: "本局",
      into: { type: "Organization", name: "本局" },
    });
    expect(out.entities.find((e) => e.key === "Organization:甲局")?.aliases).toEqual(["甲局"]);
    expect(keysOf(out)).toEqual([
      "Person:张三-[HOLDS_POSITION]->Organization:甲局",
      "Organization:本局-[COLLABORATES_WITH]->Organization:乙局",
    ]);
  });

  it("excludes a surface form: its mention, its alias and the relations it alone supported go", () => {
    const { rows: out } = curate({ kind: "exclude", entity: "Organization:甲局", surface: "本局" });
    expect(out.mentions.map((m) => m.surface)).not.toContain("本局");
    expect(out.entities.find((e) => e.key === "Organization:甲局")).toMatchObject({ mentions: 1, aliases: ["甲局"] });
    expect(keysOf(out)).toEqual(["Person:张三-[HOLDS_POSITION]->Organization:甲局"]);
  });

  it("keeps a rejection made before a merge: it follows the relation's ends to where they landed", () => {
    const { rows: out } = curate(
      { kind: "reject", relation: { source: "Person:张三", type: "HOLDS_POSITION", target: "Organization:甲局" } },
      { kind: "rename", entity: "Organization:甲局", into: { type: "Organization", name: "甲市甲局" } },
    );
    expect(keysOf(out)).toEqual(["Organization:甲市甲局-[COLLABORATES_WITH]->Organization:乙局"]);
  });

  it("retypes and reverses a relation, and a hand-made relation joins the sentences its span covers", () => {
    const { rows: out } = curate(
      {
        kind: "retype-relation",
        relation: { source: "Organization:甲局", type: "COLLABORATES_WITH", target: "Organization:乙局" },
        type: "PART_OF",
        reverse: true,
      },
      {
        kind: "relate",
        relation: { source: "Person:张三", type: "MEMBER_OF", target: "Organization:乙局" },
        evidence: { document: DOC, start: 61, end: 70 },
      },
      {
        kind: "relate",
        relation: { source: "Person:张三", type: "MEMBER_OF", target: "Organization:丙局" },
        evidence: { document: DOC, start: 61, end: 70 },
      },
    );
    expect(out.relations.map((r) => [`${r.source}-[${r.type}]->${r.target}`, r.sentences, r.rule])).toEqual([
      ["Person:张三-[HOLDS_POSITION]->Organization:甲局", [s(0)], "r1"],
      ["Organization:乙局-[PART_OF]->Organization:甲局", [s(1)], "r2"],
      ["Person:张三-[MEMBER_OF]->Organization:乙局", [s(2)], "curated"],
    ]);
  });

  it("drops co-occurrence where a merge leaves a stated relation between the same pair", () => {
    const raw = rows();
    raw.entities.push({
      key: "Organization:甲局办",
      type: "Organization",
      name: "甲局办",
      aliases: ["甲局办"],
      mentions: 1,
    });
    raw.mentions.push({ sentence: s(2), entity: "Organization:甲局办", start: 65, end: 68, surface: "甲局办" });
    raw.relations.push({
      type: "CO_OCCURS",
      source: "Organization:乙局",
      target: "Organization:甲局办",
      rule: "co",
      role: null,
      sentences: [s(2)],
    });
    const merge = rule({
      kind: "merge",
      entities: ["Organization:甲局办"],
      into: { type: "Organization", name: "甲局" },
    });
    expect(keysOf(curateRows(raw, compileRules([merge])).rows)).not.toContain(
      "Organization:乙局-[CO_OCCURS]->Organization:甲局",
    );
  });
});

describe("curateRows after the review", () => {
  it("rejects a co-occurrence whose ends a merge brought out of order (the graph stores it ordered)", () => {
    const raw = rows();
    raw.entities.push({
      key: "Organization:乙局办",
      type: "Organization",
      name: "乙局办",
      aliases: ["乙局办"],
      mentions: 1,
    });
    raw.mentions.push({ sentence: s(2), entity: "Organization:乙局办", start: 65, end: 68, surface: "乙局办" });
    raw.relations.push({
      type: "CO_OCCURS",
      source: "Organization:乙局",
      target: "Organization:乙局办",
      rule: "co",
      role: null,
      sentences: [s(2)],
    });
    // 乙局 is renamed 丙局: the pair (乙局办, 丙局) is now stored as 丙局 < 乙局办? No: code-unit order decides.
    const renamed = rule({ kind: "rename", entity: "Organization:乙局", into: { type: "Organization", name: "丙局" } });
    const [first, second] = ["Organization:丙局", "Organization:乙局办"].sort();
    const reject = rule({
      kind: "reject",
      relation: { source: first as string, type: "CO_OCCURS", target: second as string },
    });
    const { rows: out, fired } = curateRows(raw, compileRules([renamed, reject]));
    expect(keysOf(out).filter((k) => k.includes("CO_OCCURS"))).toEqual([]);
    expect(fired).toContain(reject.id);
  });

  it("counts the entity rules that moved a relation rule's ends as firing with it, so undoing them revisits", () => {
    const reject = rule({
      kind: "reject",
      relation: { source: "Person:张三", type: "HOLDS_POSITION", target: "Organization:甲市甲局" },
    });
    const before = rule({
      kind: "rename",
      entity: "Organization:甲局",
      into: { type: "Organization", name: "甲市甲局" },
    });
    const { fired } = curateRows(rows(), compileRules([before, reject]));
    expect(fired).toEqual([before.id, reject.id]);
  });

  it("leaves out of the relations an entity whose every form in the document was excluded", () => {
    const raw = rows();
    // 张三 holds a position in 甲局, stated in sentence 1 too, where 甲局 is not named (an inferred end).
    raw.relations[0]?.sentences.push(s(2));
    const excluded = curateRows(
      raw,
      compileRules([
        rule({ kind: "exclude", entity: "Organization:甲局", surface: "甲局" }),
        rule({ kind: "exclude", entity: "Organization:甲局", surface: "本局" }),
      ]),
    ).rows;
    expect(excluded.entities.map((e) => e.key)).not.toContain("Organization:甲局");
    expect(keysOf(excluded)).toEqual([]);
  });
});

describe("stored extraction and graph delta", () => {
  it("stores a document's rows and reads them back as they were (sentence texts aside)", () => {
    const raw = rows();
    const back = readStoredExtraction(DOC, storeExtraction(raw));
    expect(back.entities).toEqual(raw.entities);
    expect(back.mentions).toEqual(raw.mentions);
    expect(back.relations).toEqual(raw.relations);
    expect(back.sentences).toEqual(raw.sentences.map(({ key, start, end }) => ({ key, start, end })));
    const unknown = deflateRawSync(JSON.stringify({ v: 9 }));
    expect(() => readStoredExtraction(DOC, new Int8Array(unknown.buffer, unknown.byteOffset, unknown.length))).toThrow(
      /unknown version/,
    );
  });

  it("lists only what differs: a moved mention, the counts, the evidence taken and added, one row per key", () => {
    const before = rows();
    const { rows: after } = curate({
      kind: "split",
      entity: "Organization:甲局",
      surface: "本局",
      into: { type: "Organization", name: "本局" },
    });
    const delta = emptyDelta();
    addDocumentDelta(delta, before, after);
    addDocumentDelta(delta, before, after);
    const settled = settleDelta(delta);
    expect(settled.removedMentions).toEqual([
      [s(1), 30, 32, "Organization:甲局"],
      [s(1), 30, 32, "Organization:甲局"],
    ]);
    expect(settled.entities.map((e) => [e.key, e.mentions, e.documents, e.aliases, e.dropAliases])).toEqual([
      ["Organization:甲局", -2, 0, [], ["本局"]],
      ["Organization:本局", 2, 2, ["本局"], []],
    ]);
    expect(settled.relations.map((r) => [r.source, r.target, r.added, r.removed])).toEqual([
      ["Organization:甲局", "Organization:乙局", [], [s(1), s(1)]],
      ["Organization:本局", "Organization:乙局", [s(1), s(1)], []],
    ]);
  });
});

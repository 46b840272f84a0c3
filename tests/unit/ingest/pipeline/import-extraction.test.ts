// The write rows of an imported extraction: one per document, evidence spans as its sentences, mentions linked to the
// first sentence that holds them, built in one pass over the contract whatever its number of documents and entities.

import { describe, expect, it } from "vitest";
import type { ExtractionContract } from "../../../../ingest/pipeline/import-contract.js";
import { importedDocumentRows } from "../../../../ingest/pipeline/import-extraction.js";

type Entity = ExtractionContract["entities"][number];
type Relation = ExtractionContract["relations"][number];

const text = (length: number) => "文".repeat(length);
const evidence = (doc: string, start: number, end: number) => ({ doc, start, end, text: text(end - start) });
const organization = (name: string, mentions: Entity["mentions"] = []): Entity => ({
  id: `Organization:${name}`,
  type: "Organization",
  name,
  aliases: [],
  mentions,
});
const collaboration = (source: string, target: string, spans: Relation["evidence"]): Relation => ({
  type: "COLLABORATES_WITH",
  source: `Organization:${source}`,
  target: `Organization:${target}`,
  rule: "import",
  evidence: spans,
});

describe("importedDocumentRows", () => {
  it("splits a contract by document and links each mention to the first evidence sentence that holds it", () => {
    const data: ExtractionContract = {
      documents: [{ id: "a" }, { id: "b" }],
      entities: [
        organization("甲", [
          { doc: "a", start: 2, end: 4 },
          { doc: "a", start: 12, end: 14 },
          { doc: "a", start: 40, end: 42 },
        ]),
        organization("乙", [{ doc: "b", start: 1, end: 2 }]),
        organization("丙"),
      ],
      relations: [
        collaboration("甲", "丙", [evidence("a", 0, 20), evidence("a", 0, 10)]),
        collaboration("乙", "丙", [evidence("b", 0, 5)]),
      ],
    };
    const { rows, unlinkedMentions } = importedDocumentRows(data, "in.json");
    expect(unlinkedMentions).toBe(1);
    const [a, b] = rows;
    expect(a?.sentences.map((s) => [s.index, s.start, s.end])).toEqual([
      [0, 0, 10],
      [1, 0, 20],
    ]);
    expect(a?.mentions.map((m) => [m.sentence.split(":")[1], m.start])).toEqual([
      ["0", 2],
      ["1", 12],
    ]);
    expect(a?.entities.map((e) => [e.key, e.mentions, e.aliases])).toEqual([
      ["Organization:甲", 2, ["甲"]],
      ["Organization:丙", 0, ["丙"]],
    ]);
    expect(a?.relations.map((r) => r.sentences.map((k) => k.split(":")[1]))).toEqual([["1", "0"]]);
    expect(b?.entities.map((e) => e.key)).toEqual(["Organization:乙", "Organization:丙"]);
    expect(b?.relations.map((r) => r.source)).toEqual(["Organization:乙"]);
  });

  it("reads each relation and entity of the contract a few times, not once per document or per entity", () => {
    const documents = 40;
    const perDocument = 25;
    const names = Array.from({ length: documents * 5 }, (_, i) => `机构${i}`);
    const relations: Relation[] = [];
    const mentions = new Map<string, Entity["mentions"]>(names.map((n) => [n, []]));
    for (let d = 0; d < documents; d++) {
      for (let i = 0; i < perDocument; i++) {
        const [source, target] = [names[(d * 5 + i) % names.length], names[(d * 5 + i + 1) % names.length]] as [
          string,
          string,
        ];
        relations.push(collaboration(source, target, [evidence(`d${d}`, i * 10, i * 10 + 8)]));
        mentions.get(source)?.push({ doc: `d${d}`, start: i * 10, end: i * 10 + 2 });
      }
    }
    const entities = names.map((n) => organization(n, mentions.get(n)));
    let reads = 0;
    const counted = <T extends object>(items: T[]): T[] =>
      new Proxy(items, {
        get(target, property, receiver) {
          if (typeof property === "string" && /^\d+$/.test(property)) reads += 1;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    const data: ExtractionContract = {
      documents: Array.from({ length: documents }, (_, d) => ({ id: `d${d}` })),
      entities: counted(entities),
      relations: counted(relations),
    };
    const { rows } = importedDocumentRows(data, "in.json");
    expect(rows.map((r) => r.relations.length)).toEqual(Array.from({ length: documents }, () => perDocument));
    // A pass per document over the contract would read its relations alone 40 × 1,000 times.
    expect(reads).toBeLessThanOrEqual(4 * (relations.length + entities.length));
  });
});

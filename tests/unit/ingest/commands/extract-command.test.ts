import { describe, expect, it } from "vitest";
import { buildExtractOutput } from "../../../../ingest/commands/extract-command.js";
import { extractDocument } from "../../../../ingest/extract/index.js";

const documents = [
  {
    path: "a.txt",
    text: "政协辽源市第八届委员会常务委员会工作报告\n与长春大学合作开展“辽源文化数据化项目”。",
    sha256: "aaa",
  },
  { path: "b.txt", text: "邀请民革参加调研。长春大学积极参与。", sha256: "bbb" },
];

describe("the kg extract contract", () => {
  it("merges documents into one entity per id, with mentions naming their document", () => {
    const output = buildExtractOutput(documents.map((source) => ({ source, extraction: extractDocument(source) })));
    expect(output.documents.map((d) => [d.id, d.path, d.chars])).toEqual([
      ["aaa", "a.txt", documents[0]?.text.length],
      ["bbb", "b.txt", documents[1]?.text.length],
    ]);
    const university = output.entities.find((e) => e.id === "Organization:长春大学");
    expect(university?.mentions.map((m) => m.doc)).toEqual(["aaa", "bbb"]);
    for (const entity of output.entities) {
      for (const m of entity.mentions) {
        const text = documents.find((d) => d.sha256 === m.doc)?.text ?? "";
        expect(entity.aliases).toContain(text.slice(m.start, m.end));
      }
    }
  });

  it("weights each relation by its evidence and names its rule", () => {
    const output = buildExtractOutput(documents.map((source) => ({ source, extraction: extractDocument(source) })));
    const partner = output.relations.find((r) => r.type === "PARTNER_IN" && r.source === "Organization:长春大学");
    expect(partner).toMatchObject({ target: "Project:辽源文化数据化项目", weight: 1, rule: "work-with-on" });
    for (const r of output.relations) expect(r.weight).toBe(r.evidence.length);
  });

  it("prints byte-identical JSON for the same input", () => {
    const once = JSON.stringify(
      buildExtractOutput(documents.map((source) => ({ source, extraction: extractDocument(source) }))),
    );
    const twice = JSON.stringify(
      buildExtractOutput(documents.map((source) => ({ source, extraction: extractDocument(source) }))),
    );
    expect(twice).toBe(once);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/index.js";
import { evaluateSample, REPO_ROOT } from "../../../eval/eval-data.js";
import type { TypeScore } from "../../../eval/score.js";

const f1 = (scores: readonly TypeScore[], type: string) => scores.find((s) => s.type === type)?.f1 ?? 0;

describe("the sample report against its annotation", () => {
  it("reaches the entity and relation targets of issue 3", async () => {
    const { entities, relations } = await evaluateSample();
    expect(f1(entities, "Organization")).toBeGreaterThanOrEqual(0.9);
    expect(f1(entities, "Person")).toBeGreaterThanOrEqual(0.95);
    expect(f1(entities, "Project")).toBeGreaterThanOrEqual(0.75);
    expect(f1(entities, "Place")).toBeGreaterThanOrEqual(0.85);
    expect(f1(entities, "Topic")).toBeGreaterThanOrEqual(0.6);
    expect(f1(relations, "all")).toBeGreaterThanOrEqual(0.6);
    const together = relations.filter((s) => s.type === "COLLABORATES_WITH" || s.type === "PARTNER_IN");
    const sum = (key: "predicted" | "correct" | "gold" | "found") => together.reduce((n, s) => n + s[key], 0);
    const precision = sum("correct") / sum("predicted");
    const recall = sum("found") / sum("gold");
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.7);
  });

  it("gives mentions whose offsets slice out their surface, in their sentence, deterministically", () => {
    const text = readFileSync(path.join(REPO_ROOT, "samples/liaoyuan-cppcc-2021.txt"), "utf8");
    const document = { path: "samples/liaoyuan-cppcc-2021.txt", text, sha256: "sample" };
    const extraction = extractDocument(document);
    for (const entity of extraction.entities) {
      expect(entity.id).toBe(`${entity.type}:${entity.name}`);
      for (const m of entity.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        const sentence = extraction.sentences[m.sentence];
        expect(sentence && sentence.start <= m.start && m.end <= sentence.end).toBe(true);
      }
    }
    for (const r of extraction.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(extraction.title).toBe("中国人民政治协商会议辽源市第八届委员会常务委员会工作报告");
    expect(extraction.date).toBe("2021-01-11");
    expect(JSON.stringify(extractDocument(document))).toBe(JSON.stringify(extraction));
  });
});

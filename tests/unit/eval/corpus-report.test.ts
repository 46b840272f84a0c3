import path from "node:path";
import { describe, expect, it } from "vitest";
import { KgError } from "../../../common/errors.js";
import type { ExtractedEntity, ExtractedRelation, Extraction } from "../../../ingest/types.js";
import { corpusStats, isSalutation, sampleEntities, type CorpusDocument } from "../../eval/corpus-report.js";
import type { SetResult } from "../../eval/eval-data.js";
import { parseSetNames, REPO_ROOT, resolveEvalPaths } from "../../eval/eval-paths.js";
import { compactList } from "../../eval/format-results.js";
import { typeScore } from "../../eval/score.js";
import { judgeTargets, TARGETS } from "../../eval/targets.js";

/** A document whose text holds each entity's name once per mention, one after another. */
function document(
  file: string,
  named: Array<[ExtractedEntity["type"], string, number]>,
  relations: Array<[string, string, string]> = [],
  extra: Partial<Extraction> = {},
): CorpusDocument {
  let text = "";
  const entities: ExtractedEntity[] = named.map(([type, name, times]) => {
    const mentions = [];
    for (let i = 0; i < times; i++) {
      mentions.push({ start: text.length, end: text.length + name.length, surface: name, sentence: 0 });
      text += `${name}，`;
    }
    return { id: `${type}:${name}`, type, name, aliases: [name], mentions };
  });
  const rels: ExtractedRelation[] = relations.map(([source, target, rule]) => ({
    type: "COLLABORATES_WITH",
    source,
    target,
    rule,
    evidence: [],
  }));
  return {
    source: { path: file, text, sha256: file },
    extraction: { title: "甲市工作报告", date: "2024-01-01", sentences: [], entities, relations: rels, ...extra },
  };
}

describe("corpusStats", () => {
  const docs = [
    document(
      "/c/a.txt",
      [
        ["Organization", "甲市政府", 3],
        ["Organization", "教育部", 1],
        ["Person", "张三", 2],
        ["Person", "这位", 1],
        ["Place", "乙省", 1],
      ],
      [
        ["Organization:甲市政府", "Organization:教育部", "work-with"],
        ["Organization:甲市政府", "Place:乙省", "implicit-author-with"],
      ],
    ),
    document("/c/b.txt", [["Organization", "教育部", 2]], [], { title: "各位代表：", date: undefined }),
  ];
  const stats = corpusStats(docs);

  it("counts entities per type per 10,000 characters, distinct per document and as mentions", () => {
    const org = stats.density.find((d) => d.type === "Organization");
    const chars = docs.reduce((n, d) => n + d.source.text.length, 0);
    expect(stats.chars).toBe(chars);
    expect(org?.entities).toBe(3);
    expect(org?.mentions).toBe(6);
    expect(org?.entitiesPer10k).toBeCloseTo((3 * 10000) / chars);
  });

  it("lists the persons whose first character is no known surname and the most mentioned organizations (then those in more documents)", () => {
    expect(stats.personsWithoutSurname).toEqual([{ name: "这位", mentions: 1, documents: 1 }]);
    expect(stats.topOrganizations).toEqual([
      { name: "教育部", mentions: 3, documents: 2 },
      { name: "甲市政府", mentions: 3, documents: 1 },
    ]);
  });

  it("splits COLLABORATES_WITH by the types of its ends and counts author ends by rule name", () => {
    expect(stats.collaboration).toMatchObject({ total: 2, betweenOrganizations: 1, withPlace: 1, withAuthor: 1 });
    expect(stats.collaboration.byEnds).toEqual([
      { ends: "Organization–Organization", count: 1 },
      { ends: "Organization–Place", count: 1 },
    ]);
  });

  it("names the documents without a date and those whose title is a salutation", () => {
    expect(stats.undated).toEqual(["/c/b.txt"]);
    expect(stats.salutationTitles).toEqual([{ path: "/c/b.txt", title: "各位代表：" }]);
  });
});

describe("isSalutation", () => {
  it("tells a salutation from a report's title", () => {
    expect(isSalutation("各位代表：")).toBe(true);
    expect(isSalutation("同志们：")).toBe(true);
    expect(isSalutation("各位委员、同志们：")).toBe(true);
    expect(isSalutation("政府工作报告")).toBe(false);
    expect(isSalutation("中国人民政治协商会议甲市委员会常务委员会工作报告")).toBe(false);
  });
});

describe("sampleEntities", () => {
  const names = ["张一", "张二", "张三", "张四", "张五", "张六", "张七", "张八"];
  const docs = [
    document(
      "/c/a.txt",
      names.map((n) => ["Person", n, 2] as [ExtractedEntity["type"], string, number]),
    ),
    document("/c/b.txt", [
      ["Person", "张一", 1],
      ["Organization", "甲局", 1],
    ]),
  ];

  it("draws the same distinct entities for the same seed, and others for another seed", () => {
    const first = sampleEntities(docs, "Person", 4, 7);
    expect(sampleEntities(docs, "Person", 4, 7)).toEqual(first);
    expect(new Set(first.map((s) => s.name)).size).toBe(4);
    expect(sampleEntities(docs, "Person", 4, 8).map((s) => s.name)).not.toEqual(first.map((s) => s.name));
  });

  it("gives every entity when fewer than asked, each with its mention between 【】 in context", () => {
    const sample = sampleEntities(docs, "Organization", 5, 1);
    expect(sample).toEqual([{ name: "甲局", path: "/c/b.txt", context: "张一，【甲局】，" }]);
    expect(sampleEntities(docs, "Person", 100, 1)).toHaveLength(names.length);
  });
});

describe("judgeTargets", () => {
  const annotated = (name: "dev-real", f1: number): SetResult => {
    const s = typeScore("Organization", 1, 1, 1, 1);
    return {
      kind: "annotated",
      name,
      file: "",
      documents: 1,
      chars: 1,
      seconds: 0,
      scores: {
        entities: { scores: [{ ...s, f1 }], missed: {}, spurious: {}, predToGold: new Map() },
        relations: { scores: [], missed: [], spurious: [], unscored: {} },
      },
    };
  };

  it("marks each target met or missed on the figure rounded as the scorers print it, and skipped sets as skipped", () => {
    const results: SetResult[] = [
      annotated("dev-real", 0.8496),
      {
        kind: "collab",
        name: "collab-dev",
        file: "",
        documents: 1,
        chars: 1,
        seconds: 0,
        missingDocuments: [],
        scores: {
          sentences: 1,
          sentencesWithFalse: 3,
          falsePairs: [],
          missed: [],
          score: typeScore("COLLABORATES_WITH", 5, 2, 4, 2),
        },
      },
      { kind: "skipped", name: "finre", file: "x", reason: "x not found" },
    ];
    const outcomes = judgeTargets(results);
    expect(outcomes).toHaveLength(TARGETS.filter((t) => ["dev-real", "collab-dev", "finre"].includes(t.set)).length);
    expect(outcomes.find((o) => o.target.set === "dev-real" && o.target.figure === "Organization F1")).toMatchObject({
      value: 0.85,
      met: true,
    });
    expect(outcomes.find((o) => o.target.set === "dev-real" && o.target.figure === "Person F1")).toMatchObject({
      value: 0,
      met: false,
    });
    expect(outcomes.find((o) => o.target.set === "collab-dev")).toMatchObject({ value: 3, met: false });
    expect(outcomes.filter((o) => o.target.set === "finre").every((o) => o.met === undefined)).toBe(true);
  });
});

describe("resolveEvalPaths", () => {
  it("takes a flag over its environment variable over the default beside the repository", () => {
    const paths = resolveEvalPaths(
      { "dev-real": "mine/real.jsonl" },
      { KG_DEV_REAL: "/env/real.jsonl", KG_FINRE: "/env/finre.txt", KG_EVAL_DIR: "/data/eval" },
      "/base",
    );
    expect(paths.devReal).toBe(path.resolve("/base", "mine/real.jsonl"));
    expect(paths.finre).toBe("/env/finre.txt");
    expect(paths.devExcerpts).toBe("/data/eval/dev-excerpts.jsonl");
    expect(paths.collabCorpus).toBe("/data/corpus");
    expect(resolveEvalPaths({}, {}).collab).toBe(path.resolve(REPO_ROOT, "../shared/eval/collab-dev.jsonl"));
    expect(resolveEvalPaths({}, {}).sampleGold).toBe(path.join(REPO_ROOT, "tests/fixtures/seed-gold.json"));
  });

  it("reads --sets in print order and refuses an unknown set", () => {
    expect(parseSetNames("finre,sample")).toEqual(["sample", "finre"]);
    expect(parseSetNames(undefined)).toHaveLength(5);
    expect(() => parseSetNames("sample,news")).toThrow(KgError);
  });
});

describe("compactList", () => {
  it("prints repeated items once with their count and cuts a long list with the number left out", () => {
    expect(compactList(["甲", "乙", "甲", "丙", "丁"], 2)).toBe("甲 ×2 | 乙 … (+2 more)");
    expect(compactList(["甲", "乙"], 0)).toBe("甲 | 乙");
  });
});

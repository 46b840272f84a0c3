import { describe, expect, it } from "vitest";
import type { ExtractOutput } from "../../../ingest/commands/extract-command.js";
import { excerptGold, scoreExcerpts, scoreSample, type Excerpt, type SeedGold } from "../../eval/score-annotated.js";
import {
  normalizeName,
  scoreEntities,
  scoreOf,
  scoreRelations,
  type GoldEntity,
  type PredictedEntity,
} from "../../eval/score.js";

const gold = (id: string, type: string, name: string, aliases: string[] = [], borderline = false): GoldEntity => ({
  id,
  type,
  name,
  aliases,
  borderline,
});
const pred = (type: string, name: string, aliases: string[] = []): PredictedEntity => ({
  id: `${type}:${name}`,
  type,
  name,
  aliases: [name, ...aliases],
});

/** An extraction of one document holding the given entities and relations. */
function output(entities: PredictedEntity[], relations: Array<[string, string, string]> = []): ExtractOutput {
  return {
    documents: [{ id: "d1", path: "d1.txt", title: "", chars: 0 }],
    entities: entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [{ doc: "d1", start: 0, end: 1 }] })),
    relations: relations.map(([type, source, target]) => ({
      type,
      source,
      target,
      weight: 1,
      rule: "test",
      evidence: [{ doc: "d1", start: 0, end: 1, text: "" }],
    })),
  };
}

describe("normalizeName", () => {
  it("compares names after NFKC, without whitespace and quotation or book-title marks", () => {
    expect(normalizeName("《 甲市 政协 》")).toBe("甲市政协");
    expect(normalizeName("「乙县」“三城”行动")).toBe("乙县三城行动");
    expect(normalizeName("ＡＢＣ　集团")).toBe("ABC集团");
  });
});

describe("scoreEntities", () => {
  it("matches a prediction to a gold entity of the same type through any name or alias", () => {
    const { scores, missed, spurious } = scoreEntities(
      [pred("Organization", "甲市政协"), pred("Place", "甲市"), pred("Organization", "乙市科技局")],
      [
        gold("g1", "Organization", "中国人民政治协商会议甲市委员会", ["甲市政协"]),
        gold("g2", "Organization", "甲市"),
        gold("g3", "Organization", "丙大学"),
      ],
    );
    const org = scoreOf(scores, "Organization");
    expect([org.predicted, org.correct, org.gold, org.found]).toEqual([2, 1, 3, 1]);
    expect(missed.Organization).toEqual(["甲市", "丙大学"]);
    expect(spurious.Organization).toEqual(["乙市科技局"]);
    expect(spurious.Place).toEqual(["甲市"]);
    expect(scoreOf(scores, "all")).toMatchObject({ predicted: 3, correct: 1, gold: 3, found: 1 });
  });

  it("leaves a prediction matching only borderline gold out of precision, and borderline gold out of recall", () => {
    const { scores } = scoreEntities(
      [pred("Person", "张三"), pred("Person", "李四")],
      [
        gold("g1", "Person", "张三", [], true),
        gold("g2", "Person", "李四"),
        gold("g3", "Person", "李四", ["老李"], true),
        gold("g4", "Person", "王五", [], true),
      ],
    );
    expect(scoreOf(scores, "Person")).toMatchObject({
      predicted: 1,
      correct: 1,
      gold: 1,
      found: 1,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it("gives precision, recall and F1 from the counts, 0 where nothing is predicted", () => {
    const { scores } = scoreEntities(
      [pred("Project", "“三城”行动"), pred("Project", "十大工程")],
      [gold("g1", "Project", "三城行动"), gold("g2", "Project", "五大任务")],
    );
    expect(scoreOf(scores, "Project")).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scoreOf(scores, "Topic")).toMatchObject({ predicted: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe("scoreRelations", () => {
  const predToGold = new Map([
    ["a", new Set(["A"])],
    ["b", new Set(["B"])],
    ["c", new Set(["C"])],
  ]);

  it("matches COLLABORATES_WITH either way round and other types only in their direction", () => {
    const { scores, missed, spurious } = scoreRelations(
      [
        { type: "COLLABORATES_WITH", source: "b", target: "a" },
        { type: "PARTNER_IN", source: "c", target: "a" },
      ],
      [
        { type: "COLLABORATES_WITH", source: "A", target: "B" },
        { type: "PARTNER_IN", source: "A", target: "C" },
      ],
      predToGold,
    );
    expect(scoreOf(scores, "COLLABORATES_WITH")).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1 });
    expect(scoreOf(scores, "PARTNER_IN")).toMatchObject({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(missed).toEqual(["PARTNER_IN A → C"]);
    expect(spurious).toEqual(["PARTNER_IN c → a"]);
  });

  it("counts a prediction of a borderline gold relation as correct (as score.mjs does) but never requires one", () => {
    const { scores } = scoreRelations(
      [{ type: "ORGANIZED", source: "a", target: "b" }],
      [
        { type: "ORGANIZED", source: "A", target: "B", borderline: true },
        { type: "ORGANIZED", source: "A", target: "C" },
      ],
      predToGold,
    );
    expect(scoreOf(scores, "all")).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 0 });
  });

  it("scores only the relation types the gold annotates and counts the others apart", () => {
    const { scores, unscored } = scoreRelations(
      [
        { type: "ORGANIZED", source: "a", target: "b" },
        { type: "LOCATED_IN", source: "a", target: "c" },
        { type: "CO_OCCURS", source: "a", target: "c" },
      ],
      [{ type: "ORGANIZED", source: "A", target: "B" }],
      predToGold,
    );
    expect(scores.map((s) => s.type)).toEqual(["ORGANIZED", "all"]);
    expect(unscored).toEqual({ LOCATED_IN: 1, CO_OCCURS: 1 });
  });
});

describe("the sample report's scoring (score.mjs entities)", () => {
  it("scores entities by id and relations between gold ids, borderline notes read case-insensitively", () => {
    const seed: SeedGold = {
      document: "samples/x.txt",
      entities: [
        {
          id: "org:cppcc",
          type: "Organization",
          name: "中国人民政治协商会议甲市委员会",
          aliases: ["甲市政协", "市政协"],
        },
        { id: "org:univ", type: "Organization", name: "甲市大学" },
        { id: "org:office", type: "Organization", name: "市办", note: "Borderline: too vague" },
      ],
      relations: [{ type: "COLLABORATES_WITH", source: "org:univ", target: "org:cppcc" }],
    };
    const result = scoreSample(
      output(
        [pred("Organization", "市政协"), pred("Organization", "甲市大学"), pred("Organization", "市办")],
        [["COLLABORATES_WITH", "Organization:市政协", "Organization:甲市大学"]],
      ),
      seed,
    );
    expect(scoreOf(result.entities.scores, "Organization")).toMatchObject({
      predicted: 2,
      correct: 2,
      gold: 2,
      found: 2,
    });
    expect(scoreOf(result.relations.scores, "COLLABORATES_WITH")).toMatchObject({
      predicted: 1,
      correct: 1,
      gold: 1,
      found: 1,
    });
  });
});

describe("the excerpts' scoring (score.mjs heldout)", () => {
  const first: Excerpt = {
    id: "e1",
    text: "",
    entities: [
      { type: "Organization", surface: "市政协", canonical: "甲市政协" },
      { type: "Organization", surface: "甲市政协", canonical: "甲市政协", note: "borderline" },
      { type: "Project", surface: "“三城”行动", canonical: "三城行动", note: "borderline" },
      { type: "Project", surface: "三城行动", canonical: "三城行动" },
    ],
    relations: [
      { type: "ORGANIZED", source: "市政协", target: "三城行动" },
      { type: "PARTNER_IN", source: "乙市政协", target: "三城行动" },
    ],
  };

  it("groups surfaces by type and canonical name, the first entry deciding whether the group is borderline", () => {
    const { entities, relations } = excerptGold(first);
    expect(entities).toEqual([
      {
        id: "e1:Organization:甲市政协",
        type: "Organization",
        name: "甲市政协",
        aliases: ["市政协", "甲市政协"],
        borderline: false,
      },
      {
        id: "e1:Project:三城行动",
        type: "Project",
        name: "三城行动",
        aliases: ["“三城”行动", "三城行动"],
        borderline: true,
      },
    ]);
    expect(relations).toEqual([
      { type: "ORGANIZED", source: "e1:Organization:甲市政协", target: "e1:Project:三城行动", borderline: false },
      { type: "PARTNER_IN", source: "e1:?:乙市政协", target: "e1:Project:三城行动", borderline: false },
    ]);
  });

  it("sums the counts over excerpts (micro-average)", () => {
    const second: Excerpt = {
      id: "e2",
      text: "",
      entities: [
        { type: "Person", surface: "张三", canonical: "张三" },
        { type: "Person", surface: "李四", canonical: "李四" },
      ],
    };
    const result = scoreExcerpts([
      {
        excerpt: first,
        output: output(
          [pred("Organization", "市政协"), pred("Project", "三城行动")],
          [["ORGANIZED", "Organization:市政协", "Project:三城行动"]],
        ),
      },
      { excerpt: second, output: output([pred("Person", "张三"), pred("Person", "王五")]) },
    ]);
    expect(scoreOf(result.entities.scores, "all")).toMatchObject({ predicted: 3, correct: 2, gold: 3, found: 2 });
    expect(scoreOf(result.relations.scores, "ORGANIZED")).toMatchObject({
      predicted: 1,
      correct: 1,
      gold: 1,
      found: 1,
    });
    expect(scoreOf(result.relations.scores, "PARTNER_IN")).toMatchObject({ predicted: 0, gold: 1, found: 0 });
  });

  it("pools the excerpts' names as score.mjs does: a name found in one excerpt matches the same name annotated in another", () => {
    const second: Excerpt = { id: "e2", text: "", entities: [{ type: "Person", surface: "张三", canonical: "张三" }] };
    const result = scoreExcerpts([
      { excerpt: first, output: output([pred("Person", "张三")]) },
      { excerpt: second, output: output([]) },
    ]);
    expect(scoreOf(result.entities.scores, "Person")).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });
});

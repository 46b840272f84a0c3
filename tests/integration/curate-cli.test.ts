// `kg curate` as a researcher runs it: every operation from the command line, the rules through a rule file, a full
// re-ingest and a forced re-extraction, undo back to the clean graph, suggestions, and clear errors for bad input.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurationFile, CurationRuleStatus } from "../../common/curation.js";
import { undoRule } from "../../ingest/curate/curation.js";
import { emptyGraph, graphFingerprint, loadSampleReport, openTestGraph, SAMPLE_REPORT } from "../helpers/test-graph.js";
import { kg } from "../helpers/kg-cli.js";

const db = openTestGraph();
let dir: string;
let clean: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-curate-"));
  await loadSampleReport(db);
  clean = await graphFingerprint(db);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

const ok = async (...args: string[]): Promise<string> => {
  const result = await kg(...args);
  expect(result.stderr + result.stdout).not.toMatch(/unexpected error/);
  expect(result.code).toBe(0);
  return result.stdout;
};

const sentenceOf = async (key: string) =>
  (
    await db.driver.executeQuery(
      `MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(:Entity {key: $key})
       RETURN d.key AS document, toInteger(s.start) AS start, toInteger(s.end) AS end ORDER BY s.index LIMIT 1`,
      { key },
      { database: db.database },
    )
  ).records[0]?.toObject() as { document: string; start: number; end: number };

const stated = async () =>
  (
    await db.driver.executeQuery(
      "MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity) RETURN a.key + '-[PARTNER_IN]->' + b.key AS key ORDER BY key",
      {},
      { database: db.database },
    )
  ).records.map((r) => r.get("key") as string);

describe("kg curate", () => {
  it("makes every operation, keeps them through a rule file, a re-ingest and a re-extraction, and undoes them", async () => {
    const [firstRelation, secondRelation] = await stated();
    const evidence = await sentenceOf("Organization:吉林省政协");
    const made = [
      await ok("curate", "merge", "Project:金点子活动", "Project:金点子征集活动", "--note", "one campaign"),
      await ok("curate", "rename", "Project:市委七届十次全会", "中共辽源市委七届十次全会"),
      await ok("curate", "retype", "Project:中国东丰梅花鹿系列丛书", "Topic"),
      await ok("curate", "split", "Organization:辽源市政协", "辽源政协"),
      await ok("curate", "exclude", "Organization:辽源市政协", "--surface", "政协"),
      await ok("curate", "reject", firstRelation as string),
      await ok("curate", "retype", "--relation", secondRelation as string, "ORGANIZED", "--reverse"),
      await ok(
        "curate",
        "relate",
        "Organization:吉林省政协",
        "COLLABORATES_WITH",
        "Organization:辽源市政协",
        "--document",
        evidence.document,
        "--start",
        String(evidence.start),
        "--end",
        String(evidence.end),
      ),
      await ok("curate", "distinct", "Person:张恒军", "Person:赵晓君"),
      await ok("curate", "exclude", "Organization:吉林省政协"),
    ];
    expect(made[0]).toMatch(
      /merge Project:金点子活动 \+ Project:金点子征集活动 into Project:金点子活动: rule \w+, 1 documents changed/,
    );
    const curated = await graphFingerprint(db);
    expect(curated).not.toBe(clean);

    const listed = JSON.parse(await ok("curate", "list", "--json")) as CurationRuleStatus[];
    expect(listed.map((r) => r.kind)).toEqual([
      "merge",
      "rename",
      "retype",
      "split",
      "exclude",
      "reject",
      "retype-relation",
      "relate",
      "distinct",
      "exclude",
    ]);
    expect(listed[0]?.note).toBe("one campaign");
    expect(listed.find((r) => r.kind === "distinct")?.documents).toBe(0);
    // The hand-made relation involved 吉林省政协, which a later rule excluded: it is reported as matching nothing now.
    expect(listed.find((r) => r.kind === "relate")?.documents).toBe(0);
    expect(await ok("curate", "list")).toMatch(/matches nothing now/);

    const file = path.join(dir, "rules.json");
    await ok("curate", "export", file);
    expect((JSON.parse(await readFile(file, "utf8")) as CurationFile).rules).toHaveLength(10);
    await emptyGraph(db);
    expect(await ok("curate", "import", file)).toMatch(/10 rules imported/);
    await ok("ingest", "--workers", "0", SAMPLE_REPORT);
    expect(await graphFingerprint(db)).toBe(curated);

    await db.driver.executeQuery(
      "MATCH (d:Document) SET d.extractor = 'an-older-version'",
      {},
      { database: db.database },
    );
    expect(await ok("ingest", "--workers", "0", SAMPLE_REPORT)).toBeDefined();
    expect(await graphFingerprint(db)).toBe(curated);

    // The last rule undone from the command line, the others through the library (each run of the CLI takes seconds).
    const [last, ...earlier] = [...listed].reverse();
    expect(await ok("curate", "undo", (last as CurationRuleStatus).id)).toMatch(
      /^undone: exclude Organization:吉林省政协/,
    );
    for (const rule of earlier) await undoRule(db, rule.id);
    expect(await graphFingerprint(db)).toBe(clean);
  });

  it("lists likely duplicates, and accepts one as a merge", async () => {
    const listed = await ok("curate", "suggest", "--limit", "100");
    const line = listed.split("\n").find((l) => /^\d+\. Project:金点子活动 → Project:金点子征集活动/.test(l));
    expect(line).toBeDefined();
    const accepted = await ok(
      "curate",
      "suggest",
      "--limit",
      "100",
      "--accept",
      (line as string).split(".")[0] as string,
    );
    expect(accepted).toMatch(/^merge Project:金点子活动 \+ Project:金点子征集活动 into Project:金点子征集活动/);
    const [rule] = JSON.parse(await ok("curate", "list", "--json")) as CurationRuleStatus[];
    await ok("curate", "undo", (rule as CurationRuleStatus).id);
    expect(await graphFingerprint(db)).toBe(clean);
  });

  it("refuses bad input with a message that says what to do, and stores nothing", async () => {
    const notKey = await kg("curate", "merge", "金点子活动", "Project:金点子征集活动");
    expect(notKey.code).toBe(1);
    expect(notKey.stderr).toMatch(/金点子活动 is not an entity key; write it as Type:name/);
    const missing = await kg("curate", "exclude", "Person:无名氏");
    expect(missing.stderr).toMatch(/no entity Person:无名氏/);
    const bad = path.join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ kgCuration: 1, rules: [{ kind: "merge", entities: [] }] }));
    const badImport = await kg("curate", "import", bad);
    expect(badImport.code).toBe(1);
    expect(badImport.stderr).toContain(`${bad}: rules.0`);
    const noRule = await kg("curate", "undo", "nosuchrule");
    expect(noRule.code).toBe(1);
    expect(noRule.stderr).toMatch(/no rule nosuchrule/);
    expect(await ok("curate", "list")).toMatch(/no curation rules/);
    expect(await graphFingerprint(db)).toBe(clean);
  });
});

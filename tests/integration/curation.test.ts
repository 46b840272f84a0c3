// Curation rules on the sample report: each operation, made through the API, changes the graph, holds through a full
// re-ingest and a forced re-extraction, and its undo gives back the graph exactly; bad changes are refused and change
// nothing.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurationChangeResponse } from "../../common/api.js";
import type { CurationOperation } from "../../common/curation.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { exportRules, importRules, listRules, makeRule, undoRule } from "../../ingest/curate/curation.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { emptyGraph, graphFingerprint, loadSampleReport, openTestGraph, SAMPLE_REPORT } from "../helpers/test-graph.js";
import { expectKgError } from "../helpers/kg-error.js";
import { serveExplorer, TEST_TOKEN } from "../helpers/serve-explorer.js";

const db = openTestGraph();
const by = { by: "test" };
let clean: string;
let server: Awaited<ReturnType<typeof serveExplorer>>;

beforeAll(async () => {
  await loadSampleReport(db);
  clean = await graphFingerprint(db);
  server = await serveExplorer(db);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

/** A curation write through the API, as the explorer and scripts make it. */
async function post(path: string, body: unknown): Promise<CurationChangeResponse> {
  const response = await fetch(server.url + path, {
    method: "POST",
    headers: { authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as CurationChangeResponse;
}

const read = async <T>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> =>
  (await db.driver.executeQuery(statement, params, { database: db.database })).records.map((r) => r.toObject() as T);

const entity = async (key: string) =>
  (
    await read<{ name: string; aliases: string[]; mentions: number }>(
      "MATCH (e:Entity {key: $key}) RETURN e.name AS name, e.aliases AS aliases, toInteger(e.mentions) AS mentions",
      { key },
    )
  )[0];

const ingestSample = () => ingestDocuments(db, [SAMPLE_REPORT], { progress: SILENT_PROGRESS, workers: 0 });

/** A sentence span of the sample that mentions both entities, for a hand-made relation. */
async function sharedSentence(a: string, b: string) {
  const [row] = await read<{ document: string; start: number; end: number }>(
    `MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(:Entity {key: $a})
     WHERE EXISTS { (d)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {key: $b}) }
     RETURN d.key AS document, toInteger(s.start) AS start, toInteger(s.end) AS end ORDER BY s.index LIMIT 1`,
    { a, b },
  );
  return row as { document: string; start: number; end: number };
}

const firstStated = async () =>
  (
    await read<{ source: string; type: "PARTNER_IN"; target: string }>(
      `MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity) RETURN a.key AS source, type(r) AS type, b.key AS target
       ORDER BY a.key, b.key LIMIT 1`,
    )
  )[0] as { source: string; type: "PARTNER_IN"; target: string };

const OPERATIONS: Array<[string, () => CurationOperation | Promise<CurationOperation>, () => Promise<void>]> = [
  [
    "merge",
    () => ({
      kind: "merge",
      entities: ["Project:金点子活动", "Project:金点子征集活动"],
      into: { type: "Project", name: "金点子征集活动" },
    }),
    async () => {
      expect(await entity("Project:金点子活动")).toBeUndefined();
      const merged = await entity("Project:金点子征集活动");
      expect(merged?.mentions).toBe(6);
      expect(merged?.aliases).toEqual(expect.arrayContaining(["“金点子”活动", "“金点子”征集活动", "金点子活动"]));
    },
  ],
  [
    "rename into an existing name",
    () => ({
      kind: "rename",
      entity: "Project:市委七届十次全会",
      into: { type: "Project", name: "中共辽源市委七届十次全会" },
    }),
    async () => {
      expect(await entity("Project:市委七届十次全会")).toBeUndefined();
      expect((await entity("Project:中共辽源市委七届十次全会"))?.aliases).toContain("市委七届十次全会");
    },
  ],
  [
    "retype",
    () => ({
      kind: "retype",
      entity: "Project:中国东丰梅花鹿系列丛书",
      into: { type: "Topic", name: "中国东丰梅花鹿系列丛书" },
    }),
    async () => {
      expect(await entity("Topic:中国东丰梅花鹿系列丛书")).toBeDefined();
      const [labels] = await read<{ labels: string[] }>(
        "MATCH (e:Entity {key: 'Topic:中国东丰梅花鹿系列丛书'}) RETURN labels(e) AS labels",
      );
      expect(labels?.labels).toContain("Topic");
    },
  ],
  [
    "split",
    () => ({
      kind: "split",
      entity: "Organization:辽源市政协",
      surface: "辽源政协",
      into: { type: "Organization", name: "辽源政协" },
    }),
    async () => {
      expect((await entity("Organization:辽源政协"))?.aliases).toEqual(["辽源政协"]);
      expect((await entity("Organization:辽源市政协"))?.aliases).not.toContain("辽源政协");
    },
  ],
  [
    "exclude an entity",
    () => ({ kind: "exclude", entity: "Organization:吉林省政协" }),
    async () => expect(await entity("Organization:吉林省政协")).toBeUndefined(),
  ],
  [
    "exclude a surface form",
    () => ({ kind: "exclude", entity: "Organization:辽源市政协", surface: "政协" }),
    async () => expect((await entity("Organization:辽源市政协"))?.aliases).not.toContain("政协"),
  ],
  [
    "reject a relation",
    async () => ({ kind: "reject", relation: await firstStated() }),
    async () => {
      const { source, target } = await firstStatedBefore;
      expect(
        await read("MATCH ({key: $source})-[r:PARTNER_IN]->({key: $target}) RETURN r", { source, target }),
      ).toEqual([]);
    },
  ],
  [
    "reverse and retype a relation",
    async () => ({ kind: "retype-relation", relation: await firstStated(), type: "ORGANIZED", reverse: true }),
    async () => {
      const { source, target } = await firstStatedBefore;
      expect(
        await read("MATCH ({key: $target})-[r:ORGANIZED]->({key: $source}) RETURN r", { source, target }),
      ).toHaveLength(1);
    },
  ],
  [
    "relate by hand",
    async () => ({
      kind: "relate",
      relation: { source: "Organization:吉林省政协", type: "COLLABORATES_WITH", target: "Organization:辽源市政协" },
      evidence: await sharedSentence("Organization:吉林省政协", "Organization:辽源市政协"),
    }),
    async () => {
      const rows = await read<{ weight: number; rule: string }>(
        "MATCH ({key: 'Organization:吉林省政协'})-[r:COLLABORATES_WITH]->({key: 'Organization:辽源市政协'}) RETURN toInteger(r.weight) AS weight, r.rule AS rule",
      );
      expect(rows[0]?.weight).toBeGreaterThanOrEqual(1);
    },
  ],
];

let firstStatedBefore: Promise<{ source: string; target: string }>;

describe("curation rules", () => {
  beforeAll(() => {
    firstStatedBefore = firstStated();
  });

  it.each(OPERATIONS)(
    "%s: changes the graph, holds through re-ingest and re-extraction, and undoes exactly",
    async (_name, operation, check) => {
      expect(await graphFingerprint(db)).toBe(clean);
      const { rule, documents } = await post("/api/curation/rules", await operation());
      expect(documents).toBe(1);
      await check();
      const curated = await graphFingerprint(db);
      expect(curated).not.toBe(clean);

      // A full re-ingest: the graph emptied, the rules brought back from their file, the document ingested again.
      const file = await exportRules(db);
      await emptyGraph(db);
      await importRules(db, file);
      await ingestSample();
      expect(await graphFingerprint(db)).toBe(curated);
      await check();

      // A new extractor version: the document is extracted again and replaced.
      await db.driver.executeQuery(
        "MATCH (d:Document) SET d.extractor = 'an-older-version'",
        {},
        { database: db.database },
      );
      const summary = await ingestSample();
      expect(summary.reextracted).toBe(1);
      expect(await graphFingerprint(db)).toBe(curated);

      expect((await post("/api/curation/undo", { id: rule.id })).documents).toBe(1);
      expect(await graphFingerprint(db)).toBe(clean);
      expect(await listRules(db)).toEqual([]);
    },
  );

  it("keeps two entities marked distinct from being merged, until that rule is undone", async () => {
    const pair: [string, string] = ["Project:金点子活动", "Project:金点子征集活动"];
    const distinct = await makeRule(db, { kind: "distinct", entities: pair }, by);
    expect(await graphFingerprint(db)).toBe(clean);
    await expectKgError(
      makeRule(db, { kind: "merge", entities: pair, into: { type: "Project", name: "金点子征集活动" } }, by),
      /marked distinct/,
    );
    await undoRule(db, distinct.rule.id);
    expect(await listRules(db)).toEqual([]);
  });

  it("refuses a rule about an entity, relation or document the graph lacks, and stores nothing", async () => {
    await expectKgError(
      makeRule(db, { kind: "exclude", entity: "Organization:无此机构" }, by),
      /no entity Organization:无此机构/,
    );
    await expectKgError(
      makeRule(
        db,
        {
          kind: "split",
          entity: "Organization:辽源市政协",
          surface: "没有这个写法",
          into: { type: "Organization", name: "x" },
        },
        by,
      ),
      /never written/,
    );
    await expectKgError(
      makeRule(
        db,
        {
          kind: "reject",
          relation: { source: "Organization:辽源市政协", type: "PUBLISHED", target: "Organization:吉林省政协" },
        },
        by,
      ),
      /no relation/,
    );
    await expectKgError(undoRule(db, "nosuchrule"), /no rule nosuchrule/);
    expect(await graphFingerprint(db)).toBe(clean);
    expect(await listRules(db)).toEqual([]);
  });

  it("loses no rule when many are made at once", async () => {
    const keys = (await read<{ key: string }>("MATCH (e:Topic) RETURN e.key AS key ORDER BY e.key LIMIT 8")).map(
      (r) => r.key,
    );
    const made = await Promise.all(keys.map((key) => makeRule(db, { kind: "exclude", entity: key }, by)));
    const listed = await listRules(db);
    expect(listed.map((r) => r.id).sort()).toEqual(made.map((m) => m.rule.id).sort());
    expect(listed.every((r) => r.documents === 1)).toBe(true);
    for (const { rule } of made.reverse()) await undoRule(db, rule.id);
    expect(await graphFingerprint(db)).toBe(clean);
  });
});

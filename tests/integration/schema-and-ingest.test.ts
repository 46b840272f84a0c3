// Schema and ingest on a real Neo4j: both can run again without changing anything.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { findDocuments } from "../../ingest/read/find-documents.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { applySchema } from "../../neo4j/apply-schema.js";
import { createGraphRepository } from "../../server/repository/index.js";
import { emptyGraph, graphCounts, openTestGraph, SAMPLE_REPORT } from "../helpers/test-graph.js";

const db = openTestGraph();

async function schemaState(): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await db.driver.executeQuery(
    "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
    {},
    { database: db.database },
  );
  const indexes = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name, type, state, options RETURN name + ':' + type + ':' + state + ':' + coalesce(options.indexConfig.`fulltext.analyzer`, '') AS index ORDER BY index",
    {},
    { database: db.database },
  );
  return {
    constraints: constraints.records.map((r) => r.get("name") as string),
    indexes: indexes.records.map((r) => r.get("index") as string),
  };
}

beforeAll(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await db.close();
});

describe("schema", () => {
  it("creates unique keys for documents, sentences and every entity label, and a cjk full-text index", async () => {
    await applySchema(db);
    const { constraints, indexes } = await schemaState();
    expect(constraints).toEqual(
      expect.arrayContaining([
        "document_key",
        "sentence_key",
        "entity_key",
        "organization_key",
        "person_key",
        "project_key",
        "topic_key",
        "place_key",
      ]),
    );
    expect(indexes).toContain("entity_names:FULLTEXT:ONLINE:cjk");
  });

  it("moves a graph written under the older schema onto the Searchable search indexes, and finds its entities", async () => {
    const run = (query: string) => db.driver.executeQuery(query, {}, { database: db.database });
    await emptyGraph(db);
    for (const index of ["entity_names", "entity_name_text", "entity_alias_text"])
      await run(`DROP INDEX ${index} IF EXISTS`);
    await run(
      "CREATE FULLTEXT INDEX entity_names FOR (e:Organization|Person|Project|Topic|Place) ON EACH [e.name, e.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
    );
    await run("CREATE TEXT INDEX entity_name_text FOR (e:Entity) ON (e.name)");
    await run("CREATE TEXT INDEX entity_alias_text FOR (e:Entity) ON (e.aliasText)");
    await run(
      "CREATE (:Entity:Organization {key: 'organization:辽源市政协', name: '辽源市政协', type: 'Organization', aliases: ['辽源市政协', '市政协'], aliasText: '辽源市政协 市政协', mentions: 3, documents: 1})",
    );

    await applySchema(db);
    const { records } = await run(
      "SHOW INDEXES YIELD name, labelsOrTypes WHERE name IN ['entity_names', 'entity_name_text', 'entity_alias_text'] RETURN name, labelsOrTypes ORDER BY name",
    );
    expect(records.map((r) => `${r.get("name")}:${(r.get("labelsOrTypes") as string[]).join("|")}`)).toEqual([
      "entity_alias_text:Searchable",
      "entity_name_text:Searchable",
      "entity_names:Searchable",
    ]);
    const repository = createGraphRepository(db);
    expect((await repository.search("辽源市政协", null, 10)).map((hit) => hit.key)).toEqual([
      "organization:辽源市政协",
    ]);
    expect((await repository.search("市政", null, 10)).map((hit) => hit.key)).toEqual(["organization:辽源市政协"]);
    await emptyGraph(db);
  });

  it("is idempotent: applying it again changes no constraint or index", async () => {
    await applySchema(db);
    const before = await schemaState();
    await applySchema(db);
    expect(await schemaState()).toEqual(before);
  });
});

describe("ingest", () => {
  it("stores the sample report's document, sentences and entities", async () => {
    const summary = await ingestDocuments(db, [SAMPLE_REPORT], { progress: SILENT_PROGRESS });
    expect(summary).toMatchObject({ ingested: 1, unchanged: 0, failed: [] });
    const { records } = await db.driver.executeQuery(
      "MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(DISTINCT d) AS documents, count(s) AS sentences, COUNT { (:Entity) } AS entities",
      {},
      { database: db.database },
    );
    expect(records[0]?.get("documents")).toBe(1);
    expect(records[0]?.get("sentences")).toBe(summary.sentences);
    expect(records[0]?.get("entities")).toBeGreaterThan(10);
  });

  it("is idempotent: a second ingest of the same text changes no node or relationship count", async () => {
    const before = await graphCounts(db);
    const summary = await ingestDocuments(db, [SAMPLE_REPORT], { progress: SILENT_PROGRESS });
    expect(summary).toMatchObject({ ingested: 0, unchanged: 1 });
    expect(await graphCounts(db)).toEqual(before);
  });

  it("re-writing a document with the same extraction changes no count either", async () => {
    const before = await graphCounts(db);
    await db.driver.executeQuery("MATCH (d:Document) SET d.extractor = 'older'", {}, { database: db.database });
    const summary = await ingestDocuments(db, [SAMPLE_REPORT], { progress: SILENT_PROGRESS });
    expect(summary).toMatchObject({ ingested: 0, reextracted: 1 });
    expect(await graphCounts(db)).toEqual(before);
  });

  it("reports an undecodable file by name and goes on with the rest of the batch", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-ingest-"));
    try {
      await writeFile(
        path.join(dir, "a-broken.txt"),
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xc3, 0x28, 0xa0, 0xa1,
        ]),
      );
      await writeFile(path.join(dir, "b-good.txt"), "辽源市政协与吉林大学合作开展调研。");
      const summary = await ingestDocuments(db, await findDocuments([dir]), { progress: SILENT_PROGRESS });
      expect(summary.ingested).toBe(1);
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0]?.message).toContain("a-broken.txt");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

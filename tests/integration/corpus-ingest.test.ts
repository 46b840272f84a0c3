// Corpus ingest on a real Neo4j: removal, re-extraction, dry runs, stats, pending evidence, and recovery from a SIGKILL
// mid-ingest.

import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { buildSyntheticCorpus } from "../../bench/synthetic-corpus.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { documentKey, type DocumentRows } from "../../ingest/write/document-rows.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { readDocument } from "../../ingest/read/read-document.js";
import { knownRelations } from "../../ingest/write/known-relations.js";
import { foldPending } from "../../ingest/write/fold-evidence.js";
import { removeDocument, writeDocument } from "../../ingest/write/write-document.js";
import { createGraphRepository } from "../../server/repository/index.js";
import { emptyGraph, graphCounts, graphFingerprint, openTestGraph, SAMPLE_REPORT } from "../helpers/test-graph.js";

const ROOT = path.join(import.meta.dirname, "..", "..");
const db = openTestGraph();
const progress = SILENT_PROGRESS;
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-corpus-"));
  const sample = await readDocument(SAMPLE_REPORT);
  const corpus = buildSyntheticCorpus(sample, 12, 3000, 11);
  files = await Promise.all(
    corpus.map(async (doc) => {
      const file = path.join(dir, doc.name);
      await writeFile(file, doc.text);
      return file;
    }),
  );
});

beforeEach(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe("kg remove", () => {
  it("leaves exactly the graph that the other documents alone give", async () => {
    const [first, ...others] = files as [string, ...string[]];
    await ingestDocuments(db, others, { progress, workers: 0 });
    const withoutFirst = await graphFingerprint(db);

    await emptyGraph(db);
    await ingestDocuments(db, files, { progress, workers: 0 });
    expect(await graphFingerprint(db)).not.toBe(withoutFirst);
    const { sha256 } = await readDocument(first);
    expect(await removeDocument(db, documentKey(sha256))).toBe(true);
    expect(await graphFingerprint(db)).toBe(withoutFirst);
  });

  it("says so when the document is not stored", async () => {
    expect(await removeDocument(db, "0123456789abcdef")).toBe(false);
  });
});

describe("kg ingest", () => {
  it("re-extracts documents stored by another extractor version and ends with the same graph", async () => {
    await ingestDocuments(db, files.slice(0, 4), { progress, workers: 0 });
    const before = await graphFingerprint(db);
    await db.driver.executeQuery(
      "MATCH (d:Document) SET d.extractor = 'an-older-version'",
      {},
      { database: db.database },
    );
    const summary = await ingestDocuments(db, files.slice(0, 4), { progress, workers: 0 });
    expect(summary).toMatchObject({ ingested: 0, reextracted: 4, unchanged: 0 });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it("extracts in worker threads to the same graph as on the main thread", async () => {
    await ingestDocuments(db, files.slice(0, 6), { progress, workers: 0 });
    const mainThread = await graphFingerprint(db);
    await emptyGraph(db);
    const summary = await ingestDocuments(db, files.slice(0, 6), { progress, workers: 2 });
    expect(summary.ingested).toBe(6);
    expect(await graphFingerprint(db)).toBe(mainThread);
  });

  it("writes nothing in a dry run but reports what it would write", async () => {
    const summary = await ingestDocuments(undefined, files.slice(0, 3), { progress, workers: 0, dryRun: true });
    expect(summary.ingested).toBe(3);
    expect(summary.relations).toBeGreaterThan(0);
    expect(await graphCounts(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("counts documents with dates and entities per type in kg stats", async () => {
    const summary = await ingestDocuments(db, files.slice(0, 5), { progress, workers: 0 });
    const stats = await createGraphRepository(db).stats();
    expect(stats.documents.total).toBe(5);
    expect(stats.documents.dated).toBe(5);
    expect(stats.documents.sentences).toBe(summary.sentences);
    expect(stats.entities.reduce((sum, e) => sum + e.count, 0)).toBeGreaterThan(10);
    expect(stats.relations.map((r) => r.type)).toContain("CO_OCCURS");
  });

  it("creates each relation once across runs: half the corpus and then the rest give the graph of one run", async () => {
    await ingestDocuments(db, files, { progress, workers: 0 });
    const once = await graphFingerprint(db);
    await emptyGraph(db);
    await ingestDocuments(db, files.slice(0, 6), { progress, workers: 0 });
    await ingestDocuments(db, files, { progress, workers: 0 });
    expect(await graphFingerprint(db)).toBe(once);
    const { records } = await db.driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1 RETURN count(*) AS repeated",
      {},
      { database: db.database },
    );
    expect(records[0]?.get("repeated")).toBe(0);
  });

  it("recovers from SIGKILL in the middle: running it again gives exactly the graph of a clean ingest", async () => {
    await ingestDocuments(db, files, { progress, workers: 0 });
    const clean = await graphFingerprint(db);
    await emptyGraph(db);

    const { uri, password } = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
    const child = spawn(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", "--workers", "1", dir], {
      cwd: ROOT,
      env,
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const documentCount = async (): Promise<number> =>
      (
        await db.driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n", {}, { database: db.database })
      ).records[0]?.get("n") as number;
    await expect.poll(documentCount, { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    child.kill("SIGKILL");
    await exited;
    const partial = await documentCount();
    expect(partial).toBeLessThan(files.length);

    const rerun = await ingestDocuments(db, files, { progress, workers: 0 });
    expect(rerun.unchanged).toBe(partial);
    expect(await graphFingerprint(db)).toBe(clean);
  });
});

describe("pending evidence", () => {
  const count = async (query: string): Promise<number> =>
    (await db.driver.executeQuery(query, {}, { database: db.database })).records[0]?.get("n") as number;
  const pendingDocuments = (): Promise<number> =>
    count("MATCH (d:Document) WHERE d.pendingTypes IS NOT NULL RETURN count(d) AS n");

  it("is folded into the relations every few hundred sentences and at the end, to the same graph as one fold", async () => {
    await ingestDocuments(db, files, { progress, workers: 0, foldEvery: 1_000_000 });
    const oneFold = await graphFingerprint(db);
    await emptyGraph(db);
    await ingestDocuments(db, files, { progress, workers: 0, foldEvery: 300 });
    expect(await graphFingerprint(db)).toBe(oneFold);
    expect(await pendingDocuments()).toBe(0);
    expect(await count("MATCH (:Entity)-[r]->(:Entity) WHERE r.weight <> size(r.sentences) RETURN count(r) AS n")).toBe(
      0,
    );
    const evidence = "MATCH (:Entity)-[r]->(:Entity) UNWIND r.sentences AS key OPTIONAL MATCH (s:Sentence {key: key})";
    expect(await count(`${evidence} RETURN count(key) AS n`)).toBeGreaterThan(100);
    expect(await count(`${evidence} WITH key, s WHERE s IS NULL RETURN count(key) AS n`)).toBe(0);
  });

  it("left behind by a run that stopped between folds is folded by the next run, and by kg remove", async () => {
    await ingestDocuments(db, files, { progress, workers: 0 });
    const clean = await graphFingerprint(db);
    const [first, ...others] = files as [string, ...string[]];
    await emptyGraph(db);
    await ingestDocuments(db, others, { progress, workers: 0 });
    const withoutFirst = await graphFingerprint(db);

    // Written document by document with no fold, as a killed run leaves them: relations lack their newer evidence.
    await emptyGraph(db);
    const rows: DocumentRows[] = [];
    await ingestDocuments(undefined, files, { progress, workers: 0, dryRun: true, onExtracted: (r) => rows.push(r) });
    const known = knownRelations(db);
    for (const r of rows) await writeDocument(db, r, { replace: false, known });
    expect(await pendingDocuments()).toBeGreaterThan(1);
    expect(await graphFingerprint(db)).not.toBe(clean);

    const rerun = await ingestDocuments(db, files, { progress, workers: 0 });
    expect(rerun.unchanged).toBe(files.length);
    expect(await graphFingerprint(db)).toBe(clean);

    // Pending evidence as earlier versions left it, whole sentence keys instead of indexes, folds to the same graph.
    await emptyGraph(db);
    const knownBefore = knownRelations(db);
    for (const r of rows) await writeDocument(db, r, { replace: false, known: knownBefore });
    await db.driver.executeQuery(
      "MATCH (d:Document) WHERE d.pendingSentences IS NOT NULL " +
        "SET d.pendingSentences = [list IN d.pendingSentences | reduce(keys = '', i IN split(list, ' ') | keys + CASE keys WHEN '' THEN '' ELSE ' ' END + d.key + ':' + i)]",
      {},
      { database: db.database },
    );
    await ingestDocuments(db, files, { progress, workers: 0 });
    expect(await graphFingerprint(db)).toBe(clean);

    await emptyGraph(db);
    const knownAgain = knownRelations(db);
    for (const r of rows) await writeDocument(db, r, { replace: false, known: knownAgain });
    const { sha256 } = await readDocument(first);
    expect(await removeDocument(db, documentKey(sha256))).toBe(true);
    expect(await graphFingerprint(db)).toBe(withoutFirst);
  });
});

describe("entities pending for search", () => {
  const count = async (query: string): Promise<number> =>
    (await db.driver.executeQuery(query, {}, { database: db.database })).records[0]?.get("n") as number;
  const staleAliasText =
    "MATCH (e:Searchable) WHERE e.aliasText <> trim(reduce(t = '', a IN e.aliases | t + ' ' + a)) RETURN count(e) AS n";

  it("stay out of the search indexes until the fold, which indexes them with all their aliases", async () => {
    const [first, second, ...rest] = files as [string, string, ...string[]];
    await ingestDocuments(db, [first, second], { progress, workers: 0 });
    expect(await count("MATCH (e:Entity) WHERE NOT e:Searchable OR e:SearchPending RETURN count(e) AS n")).toBe(0);
    expect(await count(staleAliasText)).toBe(0);

    // The rest written with no fold, as a run between two folds leaves them.
    // One of them gives an entity already indexed a new alias.
    const rows: DocumentRows[] = [];
    await ingestDocuments(undefined, rest, { progress, workers: 0, dryRun: true, onExtracted: (r) => rows.push(r) });
    const indexed = await db.driver.executeQuery(
      "MATCH (e:Searchable) RETURN collect(e.key) AS keys",
      {},
      { database: db.database },
    );
    const indexedKeys = new Set(indexed.records[0]?.get("keys") as string[]);
    const renamed = rows.flatMap((r) => r.entities).find((entity) => indexedKeys.has(entity.key));
    expect(renamed).toBeDefined();
    renamed?.aliases.push("测试新别名");
    const known = knownRelations(db);
    for (const r of rows) await writeDocument(db, r, { replace: false, known });
    const repository = createGraphRepository(db);
    expect((await repository.search("测试新别名", null, 50)).map((hit) => hit.key)).toEqual([]);
    const { records } = await db.driver.executeQuery(
      "MATCH (e:SearchPending) WHERE NOT e:Searchable AND size(e.name) >= 4 RETURN e.key AS key, e.name AS name ORDER BY e.mentions DESC, e.key LIMIT 1",
      {},
      { database: db.database },
    );
    const newcomer = { key: records[0]?.get("key") as string, name: records[0]?.get("name") as string };
    expect(newcomer.key).toBeDefined();
    expect((await repository.search(newcomer.name, null, 50)).map((hit) => hit.key)).not.toContain(newcomer.key);
    // Entities already indexed that gained an alias keep their old aliasText until the fold.
    expect(await count("MATCH (e:Searchable:SearchPending) RETURN count(e) AS n")).toBeGreaterThan(0);
    expect(await count(staleAliasText)).toBeGreaterThan(0);

    await foldPending(db);
    expect((await repository.search(newcomer.name, null, 50)).map((hit) => hit.key)).toContain(newcomer.key);
    expect((await repository.search("测试新别名", null, 50)).map((hit) => hit.key)).toEqual([renamed?.key]);
    expect(await count("MATCH (e:Entity) WHERE NOT e:Searchable OR e:SearchPending RETURN count(e) AS n")).toBe(0);
    expect(await count(staleAliasText)).toBe(0);
  });
});

// `kg import`: extractions in the `kg extract` contract load into the same graph, checked before anything is written.

import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { KgError } from "../../common/errors.js";
import { assertImportFitsGraph, readImportFiles } from "../../ingest/commands/import-command.js";
import { buildExtractOutput } from "../../ingest/commands/extract-command.js";
import { extractDocument } from "../../ingest/extract/index.js";
import { readDocument } from "../../ingest/read/read-document.js";
import { knownRelations } from "../../ingest/write/known-relations.js";
import { writeDocument } from "../../ingest/write/write-document.js";
import { emptyGraph, graphCounts, openTestGraph, SAMPLE_REPORT } from "../helpers/test-graph.js";

const db = openTestGraph();
let dir: string;
let contract: ReturnType<typeof buildExtractOutput>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-import-"));
  const source = await readDocument(SAMPLE_REPORT);
  contract = buildExtractOutput([{ source, extraction: extractDocument(source) }]);
  await emptyGraph(db);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

/** Runs `kg import` on the files against the test Neo4j, as a user would; resolves with its exit code and stderr. */
async function kgImport(...files: string[]): Promise<{ code: number; stderr: string }> {
  const { uri, password } = inject("neo4j");
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
  const cli = path.join(import.meta.dirname, "..", "..", "ingest", "cli.ts");
  try {
    const { stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", cli, "import", ...files], {
      env,
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const aliasesOf = async (key: string): Promise<string[]> =>
  (
    await db.driver.executeQuery(
      "MATCH (e:Entity {key: $key}) RETURN e.aliases AS aliases",
      { key },
      {
        database: db.database,
      },
    )
  ).records[0]?.get("aliases") as string[];

async function importFile(name: string, text: string): Promise<Awaited<ReturnType<typeof readImportFiles>>> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return readImportFiles([file]);
}

describe("kg import", () => {
  it("loads every typed relation of a `kg extract --json` output with its evidence sentences", async () => {
    const { rows } = await importFile("sample.json", JSON.stringify(contract, null, 2));
    expect(rows).toHaveLength(1);
    const known = knownRelations(db);
    for (const r of rows) await writeDocument(db, r, { replace: false, known });
    const { records } = await db.driver.executeQuery(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.sentences IS NOT NULL AND size(r.sentences) > 0 RETURN count(r) AS relations",
      {},
      { database: db.database },
    );
    expect(records[0]?.get("relations")).toBe(contract.relations.length);
    const evidence = await db.driver.executeQuery(
      "MATCH (:Entity)-[r:COLLABORATES_WITH]->(:Entity) UNWIND r.sentences AS k MATCH (s:Sentence {key: k}) RETURN s.text AS text LIMIT 1",
      {},
      { database: db.database },
    );
    expect(evidence.records[0]?.get("text")).toMatch(/./);
  });

  it("refuses a JSON Lines file with a bad line, naming the line, before anything is written", async () => {
    const before = await graphCounts(db);
    const bad = { ...contract, entities: [{ ...contract.entities[0], type: "Animal" }, ...contract.entities.slice(1)] };
    const error = await importFile("bad.jsonl", `${JSON.stringify(contract)}\n${JSON.stringify(bad)}\n`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).message).toMatch(/bad\.jsonl line 2: entities\.0\.type/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("refuses a relation whose endpoint is not among the entities", async () => {
    const relation = contract.relations[0];
    if (!relation) throw new Error("the sample yields relations");
    const bad = { ...contract, relations: [{ ...relation, target: "Organization:不存在" }] };
    await expect(importFile("dangling.json", JSON.stringify(bad))).rejects.toThrow(
      /entity "Organization:不存在" is not among the entities/,
    );
  });

  it("refuses an entity id with a control character, naming the field", async () => {
    const entity = contract.entities[0];
    if (!entity) throw new Error("the sample yields entities");
    const bad = {
      ...contract,
      entities: [{ ...entity, id: "Organization:政协\u001f委员会" }, ...contract.entities.slice(1)],
    };
    await expect(importFile("control.json", JSON.stringify(bad))).rejects.toThrow(
      /control\.json: entities\.0\.id: U\+001F at index 15 is a control character/,
    );
  });

  it("refuses a document date that is no calendar date, naming the line and the field, before anything is written", async () => {
    const before = await graphCounts(db);
    const document = contract.documents[0];
    if (!document) throw new Error("the sample yields a document");
    const bad = { ...contract, documents: [{ ...document, date: "9999-99-99\u001fX<script>" }] };
    await expect(importFile("date.jsonl", `${JSON.stringify(contract)}\n${JSON.stringify(bad)}\n`)).rejects.toThrow(
      /date\.jsonl line 2: documents\.0\.date: "9999-99-99\\u001fX<script>" is not YYYY-MM-DD/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it("refuses control characters in an entity name, an alias or a document title, naming the field", async () => {
    const [entity, ...rest] = contract.entities;
    const document = contract.documents[0];
    if (!entity || !document) throw new Error("the sample yields entities and a document");
    const spoiled = [
      { ...contract, entities: [{ ...entity, name: "政协\u001f委员会" }, ...rest] },
      { ...contract, entities: [{ ...entity, aliases: [...entity.aliases, "政协\u0008"] }, ...rest] },
      { ...contract, documents: [{ ...document, title: "报告\u0000" }] },
    ];
    const fields = [/entities\.0\.name: U\+001F/, /entities\.0\.aliases\.\d+: U\+0008/, /documents\.0\.title: U\+0000/];
    for (const [i, bad] of spoiled.entries())
      await expect(importFile(`control-${i}.json`, JSON.stringify(bad))).rejects.toThrow(fields[i]);
  });

  it("refuses an id that two lines of one import give different types, naming both lines", async () => {
    const entity = contract.entities.find((e) => e.type === "Organization");
    if (!entity) throw new Error("the sample yields organizations");
    const retyped = {
      ...contract,
      entities: contract.entities.map((e) => (e.id === entity.id ? { ...e, type: "Person" } : e)),
    };
    const at = contract.entities.indexOf(entity);
    await expect(
      importFile("two-types.jsonl", `${JSON.stringify(contract)}\n${JSON.stringify(retyped)}\n`),
    ).rejects.toThrow(
      `two-types.jsonl line 2: entities.${at}: "${entity.id}" has the type Person here but Organization in ${path.join(dir, "two-types.jsonl")} line 1: entities.${at}`,
    );
  });

  it("refuses, from the command line, an entity the graph holds with another type, writing nothing", async () => {
    // The sample's entities are in the graph (first test): give one of them another type and an alias of its own.
    const entity = contract.entities.find((e) => e.type === "Organization");
    if (!entity) throw new Error("the sample yields organizations");
    const retyped = {
      ...contract,
      entities: contract.entities.map((e) =>
        e.id === entity.id ? { ...e, type: "Person", aliases: [...e.aliases, "冒名"] } : e,
      ),
    };
    const batch = await importFile("retyped.json", JSON.stringify(retyped));
    await expect(assertImportFitsGraph(db, batch)).rejects.toThrow(KgError);
    const file = path.join(dir, "retyped.json");
    const before = await graphCounts(db);
    const { code, stderr } = await kgImport(file);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${file}: entities.${contract.entities.indexOf(entity)}: "${entity.id}" has the type Person here, but the graph already holds "${entity.id}" as the Organization ${entity.name}`,
    );
    expect(stderr).toContain(`give it the type Organization; if not, give it its own id, e.g. "Person:${entity.name}"`);
    expect(await graphCounts(db)).toEqual(before);
    expect(await aliasesOf(entity.id)).not.toContain("冒名");
  });

  it("lets an import through whose ids the graph holds with the same types", async () => {
    await expect(assertImportFitsGraph(db, await importFile("again.json", JSON.stringify(contract)))).resolves.toBe(
      undefined,
    );
  });
});

// `kg ingest` against bad input files on a real Neo4j: each is reported by name, the others are ingested, nothing
// stored is lost or half-written, and the exit code says that something was left out.

import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { locateDocuments } from "../../ingest/read/find-documents.js";
import { applySchema } from "../../neo4j/apply-schema.js";
import { emptyGraph, graphFingerprint, openTestGraph } from "../helpers/test-graph.js";
import { kg } from "../helpers/kg-cli.js";

const db = openTestGraph();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-bad-input-"));
  await applySchema(db);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

/** Writes `files` (name → bytes) into a fresh folder of the temporary directory and returns its path. */
async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const at = path.join(dir, name);
  await mkdir(at);
  for (const [file, bytes] of Object.entries(files)) await writeFile(path.join(at, file), bytes);
  return at;
}

async function storedPaths(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    "MATCH (d:Document) RETURN d.path AS path ORDER BY path",
    {},
    { database: db.database },
  );
  return records.map((r) => r.get("path") as string);
}

const names = (list: ReadonlyArray<{ path: string }>): string[] => list.map((f) => path.basename(f.path)).sort();

/** Documents that ingest cleanly, and the size of the one that sits exactly at the test's size limit. */
const GOOD = {
  "good.txt": "辽源市政协与吉林大学合作开展调研。",
  "at-limit.txt": "吉林省政协与长春大学签署合作协议。\n",
};
const LIMIT = Buffer.byteLength(GOOD["at-limit.txt"]);

/** The same text as UTF-16LE without a byte-order mark (Notepad's "Unicode" without one). */
const UTF16_WITHOUT_BOM = Buffer.from("通化市人民政府与白山市政协联合举办论坛。\n", "utf16le");

/** 「现在，我们从事的工作」 in UTF-8 with one stray byte: GB18030 would read it as 「鐜板湪€锛屾垜…」. */
const STRAY_BYTE = (() => {
  const bytes = Buffer.from("现在，我们从事的工作", "utf8");
  return Buffer.concat([bytes.subarray(0, 6), Buffer.from([0x80]), bytes.subarray(6)]);
})();

describe("ingest of a batch with bad files", () => {
  it("reports each bad file by name, ingests the rest (one exactly at the size limit), and writes nothing else", async () => {
    // What was stored before, and the graph it and the good files alone give.
    const earlier = await folder("earlier", { "earlier.txt": "延边州政协与延边大学共建研究基地。" });
    const good = await folder("good-only", { ...GOOD, "utf16.txt": UTF16_WITHOUT_BOM });
    // On the main thread (workers: 0) where only the result counts; the batch below goes through the worker threads.
    const ingest = async (paths: string[]) =>
      ingestDocuments(db, (await locateDocuments(paths)).files, {
        progress: SILENT_PROGRESS,
        maxDocumentBytes: LIMIT,
        workers: 0,
      });
    await emptyGraph(db);
    expect(await ingest([earlier, good])).toMatchObject({ ingested: 4, failed: [], empty: [] });
    const clean = await graphFingerprint(db);

    const batch = await folder("batch", {
      ...GOOD,
      "utf16.txt": UTF16_WITHOUT_BOM,
      "oversized.txt": `${GOOD["at-limit.txt"]} `,
      "stray-byte.txt": STRAY_BYTE,
      "empty.txt": "",
      "blank.txt": " \n\n\t",
      "sidecar-dir.txt": "四平市政协召开常委会议。",
      "sidecar-loop.txt": "松原市政协召开常委会议。",
      "sidecar-json.txt": "白城市政协召开常委会议。",
      "sidecar-json.txt.meta.json": '{"title": "报告", "date": 2021-01-11}',
    });
    await mkdir(path.join(batch, "sidecar-dir.txt.meta.json"));
    await symlink("sidecar-loop.txt.meta.json", path.join(batch, "sidecar-loop.txt.meta.json"));
    const fifo = path.join(batch, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await emptyGraph(db);
    await ingest([earlier]);
    const stored = await storedPaths();
    const files = [...(await locateDocuments([batch])).files, fifo];
    const summary = await ingestDocuments(db, files, { progress: SILENT_PROGRESS, maxDocumentBytes: LIMIT });

    expect(summary.ingested).toBe(3);
    expect(names(summary.failed)).toEqual([
      "oversized.txt",
      "pipe.txt",
      "sidecar-dir.txt",
      "sidecar-json.txt",
      "sidecar-loop.txt",
      "stray-byte.txt",
    ]);
    for (const { path: file, message } of summary.failed) expect(message).toContain(path.basename(file));
    const message = (name: string) => summary.failed.find((f) => path.basename(f.path) === name)?.message;
    expect(message("oversized.txt")).toMatch(/more than the \d+ bytes a document may be.*--max-document-size/);
    expect(message("pipe.txt")).toMatch(/named pipe \(FIFO\), not a regular file, and was not opened/);
    expect(message("sidecar-dir.txt")).toMatch(/sidecar-dir\.txt\.meta\.json \(it is a directory\)/);
    expect(message("sidecar-loop.txt")).toMatch(/sidecar-loop\.txt\.meta\.json \(ELOOP/);
    expect(message("sidecar-json.txt")).toMatch(/sidecar-json\.txt\.meta\.json is not valid JSON \(.*position/);
    expect(message("stray-byte.txt")).toMatch(/UTF-8 text with an invalid byte sequence at byte 6 \(line 1\)/);
    expect(names(summary.empty)).toEqual(["blank.txt", "empty.txt"]);
    // UTF-16 without a byte-order mark is read as text: its entities are found.
    const { records } = await db.driver.executeQuery(
      "MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity) WHERE d.path ENDS WITH 'utf16.txt' RETURN collect(DISTINCT e.name) AS names",
      {},
      { database: db.database },
    );
    expect(records[0]?.get("names")).toEqual(expect.arrayContaining(["白山市政协"]));

    // The good documents are stored, next to what was there; nothing of the bad ones is.
    expect(await storedPaths()).toEqual(
      [...stored, ...["at-limit.txt", "good.txt", "utf16.txt"].map((name) => path.join(batch, name))].sort(),
    );
    // Apart from the documents' paths, the graph is exactly the one the good files alone give.
    await db.driver.executeQuery(
      "MATCH (d:Document) WHERE d.path STARTS WITH $batch SET d.path = $good + substring(d.path, size($batch))",
      { batch, good },
      { database: db.database },
    );
    expect(await graphFingerprint(db)).toBe(clean);
  });
});

describe("kg ingest with paths that name no document", () => {
  it("reports a missing path and a glob without a match by name, ingests the valid file, and exits 1", async () => {
    await emptyGraph(db);
    const paths = await folder("cli", { "valid.txt": GOOD["good.txt"] });
    const missing = path.join(paths, "missing.txt");
    const pattern = path.join(paths, "none", "*.txt");
    const result = await kg("ingest", "--workers", "0", missing, path.join(paths, "valid.txt"), pattern);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${missing} does not exist`);
    expect(result.stderr).toContain(`the pattern ${pattern} matches no file`);
    expect(result.stderr).toMatch(/not everything named was ingested: 2 paths name no document/);
    expect(await storedPaths()).toEqual([path.join(paths, "valid.txt")]);
  });

  it("documents the size limit and the exit codes in kg ingest --help", async () => {
    const result = await kg("ingest", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--max-document-size SIZE/);
    expect(result.stdout).toMatch(/KG_MAX_DOCUMENT_SIZE/);
    expect(result.stdout).toMatch(/exit status: 0 .*; 1 /);
  });
});

// Reading a file only when it is a regular file within the size limit: FIFOs, sockets and devices are refused
// without being opened (a FIFO would wait for a writer), and an oversized file before it is read.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFile, readRegularFile, type FileFacts } from "../../../../ingest/read/document-file.js";

const dir = mkdtempSync(path.join(tmpdir(), "kg-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `stat` facts of one kind of path. */
function facts(kind: "file" | "directory" | "fifo" | "socket" | "character" | "block", size = 0): FileFacts {
  return {
    size,
    isFile: () => kind === "file",
    isDirectory: () => kind === "directory",
    isFIFO: () => kind === "fifo",
    isSocket: () => kind === "socket",
    isCharacterDevice: () => kind === "character",
    isBlockDevice: () => kind === "block",
  };
}

describe("checkFile", () => {
  it("refuses every kind of path but a regular file, saying what it is", () => {
    expect(checkFile(facts("fifo"), 100)).toEqual({ kind: "not-a-file", detail: "a named pipe (FIFO)" });
    expect(checkFile(facts("socket"), 100)).toEqual({ kind: "not-a-file", detail: "a socket" });
    expect(checkFile(facts("character"), 100)).toEqual({ kind: "not-a-file", detail: "a device" });
    expect(checkFile(facts("block"), 100)).toEqual({ kind: "not-a-file", detail: "a device" });
    expect(checkFile(facts("directory"), 100)).toEqual({ kind: "not-a-file", detail: "a directory" });
  });

  it("refuses a file one byte over the limit and takes one exactly at it", () => {
    expect(checkFile(facts("file", 101), 100)).toEqual({ kind: "too-large", size: 101, maxBytes: 100 });
    expect(checkFile(facts("file", 100), 100)).toBeUndefined();
  });
});

describe("readRegularFile", () => {
  it("refuses a named pipe without opening it, so nothing waits for a writer", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    expect(await readRegularFile(fifo, 1024)).toEqual({
      problem: { kind: "not-a-file", detail: "a named pipe (FIFO)" },
    });
  });

  it("refuses a character device such as /dev/zero, which would never end", async () => {
    expect(await readRegularFile("/dev/zero", 1024)).toEqual({ problem: { kind: "not-a-file", detail: "a device" } });
  });

  it("refuses an oversized file by its size, and reads one at the limit", async () => {
    const file = path.join(dir, "eleven.txt");
    writeFileSync(file, "0123456789\n");
    expect(await readRegularFile(file, 10)).toEqual({ problem: { kind: "too-large", size: 11, maxBytes: 10 } });
    expect(await readRegularFile(file, 11)).toEqual({ bytes: Buffer.from("0123456789\n") });
  });

  it("tells a missing path from a directory", async () => {
    const missing = await readRegularFile(path.join(dir, "missing.txt"), 10);
    expect(missing).toMatchObject({ problem: { kind: "missing" } });
    mkdirSync(path.join(dir, "folder.txt"));
    expect(await readRegularFile(path.join(dir, "folder.txt"), 10)).toEqual({
      problem: { kind: "not-a-file", detail: "a directory" },
    });
  });
});

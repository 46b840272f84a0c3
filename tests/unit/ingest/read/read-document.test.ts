// Reading a document file: refusals that name it (binary, undecodable, empty, too large, not a regular file), encodings, HTML.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import { htmlToText, readDocument } from "../../../../ingest/read/read-document.js";

const dir = mkdtempSync(path.join(tmpdir(), "kg-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const full = path.join(dir, name);
  writeFileSync(full, bytes);
  return full;
}

const TEXT = "政协辽源市委员会工作报告\n与长春大学合作。";

function utf16(text: string, bigEndian: boolean): Buffer {
  const body = Buffer.from(text, "utf16le");
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

describe("readDocument", () => {
  it("refuses a binary file and names it", async () => {
    const bad = file(
      "image.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await expect(readDocument(bad)).rejects.toThrow(KgError);
    await expect(readDocument(bad)).rejects.toThrow(bad);
  });

  it("refuses bytes that no supported encoding decodes and names the file", async () => {
    const bad = file("garbage.txt", Buffer.from([0x41, 0xff, 0xff, 0x42, 0x80, 0x43]));
    await expect(readDocument(bad)).rejects.toThrow(/cannot decode .*garbage\.txt/);
  });

  it("refuses a UTF-16 byte-order mark followed by broken UTF-16 and names the file", async () => {
    const bad = file("broken-utf16.txt", Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    await expect(readDocument(bad)).rejects.toThrow(/broken-utf16\.txt/);
  });

  it("refuses a UTF-8 byte-order mark followed by invalid UTF-8 and names the file", async () => {
    const bad = file("broken-utf8.txt", Buffer.from([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0x41]));
    await expect(readDocument(bad)).rejects.toThrow(/broken-utf8\.txt/);
  });

  it("refuses an empty file, and one of only whitespace or markup, as empty (skipped, not failed) and names it", async () => {
    for (const [name, bytes] of [
      ["zero.txt", ""],
      ["blank.txt", " \n\t\r\n　"],
      ["bare.html", "<html><head><title>t</title></head><body><script>x()</script></body></html>"],
    ] as const) {
      const empty = file(name, bytes);
      const refusal = await readDocument(empty).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(KgError);
      expect((refusal as KgError).code).toBe("empty");
      expect((refusal as KgError).message).toContain(empty);
    }
    await expect(readDocument(file("zero.txt", ""))).rejects.toThrow(/zero\.txt is empty \(0 bytes\); skipped/);
  });

  it("refuses a document over the size limit before reading it, naming the limit and the setting that raises it", async () => {
    const text = file("limit.txt", TEXT);
    const size = Buffer.byteLength(TEXT);
    expect((await readDocument(text, { maxBytes: size })).text).toBe(TEXT);
    await expect(readDocument(text, { maxBytes: size - 1 })).rejects.toThrow(
      new RegExp(
        `limit\\.txt is ${size} bytes, more than the ${size - 1} bytes a document may be.*--max-document-size \\(or KG_MAX_DOCUMENT_SIZE\\)`,
      ),
    );
  });

  it("refuses a named pipe without waiting for a writer, and a directory, naming them", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(readDocument(fifo)).rejects.toThrow(
      /pipe\.txt is a named pipe \(FIFO\), not a regular file, and was not opened/,
    );
    await expect(readDocument(dir)).rejects.toThrow(/is a directory, not a regular file/);
  });

  it("refuses a missing file with a KgError", async () => {
    await expect(readDocument(path.join(dir, "missing.txt"))).rejects.toThrow(KgError);
  });

  it("reads UTF-8 with and without a byte-order mark", async () => {
    expect((await readDocument(file("plain.txt", TEXT))).text).toBe(TEXT);
    const bom = await readDocument(
      file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])),
    );
    expect(bom.text).toBe(TEXT);
  });

  it("reads UTF-16 little- and big-endian with a byte-order mark", async () => {
    expect((await readDocument(file("le.txt", utf16(TEXT, false)))).text).toBe(TEXT);
    expect((await readDocument(file("be.txt", utf16(TEXT, true)))).text).toBe(TEXT);
  });

  it("reads GB18030/GBK text that declares no encoding", async () => {
    // GBK bytes of "政协工作报告，辽源市。"
    const gbk = Buffer.from("d5fed0adb9a4d7f7b1a8b8e6a3acc1c9d4b4cad0a1a3", "hex");
    expect((await readDocument(file("gbk.txt", gbk))).text).toBe("政协工作报告，辽源市。");
  });

  it("keys a document by the sha256 of its raw bytes", async () => {
    const document = await readDocument(file("key.txt", TEXT));
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await readDocument(file("key-le.txt", utf16(TEXT, false)))).sha256).not.toBe(document.sha256);
  });

  it("reads the text of an HTML page without its scripts and styles", async () => {
    const html =
      "<!doctype html><html><head><title>t</title><style>p{}</style></head><body><script>var x = 1;</script><p>政协&amp;人大</p><div>第二段&#12290;</div></body></html>";
    const document = await readDocument(file("page.html", html));
    expect(document.text).toBe("政协&人大\n\n第二段。");
    expect(htmlToText("<p>a</p><br><p>b</p>")).toBe("a\n\nb");
  });
});

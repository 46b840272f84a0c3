// Expanding the paths given to `kg ingest`: a missing path, a glob without a match or a directory without documents
// is reported by name and the documents the other paths name are still found.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import { findDocuments, locateDocuments } from "../../../../ingest/read/find-documents.js";

const dir = mkdtempSync(path.join(tmpdir(), "kg-find-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, "a.txt"), "甲");
writeFileSync(path.join(dir, "a.txt.meta.json"), "{}");
mkdirSync(path.join(dir, "reports"));
writeFileSync(path.join(dir, "reports", "b.md"), "乙");
mkdirSync(path.join(dir, "images"));
writeFileSync(path.join(dir, "images", "c.png"), "");

describe("locateDocuments", () => {
  it("reports a missing path, an empty glob and a directory without documents by name, and keeps the rest", async () => {
    const missing = path.join(dir, "missing.txt");
    const pattern = path.join(dir, "nothing", "*.txt");
    const images = path.join(dir, "images");
    const located = await locateDocuments([
      missing,
      path.join(dir, "a.txt"),
      pattern,
      images,
      path.join(dir, "reports"),
    ]);
    expect(located.files).toEqual([path.join(dir, "a.txt"), path.join(dir, "reports", "b.md")]);
    expect(located.unmatched.map((u) => u.path)).toEqual([missing, pattern, images]);
    expect(located.unmatched[0]?.message).toMatch(/missing\.txt does not exist/);
    expect(located.unmatched[1]?.message).toMatch(/the pattern .*\*\.txt matches no file/);
    expect(located.unmatched[2]?.message).toMatch(/the directory .*images holds no documents/);
  });

  it("counts a glob that matches only sidecars as matching nothing", async () => {
    const located = await locateDocuments([path.join(dir, "*.json")]);
    expect(located.files).toEqual([]);
    expect(located.unmatched).toHaveLength(1);
  });

  it("findDocuments, for callers that need every path, throws on the first that names none", async () => {
    await expect(findDocuments([path.join(dir, "a.txt"), path.join(dir, "gone")])).rejects.toThrow(KgError);
    expect(await findDocuments([path.join(dir, "*.txt")])).toEqual([path.join(dir, "a.txt")]);
  });
});

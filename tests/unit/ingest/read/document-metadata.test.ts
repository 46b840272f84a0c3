// Document metadata: sidecar files and --date checked with errors that name the file or flag; layers merged in order.

import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import { mergeMetadata, parseSidecar, readSidecar, validateDate } from "../../../../ingest/read/document-metadata.js";

const dir = mkdtempSync(path.join(tmpdir(), "kg-sidecar-"));
// Open to others, so that the mode-000 test can run as nobody when the tests run as root.
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A document path in the temporary directory (the document itself need not exist for its sidecar to be read). */
const documentPath = (name: string): string => path.join(dir, name);

/** Root reads a mode-000 file: as root, the sidecar is read by a child process running as nobody instead. */
const NOBODY = 65534;

/** The message readSidecar gives for `file`, read by this process or, when it runs as root, by nobody. */
async function sidecarRefusal(file: string): Promise<string> {
  if (process.getuid?.() !== 0) return ((await readSidecar(file).catch((error: unknown) => error)) as Error).message;
  const script = path.join(dir, "read-sidecar.mjs");
  const module = pathToFileURL(path.join(import.meta.dirname, "../../../../ingest/read/document-metadata.ts")).href;
  writeFileSync(
    script,
    `const { readSidecar } = await import(${JSON.stringify(module)});\n` +
      `await readSidecar(${JSON.stringify(file)}).then(() => console.log("read"), (e) => console.log(e.message));\n`,
  );
  chmodSync(script, 0o644);
  return execFileSync(process.execPath, ["--import", "tsx", script], { uid: NOBODY, gid: NOBODY, encoding: "utf8" });
}

describe("document metadata", () => {
  it("refuses a sidecar that is not JSON, naming the file, where it fails and that its document was not ingested", () => {
    expect(() => parseSidecar("{title:", "/c/a.txt.meta.json")).toThrow(KgError);
    expect(() => parseSidecar("{title:", "/c/a.txt.meta.json")).toThrow(
      /\/c\/a\.txt\.meta\.json is not valid JSON \(.*position 1.*\); fix or remove it\. The document it describes was not ingested/,
    );
  });

  it("refuses a sidecar that is a directory, naming it and its document, instead of crashing", async () => {
    mkdirSync(documentPath("folder.txt.meta.json"));
    await expect(readSidecar(documentPath("folder.txt"))).rejects.toThrow(KgError);
    await expect(readSidecar(documentPath("folder.txt"))).rejects.toThrow(
      /cannot read the sidecar .*folder\.txt\.meta\.json \(it is a directory\)\. .*folder\.txt was not ingested/,
    );
  });

  it("refuses a sidecar that cannot be opened (a symbolic link to itself), with the system's reason", async () => {
    symlinkSync("loop.txt.meta.json", documentPath("loop.txt.meta.json"));
    await expect(readSidecar(documentPath("loop.txt"))).rejects.toThrow(
      /cannot read the sidecar .*loop\.txt\.meta\.json \(ELOOP/,
    );
  });

  it("refuses a sidecar without read permission (mode 000), naming it", async () => {
    writeFileSync(documentPath("locked.txt.meta.json"), "{}");
    chmodSync(documentPath("locked.txt.meta.json"), 0o000);
    expect(await sidecarRefusal(documentPath("locked.txt"))).toMatch(
      /cannot read the sidecar .*locked\.txt\.meta\.json \(EACCES: permission denied/,
    );
  });

  it("refuses a sidecar far larger than a few fields, and reads none when there is none", async () => {
    writeFileSync(documentPath("huge.txt.meta.json"), `{"title": "${"x".repeat(100_000)}"}`);
    await expect(readSidecar(documentPath("huge.txt"))).rejects.toThrow(/huge\.txt\.meta\.json \(it is 100,013 bytes/);
    expect(await readSidecar(documentPath("none.txt"))).toEqual({});
  });

  it("refuses unknown keys, non-string values and bad dates in a sidecar", () => {
    expect(() => parseSidecar('{"author": "x"}', "s.json")).toThrow(/unknown key "author"/);
    expect(() => parseSidecar('{"title": 3}', "s.json")).toThrow(/"title" must be a string/);
    expect(() => parseSidecar('{"date": "11/01/2021"}', "s.json")).toThrow(
      /s\.json: date "11\/01\/2021" is not YYYY-MM-DD/,
    );
    expect(() => parseSidecar("[]", "s.json")).toThrow(/must hold a JSON object/);
  });

  it("accepts full and partial ISO dates and refuses impossible months and days", () => {
    expect(validateDate("2021-01-11", "--date")).toBe("2021-01-11");
    expect(validateDate("2021-01", "--date")).toBe("2021-01");
    expect(validateDate("2021", "--date")).toBe("2021");
    expect(() => validateDate("2021-13-01", "--date")).toThrow(/--date: date "2021-13-01"/);
    expect(() => validateDate("2021-02-30", "--date")).toThrow(/--date: date "2021-02-30" is not YYYY-MM-DD/);
  });

  it("reads title, date and source from a sidecar", () => {
    expect(
      parseSidecar('{"title": " 报告 ", "date": "2021-01-11", "source": "https://example.org"}', "s.json"),
    ).toEqual({
      title: "报告",
      date: "2021-01-11",
      source: "https://example.org",
    });
  });

  it("lets the first layer that gives a field win", () => {
    expect(mergeMetadata({ date: "2022" }, { date: "2021-01-11", title: "T" }, { source: "S", title: "X" })).toEqual({
      date: "2022",
      title: "T",
      source: "S",
    });
  });
});

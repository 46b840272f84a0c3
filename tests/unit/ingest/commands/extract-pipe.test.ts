// `kg extract --json` piped into another process: the whole output arrives, however slowly the reader takes it.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "kg-pipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CITIES = ["长春", "吉林", "四平", "通化", "白山", "松原", "白城", "延吉"];
const UNITS = ["大学", "医院", "研究院", "博物馆"];

/** A made-up report with many bodies, projects and stated collaborations, so that its JSON runs to megabytes. */
function bigReport(paragraphs: number): string {
  const lines = ["某市人民政府工作报告", ""];
  for (let i = 0; i < paragraphs; i += 1) {
    const a = `${CITIES[i % CITIES.length]}${UNITS[i % UNITS.length]}`;
    const b = `${CITIES[(i + 3) % CITIES.length]}市人民政府`;
    lines.push(`${a}与${b}联合实施“第${i}号数据共享工程”，${CITIES[(i + 5) % CITIES.length]}市政协积极参与调研。`);
  }
  return lines.join("\n");
}

/** Reads its stdin only after a pause, then reports how many bytes came and whether they parse as one JSON value. */
const SLOW_READER = `
setTimeout(() => {
  const chunks = [];
  process.stdin.on("data", (c) => chunks.push(c));
  process.stdin.on("end", () => {
    const text = Buffer.concat(chunks).toString("utf8");
    let documents = -1;
    try { documents = JSON.parse(text).documents.length; } catch {}
    process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), documents }));
  });
}, 500);
`;

function runPipeline(command: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

describe("kg extract --json through a pipe", () => {
  it("delivers several megabytes whole to a slow reader, and the JSON parses", async () => {
    const file = path.join(dir, "big-report.txt");
    writeFileSync(file, bigReport(600));
    const copies = 2;
    const files = Array.from({ length: copies }, () => JSON.stringify(file)).join(" ");
    const reader = path.join(dir, "slow-reader.cjs");
    writeFileSync(reader, SLOW_READER);
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const { stdout, stderr, code } = await runPipeline(
      `${JSON.stringify(tsx)} ingest/cli.ts extract ${files} --json | node ${JSON.stringify(reader)}`,
    );
    expect(code, stderr).toBe(0);
    const received = JSON.parse(stdout) as { bytes: number; documents: number };
    expect(received.bytes).toBeGreaterThan(3_000_000);
    expect(received.documents).toBe(copies);
  });

  it("ends quietly with code 0 when the reader stops early", async () => {
    const file = path.join(dir, "report.txt");
    writeFileSync(file, bigReport(300));
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const status = path.join(dir, "status");
    const { stdout, stderr } = await runPipeline(
      `{ ${JSON.stringify(tsx)} ingest/cli.ts extract ${JSON.stringify(file)} --json; echo $? > ${JSON.stringify(status)}; } | head -c 64`,
    );
    expect(stdout).toHaveLength(64);
    expect(stderr).toBe("");
    expect(readFileSync(status, "utf8").trim()).toBe("0");
  });
});

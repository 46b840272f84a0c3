// `npm start` failing for a reason the user can fix: a short message, no stack trace, a non-zero exit.

import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";

const ROOT = path.join(import.meta.dirname, "..", "..");

function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("npm start", () => {
  it("exits non-zero with a clear message when NEO4J_URI points where nothing listens", async () => {
    const port = await freePort();
    const { code, stderr } = await runServer({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: "irrelevant",
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot reach NEO4J_URI at bolt://127.0.0.1:${port}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits non-zero naming the variable when PORT is not a port", async () => {
    const { code, stderr } = await runServer({ PORT: "not-a-port" });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT="not-a-port"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

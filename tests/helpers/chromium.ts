// Launches Debian's Chromium through playwright-core (never a downloaded browser), or says why it cannot.

import { existsSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
}

export const NO_CHROMIUM_MESSAGE =
  "e2e: skipped: no Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium). Install it with `apt-get install -y chromium` (Debian) to run the browser tests.";

/**
 * Starts headless Chromium with a fresh profile (its --user-data-dir); `close` also removes the profile. `extraArgs`
 * go on its command line (e.g. --host-resolver-rules, to reach a server under a made-up host name).
 */
export async function launchChromium(
  executablePath: string,
  extraArgs: readonly string[] = [],
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    viewport: { width: 1280, height: 800 },
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

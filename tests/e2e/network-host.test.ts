// The explorer reached by a network name, as with HOST=0.0.0.0: Chromium maps made-up names to 127.0.0.1, so the page
// is a plain-http, non-loopback origin; the allowed name loads the whole graph and another name is refused.

import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, SerializedEntityGraph } from "../../common/api.js";
import { launchChromium } from "../helpers/chromium.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";
import { ARTIFACTS, openExplorer, screenshot, SLOW } from "./explorer-page.js";
import { chromiumPath } from "./explorer-suite.js";

/** The name the server is configured for (ALLOWED_HOSTS) and one it is not: both resolve to 127.0.0.1 in Chromium. */
const ALLOWED_NAME = "kg-explorer.test";
const OTHER_NAME = "rebound.test";

describe.skipIf(!chromiumPath)("explorer page under a network host name", () => {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  /** The server's address with the loopback address replaced by `name`, e.g. http://kg-explorer.test:41234. */
  const urlAt = (name: string): string => server.url.replace("127.0.0.1", name);

  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db, { allowedHosts: [ALLOWED_NAME] });
    browser = await launchChromium(chromiumPath as string, [`--host-resolver-rules=MAP *.test 127.0.0.1`]);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  });

  it("refuses a host name it was not given with a 403 that names ALLOWED_HOSTS, in the browser too", async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${urlAt(OTHER_NAME)}/api/stats`);
    expect(response?.status()).toBe(403);
    const body = JSON.parse(await page.locator("body").innerText()) as ApiError;
    expect(body.error.code).toBe("host-not-allowed");
    expect(body.error.message).toContain(`"${OTHER_NAME}"`);
    expect(body.error.message).toContain("ALLOWED_HOSTS");
    await page.close();
  });

  it("loads the graph over plain http under the allowed name, with no console error and no https upgrade", async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const documentHeaders = page
      .waitForResponse((response) => response.request().resourceType() === "document")
      .then((response) => response.headers());

    await openExplorer(page, urlAt(ALLOWED_NAME), "lang=zh");
    const overview = (await (
      await fetch(`${server.url}/api/overview?view=auto&limit=1000&measure=degree`)
    ).json()) as SerializedEntityGraph;
    expect(overview.nodes.length).toBeGreaterThan(10);
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: SLOW })
      .toContain(`${overview.nodes.length} 个实体`);
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(overview.nodes.length);
    await screenshot(page, "network-host");

    const headers = await documentHeaders;
    expect(headers["content-security-policy"]).toContain("script-src 'self'");
    expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(requested.filter((url) => !url.startsWith(urlAt(ALLOWED_NAME)))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

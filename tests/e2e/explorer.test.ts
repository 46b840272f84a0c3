// The explorer in real headless Chromium: the sample graph loads and sigma renders its nodes.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../server/api-types.js";
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE } from "../helpers/chromium.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";

const ARTIFACTS = path.join(import.meta.dirname, "..", "..", "test-artifacts");
const chromiumPath = findChromium();
if (!chromiumPath) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!chromiumPath)("explorer page", () => {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db);
    browser = await launchChromium(chromiumPath as string);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  });

  it("renders every entity of the sample graph with sigma", async () => {
    const api = (await (await fetch(`${server.url}/api/graph`)).json()) as SerializedEntityGraph;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector("body[data-rendered-nodes]", { timeout: 30_000 });

    const rendered = await page.evaluate(() => Number(document.body.dataset.renderedNodes));
    expect(rendered).toBe(api.nodes.length);
    expect(rendered).toBeGreaterThan(10);
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${api.nodes.length} 个实体`);
    // sigma draws nodes into WebGL canvases and labels into a 2D one: all must be in the page.
    expect(await page.locator("#graph canvas").count()).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(4500); // let ForceAtlas2 settle before the screenshot
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-sample-graph.png") });
    expect(errors).toEqual([]);
  });
});

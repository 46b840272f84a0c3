// Exports of the view and links that reopen it, in real headless Chromium.

import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../common/api.js";
import { openExplorer, screenshot, searchAndPick, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: export and links", () => {
  const suite = useExplorerSuite();

  it("9. exports the view as PNG, GEXF, GraphML, CSV and JSON, and a link reopens the same view", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en&hideTypes=Place");
    await waitForLayoutToStop(page);
    const visible = suite.overview.nodes.filter((n) => n.attributes.entityType !== "Place");
    const download = async (format: string): Promise<{ name: string; bytes: Buffer }> => {
      const [file] = await Promise.all([
        page.waitForEvent("download", { timeout: SLOW }),
        page.click(`button[data-export=${format}]`),
      ]);
      const saved = await file.path();
      return { name: file.suggestedFilename(), bytes: await readFile(saved) };
    };

    const png = await download("png");
    expect(png.name).toBe("kg-explorer-view.png");
    expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
    const gexf = (await download("gexf")).bytes.toString("utf8");
    expect(gexf).toContain("<gexf");
    expect((gexf.match(/<node /g) ?? []).length).toBe(visible.length);
    expect(gexf).toContain(visible[0]?.attributes.label as string);
    const graphml = (await download("graphml")).bytes.toString("utf8");
    expect(graphml).toContain("<graphml");
    expect((graphml.match(/<node /g) ?? []).length).toBe(visible.length);
    const csv = (await download("csvNodes")).bytes.toString("utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(visible.length + 1);
    expect((await download("csvEdges")).name).toBe("kg-explorer-view.edges.csv");
    const json = JSON.parse((await download("json")).bytes.toString("utf8")) as SerializedEntityGraph;
    expect(json.nodes).toHaveLength(visible.length);
    expect(json.nodes.every((n) => n.attributes.entityType !== "Place")).toBe(true);

    // The view's state is in the URL: selection, filters, analysis, camera and language come back from a link.
    await searchAndPick(page, suite.hub.name, suite.hub.key);
    await page.selectOption("#analysis-color", "community");
    await page.waitForSelector("#graph[data-analysis=done][data-color-by=community]", { timeout: SLOW });
    await expect.poll(() => new URL(page.url()).searchParams.get("camera")).not.toBeNull();
    const link = new URL(page.url());
    await screenshot(page, "9-before-link");

    const { page: again } = await suite.newPage();
    await again.goto(link.toString());
    await again.waitForSelector(`#panel[data-entity="${suite.hub.key}"] h2`, { timeout: SLOW });
    expect(await again.locator("#panel h2").textContent()).toBe(suite.hub.name);
    expect(await again.locator("input[name=filter-type][value=Place]").isChecked()).toBe(false);
    expect(await again.locator("#analysis-color").inputValue()).toBe("community");
    expect(await again.locator("#search-input").getAttribute("placeholder")).toMatch(/Name or alias/);
    const camera = link.searchParams.get("camera");
    await expect.poll(() => new URL(again.url()).searchParams.get("camera")).toBe(camera);
    await screenshot(again, "9-link-reopened");
    expect(errors).toEqual([]);
  });
});

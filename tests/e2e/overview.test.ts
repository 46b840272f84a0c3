// The explorer's overview in real headless Chromium: drawing and layout, the URL's overview request, the communities view.

import { describe, expect, it } from "vitest";
import type { SerializedCommunityGraph, SerializedEntityGraph } from "../../common/api.js";
import {
  nodePosition,
  openExplorer,
  paintedPixels,
  screenshot,
  searchAndPick,
  runLayoutAndWait,
  SLOW,
  waitForLayoutToStop,
} from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: overview", () => {
  const suite = useExplorerSuite();

  it("1. shows the overview coloured by type with a legend, laid out by ForceAtlas2 that stops by itself and runs again", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");

    const rendered = await page.evaluate(() => Number(document.body.dataset.renderedNodes));
    expect(rendered).toBe(suite.overview.nodes.length);
    expect(rendered).toBeGreaterThan(10);
    expect(await page.evaluate(() => performance.getEntriesByName("kg:first-frame").length)).toBe(1);
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${suite.overview.nodes.length} 个实体`);
    // sigma draws nodes and edges into WebGL canvases and labels into 2D ones: all are in the page.
    expect(await page.locator("#graph canvas").count()).toBeGreaterThanOrEqual(3);
    // The legend names every entity type in view with its count.
    const types = new Set(suite.overview.nodes.map((n) => n.attributes.entityType));
    expect(await page.locator("#legend li[data-type]").count()).toBe(types.size);
    expect(await page.locator("#legend li[data-type=Organization]").textContent()).toContain("机构");

    await waitForLayoutToStop(page);
    await expect.poll(() => page.locator("#layout-toggle").textContent()).toBe("重新布局");
    await runLayoutAndWait(page);
    // Labels are drawn: the label layer has painted pixels (Chinese names with a halo).
    expect(await paintedPixels(page, "labels")).toBeGreaterThan(500);
    await screenshot(page, "1-overview");

    // The interface switches to English and back; the choice goes into the URL.
    await page.click("#language");
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${suite.overview.nodes.length} entities`);
    expect(await page.locator("#search-input").getAttribute("placeholder")).toMatch(/Name or alias/);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.click("#language");
    await expect.poll(() => page.locator("label[for=search-input]").textContent()).toBe("搜索实体");
    expect(errors).toEqual([]);
  });

  it("10. reads view, limit and measure from the URL for its overview request, and says that an unknown entity is not in the graph", async () => {
    const { page, errors } = await suite.newPage();
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/overview")) requests.push(request.url());
    });
    await openExplorer(page, suite.url, "view=entities&limit=25&measure=weightedDegree");
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(25);
    const asked = new URL(requests[0] as string).searchParams;
    expect([asked.get("view"), asked.get("limit"), asked.get("measure")]).toEqual(["entities", "25", "weightedDegree"]);

    // A link to an entity that does not exist: the interface says so in its language, the page keeps working.
    const { page: missing } = await suite.newPage();
    await openExplorer(missing, suite.url, `lang=en&entity=${encodeURIComponent("Organization:没有这个机构")}`);
    await missing.waitForSelector("#notice.error", { timeout: SLOW });
    expect(await missing.locator("#notice").textContent()).toMatch(/^This entity is not in the graph/);
    expect(await missing.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(suite.overview.nodes.length);
    await screenshot(missing, "10-error");
    expect(errors).toEqual([]);
  });

  it("11. draws the communities view of a graph larger than the limit and drills into a community and back", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en&limit=20");
    const communities = await suite.api<SerializedCommunityGraph>("/api/overview?limit=20&measure=degree");
    expect(communities.attributes.view).toBe("communities");
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(communities.nodes.length);
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${communities.nodes.length} communities`);
    await waitForLayoutToStop(page);
    await screenshot(page, "11-communities");

    const biggest = [...communities.nodes].sort(
      (a, b) => b.attributes.members - a.attributes.members,
    )[0] as SerializedCommunityGraph["nodes"][number];
    const p = await nodePosition(page, biggest.key);
    expect(p).not.toBeNull();
    await page.mouse.click((p as { x: number }).x, (p as { y: number }).y);
    await page.waitForSelector("#breadcrumb-back", { timeout: SLOW });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("community"))
      .toBe(String(biggest.attributes.community));
    const members = await suite.api<SerializedEntityGraph>(
      `/api/overview?view=entities&limit=20&measure=degree&community=${biggest.attributes.community}`,
    );
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)))
      .toBe(members.nodes.length);
    expect(await page.locator("#breadcrumb").textContent()).toContain(biggest.attributes.label);
    await waitForLayoutToStop(page);
    await screenshot(page, "11-community-drilled");

    await page.click("#breadcrumb-back");
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)))
      .toBe(communities.nodes.length);
    expect(new URL(page.url()).searchParams.get("community")).toBeNull();

    // Searching from the communities view switches to the entities view and opens the entity there.
    await searchAndPick(page, suite.hub.name, suite.hub.key);
    expect(new URL(page.url()).searchParams.get("view")).toBe("entities");
    await expect.poll(() => page.locator("#status").textContent()).toContain("entities");
    expect(errors).toEqual([]);
  });
});

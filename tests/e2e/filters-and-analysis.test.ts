// Expanding and collapsing, live filters and the in-browser analysis in real headless Chromium.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../common/api.js";
import { nodePosition, openExplorer, screenshot, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: filters and analysis", () => {
  const suite = useExplorerSuite();

  it("5. expands a node's neighbours by double-click, collapses them again, and filters live", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en&view=entities&limit=15");
    await waitForLayoutToStop(page);
    const top = await suite.api<SerializedEntityGraph>("/api/overview?view=entities&limit=15&measure=degree");
    const inView = new Set(top.nodes.map((n) => n.key));
    // An entity in view with neighbours outside it.
    let center = "";
    let neighbourhood: SerializedEntityGraph | null = null;
    for (const n of top.nodes) {
      const around = await suite.api<SerializedEntityGraph>(
        `/api/entities/${encodeURIComponent(n.key)}/neighborhood?depth=1&limit=150`,
      );
      if (around.nodes.some((m) => !inView.has(m.key))) {
        center = n.key;
        neighbourhood = around;
        break;
      }
    }
    expect(neighbourhood).not.toBeNull();
    const expected = new Set([...inView, ...(neighbourhood as SerializedEntityGraph).nodes.map((n) => n.key)]).size;

    const p = await nodePosition(page, center);
    expect(p).not.toBeNull();
    await page.mouse.dblclick((p as { x: number }).x, (p as { y: number }).y);
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)), { timeout: SLOW })
      .toBe(expected);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([center]);
    await page.waitForSelector(`#panel[data-entity="${center}"] button[data-action=collapse]`, { timeout: SLOW });
    await screenshot(page, "5-expanded");

    await page.click("#panel button[data-action=collapse]");
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)), { timeout: SLOW })
      .toBe(top.nodes.length);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([]);
    await page.keyboard.press("Escape");

    // Filters: hide a type, then co-occurrence, then raise the minimum weight; nodes hide without a new layout.
    const hidden = top.nodes[0]?.attributes.entityType as string;
    const ofType = top.nodes.filter((n) => n.attributes.entityType === hidden).length;
    await page.locator(`input[name=filter-type][value=${hidden}]`).uncheck();
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes))
      .toBe(String(top.nodes.length - ofType));
    expect(new URL(page.url()).searchParams.get("hideTypes")).toBe(hidden);
    expect(await page.locator("#graph").getAttribute("data-layout")).toBe("stopped");
    await page.locator("input[name=filter-relation][value=CO_OCCURS]").uncheck();
    expect(new URL(page.url()).searchParams.get("hideRelations")).toBe("CO_OCCURS");
    await page.locator("#filter-min-weight").fill("2");
    await expect.poll(() => new URL(page.url()).searchParams.get("minWeight")).toBe("2");
    await screenshot(page, "5-filtered");
    await page.click("#filter-reset");
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes))
      .toBe(String(top.nodes.length));

    // Dates: every relation of the sample report dates from 2021-01-11, so a range from 2022 leaves no relation in
    // view (and no node that only they held), and one that covers 2021 keeps them all.
    const visibleEdges = () => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleEdges);
    const allEdges = await visibleEdges();
    expect(Number(allEdges)).toBeGreaterThan(0);
    expect(await page.locator("#filter-date-from").isDisabled()).toBe(false);
    await page.locator("#filter-date-from").fill("2022");
    await page.locator("#filter-date-from").dispatchEvent("change");
    await expect.poll(() => new URL(page.url()).searchParams.get("dateFrom")).toBe("2022");
    await expect.poll(visibleEdges).toBe("0");
    await page.locator("#filter-date-from").fill("2021-01");
    await page.locator("#filter-date-from").dispatchEvent("change");
    await expect.poll(visibleEdges).toBe(allEdges);
    await screenshot(page, "5-dated");
    await page.click("#filter-reset");
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes))
      .toBe(String(top.nodes.length));
    expect(new URL(page.url()).searchParams.get("hideTypes")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("8. colours by Louvain community and sizes by PageRank or betweenness, computed in the browser", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    await page.selectOption("#analysis-color", "community");
    await page.waitForSelector("#graph[data-analysis=done][data-color-by=community]", { timeout: SLOW });
    const communities = await page.locator("#legend li[data-community]").count();
    expect(communities).toBeGreaterThan(1);
    expect(await page.locator("#legend li[data-community]").first().textContent()).toContain("Community 1");
    await page.selectOption("#analysis-size", "pagerank");
    await page.waitForSelector("#graph[data-analysis=done][data-size-by=pagerank]", { timeout: SLOW });
    await page.selectOption("#analysis-size", "betweenness");
    await page.waitForSelector("#graph[data-analysis=done][data-size-by=betweenness]", { timeout: SLOW });
    const url = new URL(page.url());
    expect(url.searchParams.get("color")).toBe("community");
    expect(url.searchParams.get("size")).toBe("betweenness");
    await waitForLayoutToStop(page);
    await screenshot(page, "8-analysis");
    expect(errors).toEqual([]);
  });
});

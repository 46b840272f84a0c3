// Shared links that reopen the view they were copied from, counts that follow the filters, and smaller fixes (issue 22).

import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: links and counts", () => {
  const suite = useExplorerSuite();

  it("6. the header and the legend count what the type and relation filters leave in view", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    await waitForLayoutToStop(page);
    const { nodes, edges } = suite.overview;
    expect(await page.locator("#status").textContent()).toBe(
      `${nodes.length} entities · ${edges.length} relations`,
    );

    await page.uncheck("input[name=filter-type][value=Place]");
    await page.uncheck("input[name=filter-relation][value=CO_OCCURS]");
    const types = new Map(nodes.map((n) => [n.key, n.attributes.entityType]));
    const shownNodes = nodes.filter((n) => n.attributes.entityType !== "Place").length;
    const shownEdges = edges.filter(
      (e) =>
        e.attributes.relation !== "CO_OCCURS" && types.get(e.source) !== "Place" && types.get(e.target) !== "Place",
    ).length;
    expect(shownNodes).toBeLessThan(nodes.length);
    expect(shownEdges).toBeLessThan(edges.length);
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: SLOW })
      .toBe(`${shownNodes} of ${nodes.length} entities shown · ${shownEdges} of ${edges.length} relations shown`);
    // The same numbers as the drawing's own signals, which count with the reducers' predicates.
    expect(Number(await page.locator("#graph").getAttribute("data-visible-nodes"))).toBe(shownNodes);
    expect(Number(await page.locator("#graph").getAttribute("data-visible-edges"))).toBe(shownEdges);
    const places = nodes.length - shownNodes;
    expect(await page.locator("#legend li[data-type=Place] .muted").textContent()).toBe(`0 of ${places}`);
    const organizations = nodes.filter((n) => n.attributes.entityType === "Organization").length;
    expect(await page.locator("#legend li[data-type=Organization] .muted").textContent()).toBe(String(organizations));
    await screenshot(page, "links-6-filtered-counts");

    await page.click("#language");
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: SLOW })
      .toBe(`显示 ${shownNodes} / ${nodes.length} 个实体 · ${shownEdges} / ${edges.length} 条关系`);
    expect(errors).toEqual([]);
  });

  it("10b. outdated search hits are disabled the moment the query changes, and a click on one opens nothing", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");
    await page.fill("#search-input", "政协");
    await page.waitForSelector("#search-results li[role=option]", { timeout: SLOW });
    expect(await page.locator("#search-results li[role=option][aria-disabled=true]").count()).toBe(0);

    // Type more and click the first old hit in the same task, long before the debounced request could answer.
    const clicked = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#search-input") as HTMLInputElement;
      input.value += "不存在的机构";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const old = document.querySelector<HTMLElement>("#search-results li[role=option]") as HTMLElement;
      const state = {
        key: old.dataset.entity ?? "",
        disabled: old.getAttribute("aria-disabled"),
        stale: document.querySelector("#search-results")?.classList.contains("stale") ?? false,
        pointer: getComputedStyle(old).pointerEvents,
      };
      old.click();
      return state;
    });
    expect(clicked).toMatchObject({ disabled: "true", stale: true, pointer: "none" });
    // The new answer replaces the list; the old hit was never opened.
    await page.waitForSelector("#search-results[aria-busy=false]", { state: "attached", timeout: SLOW });
    await page.waitForTimeout(300);
    expect(await page.locator("#panel").getAttribute("data-entity")).not.toBe(clicked.key);
    expect(new URL(page.url()).searchParams.get("entity")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("10c. expanding an entity whose neighbours are all in view says there is nothing new, in both languages", async () => {
    const { page, errors } = await suite.openAtHub("lang=zh");
    await page.click("#panel button[data-action=expand]");
    await expect.poll(() => new URL(page.url()).searchParams.getAll("expand"), { timeout: SLOW }).toEqual([suite.hub.key]);
    await page.waitForSelector("#notice:not([hidden])", { timeout: SLOW });
    expect(await page.locator("#notice").textContent()).toBe(
      `“${suite.hub.name}”的邻居都已在视图中，没有新的实体可添加`,
    );
    await screenshot(page, "links-10c-nothing-new");

    await page.click("#language");
    await page.click("#panel button[data-action=collapse]");
    await page.click("#panel button[data-action=expand]");
    await expect
      .poll(() => page.locator("#notice").textContent(), { timeout: SLOW })
      .toBe(`All neighbours of “${suite.hub.name}” are already in view: nothing new to add`);
    expect(errors).toEqual([]);
  });
});

// Helpers for driving the explorer page in the end-to-end tests: open it, wait for it, find and click nodes, screenshot.

import path from "node:path";
import type { Page } from "playwright-core";
import type { EntityDetails } from "../../common/api.js";

export const ARTIFACTS = path.join(import.meta.dirname, "..", "..", "test-artifacts");

/** Patience for a 2-core machine shared with other work; never a timing assertion. */
export const SLOW = 60_000;

/** Opens the explorer with a query string (the test hook is always on) and waits for sigma's first frame. */
export async function openExplorer(page: Page, baseUrl: string, query = ""): Promise<void> {
  const params = new URLSearchParams(query);
  params.set("testHook", "1");
  await page.goto(`${baseUrl}/?${params.toString()}`);
  await page.waitForSelector("body[data-rendered-nodes]", { timeout: SLOW });
}

/** Waits until ForceAtlas2 has stopped by itself, so nodes stay where they are drawn. */
export async function waitForLayoutToStop(page: Page): Promise<void> {
  await page.waitForSelector("#graph[data-layout=stopped]", { timeout: SLOW });
}

/**
 * Clicks the layout button and waits until the layout has run and stopped. A small graph's layout may run and stop
 * between two polls, so a watcher set before the click records that it ran.
 */
export async function runLayoutAndWait(page: Page): Promise<void> {
  await page.evaluate(() => {
    const graph = document.querySelector("#graph") as HTMLElement;
    delete graph.dataset.layoutRan;
    new MutationObserver(() => {
      if (graph.dataset.layout === "running") graph.dataset.layoutRan = "true";
    }).observe(graph, { attributes: true, attributeFilter: ["data-layout"] });
  });
  await page.click("#layout-toggle");
  await page.waitForSelector("#graph[data-layout-ran=true]", { timeout: SLOW });
  await waitForLayoutToStop(page);
}

/** Where a node is drawn, in page coordinates, once the camera has stopped moving; null when it is not drawn. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("e2e: #graph has no box");
  let last: { x: number; y: number } | null = null;
  for (let i = 0; i < 40; i++) {
    const p = await page.evaluate((k) => window.__kgExplorer?.nodePosition(k) ?? null, key);
    if (p && last && Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5)
      return { x: box.x + p.x, y: box.y + p.y };
    last = p;
    await page.waitForTimeout(150);
  }
  return last ? { x: box.x + last.x, y: box.y + last.y } : null;
}

/**
 * Where a node is drawn once it lies inside #graph (not under the header or the side panel), zooming the camera out
 * over the graph's centre until it does; null when it is not drawn.
 */
export async function nodePositionInView(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("e2e: #graph has no box");
  const panel = await page.locator("#panel").boundingBox();
  const right = panel && panel.x > box.x ? Math.min(box.x + box.width, panel.x) : box.x + box.width;
  for (let zoom = 0; zoom < 6; zoom++) {
    const p = await nodePosition(page, key);
    if (!p || (p.x > box.x + 8 && p.x < right - 8 && p.y > box.y + 8 && p.y < box.y + box.height - 8)) return p;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
  }
  return nodePosition(page, key);
}

/** Types into the search box and picks the hit for an entity key from the type-ahead list. */
export async function searchAndPick(page: Page, query: string, key: string): Promise<void> {
  await page.fill("#search-input", query);
  const option = page.locator(`#search-results li[role=option][data-entity="${key.replace(/"/g, '\\"')}"]`);
  await option.waitFor({ timeout: SLOW });
  await option.click();
  await page.waitForSelector(`#panel[data-entity="${key.replace(/"/g, '\\"')}"] h2`, { timeout: SLOW });
}

/** Saves a screenshot of the page as test-artifacts/explorer-<step>.png. */
/**
 * Opens the edge panel of one of the hub's stated relations by clicking along the line to each of its stated
 * neighbours in turn (the hub's panel reopened after a click that picked something else); true once one opened.
 */
export async function openHubEdgePanel(page: Page, hub: EntityDetails): Promise<boolean> {
  const from = await nodePosition(page, hub.key);
  const neighbours = [...new Set(hub.relations.filter((r) => r.relation !== "CO_OCCURS").map((r) => r.other.key))];
  for (const other of neighbours) {
    const to = await nodePosition(page, other);
    if (!from || !to || Math.hypot(to.x - from.x, to.y - from.y) < 40) continue;
    for (const share of [0.5, 0.4, 0.6]) {
      await page.mouse.click(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
      await page.waitForTimeout(300);
      if ((await page.locator("#panel").getAttribute("data-kind")) === "edge") return true;
      if ((await page.locator("#panel").getAttribute("data-entity")) !== hub.key)
        await searchAndPick(page, hub.name, hub.key);
    }
  }
  return false;
}

export async function screenshot(page: Page, step: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `explorer-${step}.png`) });
}

/** Counts the painted pixels of one of sigma's 2D canvases (e.g. "hovers"), to see whether it draws anything. */
export async function paintedPixels(page: Page, layer: string): Promise<number> {
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${name}`);
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return -1;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  }, layer);
}

// Shared links that reopen the view they were copied from, counts that follow the filters, and smaller fixes (issue 22).

import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  openExplorer,
  openHubEdgePanel,
  screenshot,
  searchAndPick,
  SLOW,
  waitForLayoutToStop,
} from "./explorer-page.js";
import { chromiumPath, useExplorerSuite, type ExplorerSuite } from "./explorer-suite.js";

type Positions = Record<string, { x: number; y: number } | null>;

/** Where each node is drawn within #graph (null: not drawn), read through the test hook in one go. */
async function drawnPositions(page: Page, keys: string[]): Promise<Positions> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((key) => [key, window.__kgExplorer?.nodePosition(key) ?? null])),
    keys,
  );
}

/** Waits until the camera rests and the URL holds it (the page writes it a moment after the camera stops). */
async function settledUrl(page: Page): Promise<URL> {
  let last = "";
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(400);
    const url = page.url();
    if (url === last && new URL(url).searchParams.has("camera")) break;
    last = url;
  }
  return new URL(page.url());
}

/** Opens a copied link in a new page (with the test hook) and waits until the view it names is restored. */
async function openLink(suite: ExplorerSuite, link: URL): Promise<{ page: Page; errors: string[] }> {
  const opened = await suite.newPage();
  const url = new URL(link);
  url.searchParams.set("testHook", "1");
  await opened.page.goto(url.toString());
  try {
    await opened.page.waitForSelector("#graph[data-restored=true]", { state: "attached", timeout: SLOW });
    await waitForLayoutToStop(opened.page);
  } catch (error) {
    await screenshot(opened.page, "links-1-not-restored");
    const status = await opened.page.locator("#status").textContent();
    throw new Error(`link ${link.search} not restored; status ${status}; errors ${opened.errors.join(" | ")}`, {
      cause: error,
    });
  }
  return opened;
}

/** Expects two pages to draw the same nodes at the same places (within a few pixels). */
function expectSameDrawing(copied: Positions, reopened: Positions): void {
  const keys = Object.keys(copied);
  const drawn = keys.filter((key) => copied[key] !== null);
  expect(drawn.length).toBeGreaterThan(0);
  expect(keys.filter((key) => reopened[key] !== null).sort()).toEqual([...drawn].sort());
  const far = drawn.filter((key) => {
    const a = copied[key] as { x: number; y: number };
    const b = reopened[key] as { x: number; y: number };
    return Math.hypot(a.x - b.x, a.y - b.y) > 4;
  });
  expect(far).toEqual([]);
}

/** Whether a point lies within #graph's box (positions are relative to it). */
async function insideGraph(page: Page, p: { x: number; y: number } | null): Promise<boolean> {
  const box = await page.locator("#graph").boundingBox();
  return p !== null && box !== null && p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
}

describe.skipIf(!chromiumPath)("explorer page: links and counts", () => {
  const suite = useExplorerSuite();

  it("6. the header and the legend count what the type and relation filters leave in view", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    await waitForLayoutToStop(page);
    const { nodes, edges } = suite.overview;
    expect(await page.locator("#status").textContent()).toBe(`${nodes.length} entities · ${edges.length} relations`);

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
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("expand"), { timeout: SLOW })
      .toEqual([suite.hub.key]);
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

  it("1. a link copied after expanding reopens the same drawing, and without its camera frames the expansion", async () => {
    const { page, errors } = await suite.openAtHub("lang=zh");
    const keys = suite.overview.nodes.map((n) => n.key);
    await page.click("#panel button[data-action=expand]");
    await page.waitForSelector("#panel button[data-action=collapse]", { timeout: SLOW });
    const link = await settledUrl(page);
    expect(link.searchParams.getAll("expand")).toEqual([suite.hub.key]);
    const copied = await drawnPositions(page, keys);
    await screenshot(page, "links-1-expanded-copied");

    const reopened = await openLink(suite, link);
    expect(await reopened.page.locator("#panel h2").textContent()).toBe(suite.hub.name);
    expectSameDrawing(copied, await drawnPositions(reopened.page, keys));
    expect(new URL(reopened.page.url()).searchParams.get("camera")).toBe(link.searchParams.get("camera"));
    await screenshot(reopened.page, "links-1-expanded-reopened");

    // The same link without a camera (typed, or made by a script) frames the entity and what its expansion brought.
    const typed = new URL(link);
    typed.search = `?entity=${encodeURIComponent(suite.hub.key)}&expand=${encodeURIComponent(suite.hub.key)}`;
    const framed = await openLink(suite, typed);
    const neighbours = [...new Set(suite.hub.relations.map((r) => r.other.key))];
    const positions = await drawnPositions(framed.page, [suite.hub.key, ...neighbours]);
    for (const key of [suite.hub.key, ...neighbours])
      expect(await insideGraph(framed.page, positions[key] ?? null)).toBe(true);
    expect(await framed.page.locator("#panel h2").textContent()).toBe(suite.hub.name);
    await screenshot(framed.page, "links-1-no-camera-framed");
    expect([...errors, ...reopened.errors, ...framed.errors]).toEqual([]);
  });

  it("1. links copied with a selected entity, a selected edge and a path reopen the same drawing and panel", async () => {
    const { page, errors } = await suite.openAtHub("lang=en");
    const keys = suite.overview.nodes.map((n) => n.key);
    const all: string[] = [...errors];

    // A selected entity.
    let link = await settledUrl(page);
    let copied = await drawnPositions(page, keys);
    let reopened = await openLink(suite, link);
    expect(await reopened.page.locator("#panel h2").textContent()).toBe(suite.hub.name);
    expectSameDrawing(copied, await drawnPositions(reopened.page, keys));
    all.push(...reopened.errors);

    // A selected edge: the pair goes into the link and its panel comes back.
    expect(await openHubEdgePanel(page, suite.hub)).toBe(true);
    link = await settledUrl(page);
    expect(link.searchParams.get("edgeSource")).not.toBeNull();
    expect(link.searchParams.get("entity")).toBeNull();
    const edgeHeading = await page.locator("#panel h2").textContent();
    copied = await drawnPositions(page, keys);
    reopened = await openLink(suite, link);
    await reopened.page.waitForSelector("#panel[data-kind=edge]", { timeout: SLOW });
    expect(await reopened.page.locator("#panel h2").textContent()).toBe(edgeHeading);
    expectSameDrawing(copied, await drawnPositions(reopened.page, keys));
    await screenshot(reopened.page, "links-1-edge-reopened");
    all.push(...reopened.errors);

    // A path from the hub to an entity it has no relation with: the path is found again and drawn the same.
    const related = new Set(suite.hub.relations.map((r) => r.other.key));
    const other = suite.overview.nodes.find(
      (n) => n.key !== suite.hub.key && !related.has(n.key) && n.attributes.entityType === "Organization",
    );
    expect(other).toBeDefined();
    const target = other as (typeof suite.overview.nodes)[number];
    await searchAndPick(page, suite.hub.name, suite.hub.key);
    await page.click("#panel button[data-action=path-from]");
    await searchAndPick(page, target.attributes.label, target.key);
    await page.click("#panel button[data-action=path-to]");
    await page.waitForSelector("#graph[data-path-nodes]", { timeout: SLOW });
    link = await settledUrl(page);
    expect(link.searchParams.get("pathTo")).toBe(target.key);
    const pathNodes = await page.locator("#graph").getAttribute("data-path-nodes");
    copied = await drawnPositions(page, keys);
    await screenshot(page, "links-1-path-copied");
    reopened = await openLink(suite, link);
    expect(await reopened.page.locator("#graph").getAttribute("data-path-nodes")).toBe(pathNodes);
    expectSameDrawing(copied, await drawnPositions(reopened.page, keys));
    await screenshot(reopened.page, "links-1-path-reopened");
    all.push(...reopened.errors);
    expect(all).toEqual([]);
  });

  it("1. a link to an entity opens its panel when the overview opens as communities", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, `lang=zh&view=communities&entity=${encodeURIComponent(suite.hub.key)}`);
    await page.waitForSelector(`#panel[data-entity="${suite.hub.key}"] h2`, { timeout: SLOW });
    expect(await page.locator("#panel h2").textContent()).toBe(suite.hub.name);
    expect(await page.locator("#status").textContent()).toMatch(/个社区/);
    expect(new URL(page.url()).searchParams.get("entity")).toBe(suite.hub.key);
    await screenshot(page, "links-1-communities-entity");
    expect(errors).toEqual([]);
  });

  it("10a. after the layout the long project label does not cover 辽源市政协, and a framed label stays clear of the panel", async () => {
    const project = suite.overview.nodes.find((n) => n.attributes.label === "辽源市自然历史文化挖掘与整理数据化项目");
    const organization = suite.overview.nodes.find((n) => n.attributes.label === "辽源市政协");
    expect(project && organization).toBeDefined();
    type OverviewNode = (typeof suite.overview.nodes)[number];
    const a = project as OverviewNode;
    const b = organization as OverviewNode;
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");
    await waitForLayoutToStop(page);

    /** The label boxes of both nodes as drawn: from the node's centre to the end of its label, one line high. */
    const boxes = async (): Promise<Array<{ left: number; right: number; top: number; bottom: number }>> => {
      const at = await drawnPositions(page, [a.key, b.key]);
      const widths = await page.evaluate(
        (labels) => {
          const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
          context.font = '500 13px "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
          return labels.map((label) => context.measureText(label).width);
        },
        [a.attributes.label, b.attributes.label],
      );
      return [a, b].map((n, i) => {
        const p = at[n.key] as { x: number; y: number };
        return { left: p.x, right: p.x + 8 + (widths[i] ?? 0), top: p.y - 8, bottom: p.y + 8 };
      });
    };
    const overlap = (x: { left: number; right: number; top: number; bottom: number }, y: typeof x): boolean =>
      x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom;
    const [first, second] = await boxes();
    expect(
      overlap(first as NonNullable<typeof first>, second as NonNullable<typeof second>),
      JSON.stringify([first, second]),
    ).toBe(false);

    // Selected (the panel opens, the camera frames it): still apart, and the project's label ends inside the graph.
    await searchAndPick(page, a.attributes.label, a.key);
    await page.waitForSelector(`#graph[data-focused="${a.key}"]`, { timeout: SLOW });
    const [p1, p2] = await boxes();
    expect(overlap(p1 as NonNullable<typeof p1>, p2 as NonNullable<typeof p2>), JSON.stringify([p1, p2])).toBe(false);
    const graphBox = await page.locator("#graph").boundingBox();
    expect((p1 as NonNullable<typeof p1>).right).toBeLessThan((graphBox as { width: number }).width);
    await screenshot(page, "links-10a-labels-apart");
    expect(errors).toEqual([]);
  });
});

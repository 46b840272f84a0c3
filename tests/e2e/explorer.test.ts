// The explorer in real headless Chromium over the sample report: each thing a researcher does, through the UI.

import { mkdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { EntityDetails, PathsResult, SearchHit, SerializedCommunityGraph, SerializedEntityGraph } from "../../common/api.js";
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE } from "../helpers/chromium.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";
import { ARTIFACTS, nodePosition, openExplorer, paintedPixels, screenshot, searchAndPick, SLOW, waitForLayoutToStop } from "./explorer-page.js";

const chromiumPath = findChromium();
if (!chromiumPath) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!chromiumPath)("explorer page", () => {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let overview: SerializedEntityGraph;
  /** The entity of the overview with the most stated relations, and its details. */
  let hub: EntityDetails;
  const pages: Page[] = [];

  const api = async <T>(pathAndQuery: string): Promise<T> => (await (await fetch(server.url + pathAndQuery)).json()) as T;

  /** A fresh page that fails the test on any uncaught page error. */
  const newPage = async (): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.context.newPage();
    pages.push(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    return { page, errors };
  };

  /** A fresh page of the explorer opened with `query`, its layout settled and the hub picked through the search box. */
  const openAtHub = async (query: string): Promise<{ page: Page; errors: string[] }> => {
    const opened = await newPage();
    await openExplorer(opened.page, server.url, query);
    await waitForLayoutToStop(opened.page);
    await searchAndPick(opened.page, hub.name, hub.key);
    return opened;
  };

  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db);
    browser = await launchChromium(chromiumPath as string);
    await mkdir(ARTIFACTS, { recursive: true });
    overview = await api<SerializedEntityGraph>("/api/overview?view=auto&limit=1000&measure=degree");
    const stated = new Map<string, number>();
    for (const e of overview.edges) if (e.attributes.stated) for (const k of [e.source, e.target]) stated.set(k, (stated.get(k) ?? 0) + 1);
    const hubKey = [...stated.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    hub = await api<EntityDetails>(`/api/entities/${encodeURIComponent(hubKey)}`);
  });

  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await db.close();
  });

  it("1. shows the overview coloured by type with a legend, laid out by ForceAtlas2 that stops by itself and runs again", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=zh");

    const rendered = await page.evaluate(() => Number(document.body.dataset.renderedNodes));
    expect(rendered).toBe(overview.nodes.length);
    expect(rendered).toBeGreaterThan(10);
    expect(await page.evaluate(() => performance.getEntriesByName("kg:first-frame").length)).toBe(1);
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${overview.nodes.length} 个实体`);
    // sigma draws nodes and edges into WebGL canvases and labels into 2D ones: all are in the page.
    expect(await page.locator("#graph canvas").count()).toBeGreaterThanOrEqual(3);
    // The legend names every entity type in view with its count.
    const types = new Set(overview.nodes.map((n) => n.attributes.entityType));
    expect(await page.locator("#legend li[data-type]").count()).toBe(types.size);
    expect(await page.locator("#legend li[data-type=Organization]").textContent()).toContain("机构");

    await waitForLayoutToStop(page);
    await expect.poll(() => page.locator("#layout-toggle").textContent()).toBe("重新布局");
    await page.click("#layout-toggle");
    await page.waitForSelector("#graph[data-layout=running]", { timeout: SLOW });
    await waitForLayoutToStop(page);
    // Labels are drawn: the label layer has painted pixels (Chinese names with a halo).
    expect(await paintedPixels(page, "labels")).toBeGreaterThan(500);
    await screenshot(page, "1-overview");

    // The interface switches to English and back; the choice goes into the URL.
    await page.click("#language");
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${overview.nodes.length} entities`);
    expect(await page.locator("#search-input").getAttribute("placeholder")).toMatch(/Name or alias/);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.click("#language");
    await expect.poll(() => page.locator("label[for=search-input]").textContent()).toBe("搜索实体");
    expect(errors).toEqual([]);
  });

  it("2. searches names and aliases as you type and jumps to the entity, loading it when it is not in view", async () => {
    const { page, errors } = await newPage();
    // Only the top 10 entities in view, so most search hits are not drawn yet.
    await openExplorer(page, server.url, "lang=zh&view=entities&limit=10");
    await expect.poll(() => page.evaluate(() => document.body.dataset.renderedNodes)).toBe("10");
    const inView = new Set((await api<SerializedEntityGraph>("/api/overview?view=entities&limit=10&measure=degree")).nodes.map((n) => n.key));

    const { results } = await api<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("政协")}&limit=12`);
    expect(results.length).toBeGreaterThan(1);
    await page.fill("#search-input", "政协");
    await page.waitForSelector("#search-results li[role=option]", { timeout: SLOW });
    const names = await page.locator("#search-results li[role=option] .hit-name").allTextContents();
    expect(names).toEqual(results.map((r) => r.name));
    await screenshot(page, "2-search-typeahead");

    // Keyboard: arrow down to the first hit not in view, Enter jumps to it.
    const target = results.findIndex((r) => !inView.has(r.key));
    expect(target).toBeGreaterThanOrEqual(0);
    const hit = results[target] as SearchHit;
    for (let i = 0; i <= target; i++) await page.press("#search-input", "ArrowDown");
    await page.press("#search-input", "Enter");
    await page.waitForSelector(`#panel[data-entity="${hit.key}"] h2`, { timeout: SLOW });
    expect(await page.locator("#panel h2").textContent()).toBe(hit.name);
    // Its neighbourhood was loaded and merged: more nodes than the overview's 10, and the URL remembers both.
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBeGreaterThan(10);
    const url = new URL(page.url());
    expect(url.searchParams.get("entity")).toBe(hit.key);
    expect(url.searchParams.getAll("expand")).toContain(hit.key);
    // The camera moved to it: it is drawn near the middle of the graph once the camera has come to rest on it (the
    // animation may start late on a busy machine, and the node is still until it does).
    await page.waitForSelector(`#graph[data-focused="${hit.key.replace(/"/g, '\\"')}"]`, { timeout: SLOW });
    const box = (await page.locator("#graph").boundingBox()) as { x: number; y: number; width: number; height: number };
    const p = await nodePosition(page, hit.key);
    expect(p).not.toBeNull();
    expect(Math.abs((p as { x: number }).x - (box.x + box.width / 2))).toBeLessThan(box.width / 4);

    // An alias finds its entity too, and the hit says which alias matched.
    const aliased = hub.aliases.find((a) => a !== hub.name && !hub.name.includes(a));
    if (aliased) {
      await page.fill("#search-input", aliased);
      const option = page.locator(`#search-results li[role=option][data-entity="${hub.key}"]`);
      await option.waitFor({ timeout: SLOW });
      expect(await option.locator(".hit-name").textContent()).toBe(hub.name);
    }
    await screenshot(page, "2-search-jump");
    expect(errors).toEqual([]);
  });

  it("3. opens a clicked node's panel: counts, aliases, documents, relations by type with marked evidence; Escape closes it", async () => {
    const { page, errors } = await openAtHub("lang=zh");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel", { state: "hidden" });

    // Click the node itself on the canvas.
    const p = await nodePosition(page, hub.key);
    expect(p).not.toBeNull();
    await page.mouse.click((p as { x: number }).x, (p as { y: number }).y);
    await page.waitForSelector(`#panel[data-entity="${hub.key}"] h2`, { timeout: SLOW });
    const panel = page.locator("#panel");
    expect(await panel.locator("h2").textContent()).toBe(hub.name);
    expect(await panel.locator(".type-badge").textContent()).toContain("机构");
    expect(await panel.locator("dd[data-count=mentions]").textContent()).toBe(String(hub.mentions));
    expect(await panel.locator("dd[data-count=documents]").textContent()).toBe(String(hub.documents));
    expect(await panel.locator(".chips li").allTextContents()).toEqual(hub.aliases);
    expect(await panel.locator(".documents li .doc-title").first().textContent()).toBe(hub.inDocuments[0]?.title);

    // Relations grouped by type; stated ones and co-occurrence are told apart by a badge.
    const relationTypes = [...new Set(hub.relations.map((r) => r.relation))];
    expect(await panel.locator(".relation-group").count()).toBe(relationTypes.length);
    expect(await panel.locator(".relation-group.stated .badge-stated").count()).toBeGreaterThan(0);
    if (relationTypes.includes("CO_OCCURS")) expect(await panel.locator(".relation-group.cooccurs .badge-cooccurs").count()).toBe(1);

    // The first stated relation's evidence: sentences with both entities marked and the source document.
    const first = panel.locator(".relation-group.stated li.relation").first();
    await first.locator("details.evidence summary").click();
    await first.locator(".evidence-list li").first().waitFor({ timeout: SLOW });
    const marks = first.locator(".evidence-list li").first().locator("mark");
    expect(await marks.count()).toBeGreaterThan(0);
    // Every mark is a mention of one of the two related entities.
    const related = new Set([hub.key, await first.getAttribute("data-other")]);
    for (const entity of await marks.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.entity))) expect(related.has(entity ?? "")).toBe(true);
    expect(await first.locator(".evidence-list cite").first().textContent()).toContain(hub.inDocuments[0]?.title as string);
    await screenshot(page, "3-entity-panel");

    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel", { state: "hidden" });
    expect(new URL(page.url()).searchParams.get("entity")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("4. opens a clicked edge's panel: relation types, weight, rule and evidence sentences", async () => {
    const { page, errors } = await openAtHub("lang=en");
    const from = await nodePosition(page, hub.key);
    expect(from).not.toBeNull();
    // Try the hub's stated neighbours: click the middle of the line to each until an edge panel opens.
    const neighbours = [...new Set(hub.relations.filter((r) => r.relation !== "CO_OCCURS").map((r) => r.other.key))];
    let opened = false;
    for (const other of neighbours) {
      const to = await nodePosition(page, other);
      if (!from || !to || Math.hypot(to.x - from.x, to.y - from.y) < 40) continue;
      for (const share of [0.5, 0.4, 0.6]) {
        await page.mouse.click(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
        await page.waitForTimeout(300);
        if ((await page.locator("#panel").getAttribute("data-kind")) === "edge") {
          opened = true;
          break;
        }
        if ((await page.locator("#panel").getAttribute("data-entity")) !== hub.key) await searchAndPick(page, hub.name, hub.key);
      }
      if (opened) break;
    }
    expect(opened).toBe(true);
    const panel = page.locator("#panel");
    expect(await panel.locator("h2").textContent()).toBe("Relation");
    expect(await panel.locator(".edge-ends button[data-entity]").count()).toBe(2);
    const relations = panel.locator(".edge-relations li.relation");
    expect(await relations.count()).toBeGreaterThan(0);
    expect(await relations.first().locator(".badge").textContent()).toMatch(/stated|co-occurs/);
    expect(await relations.first().textContent()).toMatch(/weight \d/);
    // The first relation's evidence opens by itself.
    await relations.first().locator(".evidence-list li").first().waitFor({ timeout: SLOW });
    expect(await relations.first().locator(".evidence-list mark").count()).toBeGreaterThan(0);
    await screenshot(page, "4-edge-panel");
    expect(errors).toEqual([]);
  });

  it("5. expands a node's neighbours by double-click, collapses them again, and filters live", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=en&view=entities&limit=15");
    await waitForLayoutToStop(page);
    const top = await api<SerializedEntityGraph>("/api/overview?view=entities&limit=15&measure=degree");
    const inView = new Set(top.nodes.map((n) => n.key));
    // An entity in view with neighbours outside it.
    let center = "";
    let neighbourhood: SerializedEntityGraph | null = null;
    for (const n of top.nodes) {
      const around = await api<SerializedEntityGraph>(`/api/entities/${encodeURIComponent(n.key)}/neighborhood?depth=1&limit=150`);
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
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)), { timeout: SLOW }).toBe(expected);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([center]);
    await page.waitForSelector(`#panel[data-entity="${center}"] button[data-action=collapse]`, { timeout: SLOW });
    await screenshot(page, "5-expanded");

    await page.click("#panel button[data-action=collapse]");
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)), { timeout: SLOW }).toBe(top.nodes.length);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([]);
    await page.keyboard.press("Escape");

    // Filters: hide a type, then co-occurrence, then raise the minimum weight; nodes hide without a new layout.
    const hidden = top.nodes[0]?.attributes.entityType as string;
    const ofType = top.nodes.filter((n) => n.attributes.entityType === hidden).length;
    await page.locator(`input[name=filter-type][value=${hidden}]`).uncheck();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes)).toBe(String(top.nodes.length - ofType));
    expect(new URL(page.url()).searchParams.get("hideTypes")).toBe(hidden);
    expect(await page.locator("#graph").getAttribute("data-layout")).toBe("stopped");
    await page.locator("input[name=filter-relation][value=CO_OCCURS]").uncheck();
    expect(new URL(page.url()).searchParams.get("hideRelations")).toBe("CO_OCCURS");
    await page.locator("#filter-min-weight").fill("2");
    await expect.poll(() => new URL(page.url()).searchParams.get("minWeight")).toBe("2");
    await screenshot(page, "5-filtered");
    await page.click("#filter-reset");
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes)).toBe(String(top.nodes.length));

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
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>("#graph")?.dataset.visibleNodes)).toBe(String(top.nodes.length));
    expect(new URL(page.url()).searchParams.get("hideTypes")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("6. finds and highlights the shortest paths between two entities picked in the panel", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=en");
    // Two entities that are joined through at least one other.
    const others = overview.nodes.map((n) => n.key).filter((k) => k !== hub.key && !hub.relations.some((r) => r.other.key === k));
    let target = "";
    let answer: PathsResult | null = null;
    for (const key of others) {
      const result = await api<PathsResult>(`/api/paths?from=${encodeURIComponent(hub.key)}&to=${encodeURIComponent(key)}&maxHops=4&k=3`);
      if (result.paths.length > 0) {
        target = key;
        answer = result;
        break;
      }
    }
    expect(answer).not.toBeNull();
    const targetName = overview.nodes.find((n) => n.key === target)?.attributes.label as string;

    await searchAndPick(page, hub.name, hub.key);
    await page.click("#panel button[data-action=path-from]");
    await searchAndPick(page, targetName, target);
    await page.click("#panel button[data-action=path-to]");
    await page.waitForSelector("#path-results li.path", { timeout: SLOW });
    const paths = (answer as PathsResult).paths;
    expect(await page.locator("#path-results li.path").count()).toBe(paths.length);
    const firstPath = page.locator("#path-results li.path").first().locator(".path-node");
    expect(await firstPath.first().getAttribute("data-entity")).toBe(hub.key);
    expect(await firstPath.last().getAttribute("data-entity")).toBe(target);
    expect(await page.locator("#path-results").textContent()).toContain(`${paths.length} paths found`);
    const onPaths = new Set(paths.flatMap((path) => path.nodes)).size;
    await expect.poll(() => page.locator("#graph").getAttribute("data-path-nodes")).toBe(String(onPaths));
    const url = new URL(page.url());
    expect([url.searchParams.get("pathFrom"), url.searchParams.get("pathTo")]).toEqual([hub.key, target]);
    await page.keyboard.press("Escape");
    await screenshot(page, "6-paths");

    await page.click("#path-clear");
    await page.waitForSelector("#path-results", { state: "detached" });
    expect(new URL(page.url()).searchParams.get("pathFrom")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("7. emphasises a hovered node and its neighbours, also while a selection and filters are on", async () => {
    const { page, errors } = await openAtHub("lang=zh&hideRelations=CO_OCCURS");
    // A corner of the graph where no node is drawn.
    const box = (await page.locator("#graph").boundingBox()) as { x: number; y: number };
    const away = { x: box.x + 3, y: box.y + 3 };
    // Picking the hub moves the camera to it (an animation that may start late on a busy machine), and nodes sweep
    // under a resting pointer while it zooms: the pointer goes to the corner once the camera has come to rest on the hub.
    await page.waitForSelector(`#graph[data-focused="${hub.key.replace(/"/g, '\\"')}"]`, { timeout: SLOW });
    await page.mouse.move(away.x, away.y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The selected node is drawn on sigma's hover layer already; hovering another node adds it with its label.
    const before = await paintedPixels(page, "hovers");
    expect(before).toBeGreaterThan(0);
    const other = hub.relations.find((r) => r.relation !== "CO_OCCURS")?.other.key as string;
    const p = await nodePosition(page, other);
    expect(p).not.toBeNull();
    await page.mouse.move((p as { x: number }).x, (p as { y: number }).y);
    await expect.poll(() => paintedPixels(page, "hovers")).toBeGreaterThan(before);
    await screenshot(page, "7-hover");
    await page.mouse.move(away.x, away.y);
    await expect.poll(() => paintedPixels(page, "hovers")).toBe(before);
    expect(errors).toEqual([]);
  });

  it("8. colours by Louvain community and sizes by PageRank or betweenness, computed in the browser", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=en");
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

  it("9. exports the view as PNG, GEXF, GraphML, CSV and JSON, and a link reopens the same view", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=en&hideTypes=Place");
    await waitForLayoutToStop(page);
    const visible = overview.nodes.filter((n) => n.attributes.entityType !== "Place");
    const download = async (format: string): Promise<{ name: string; bytes: Buffer }> => {
      const [file] = await Promise.all([page.waitForEvent("download", { timeout: SLOW }), page.click(`button[data-export=${format}]`)]);
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
    await searchAndPick(page, hub.name, hub.key);
    await page.selectOption("#analysis-color", "community");
    await page.waitForSelector("#graph[data-analysis=done][data-color-by=community]", { timeout: SLOW });
    await expect.poll(() => new URL(page.url()).searchParams.get("camera")).not.toBeNull();
    const link = new URL(page.url());
    await screenshot(page, "9-before-link");

    const { page: again } = await newPage();
    await again.goto(link.toString());
    await again.waitForSelector(`#panel[data-entity="${hub.key}"] h2`, { timeout: SLOW });
    expect(await again.locator("#panel h2").textContent()).toBe(hub.name);
    expect(await again.locator("input[name=filter-type][value=Place]").isChecked()).toBe(false);
    expect(await again.locator("#analysis-color").inputValue()).toBe("community");
    expect(await again.locator("#search-input").getAttribute("placeholder")).toMatch(/Name or alias/);
    const camera = link.searchParams.get("camera");
    await expect.poll(() => new URL(again.url()).searchParams.get("camera")).toBe(camera);
    await screenshot(again, "9-link-reopened");
    expect(errors).toEqual([]);
  });

  it("10. reads view, limit and measure from the URL for its overview request, and shows the server's error for an unknown entity", async () => {
    const { page, errors } = await newPage();
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/overview")) requests.push(request.url());
    });
    await openExplorer(page, server.url, "view=entities&limit=25&measure=weightedDegree");
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(25);
    const asked = new URL(requests[0] as string).searchParams;
    expect([asked.get("view"), asked.get("limit"), asked.get("measure")]).toEqual(["entities", "25", "weightedDegree"]);

    // A link to an entity that does not exist: the server's 404 message is shown, the page keeps working.
    const { page: missing } = await newPage();
    await openExplorer(missing, server.url, `lang=en&entity=${encodeURIComponent("Organization:没有这个机构")}`);
    await missing.waitForSelector("#notice.error", { timeout: SLOW });
    expect(await missing.locator("#notice").textContent()).toMatch(/Server error \(404\): no entity/);
    expect(await missing.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(overview.nodes.length);
    await screenshot(missing, "10-error");
    expect(errors).toEqual([]);
  });

  it("11. draws the communities view of a graph larger than the limit and drills into a community and back", async () => {
    const { page, errors } = await newPage();
    await openExplorer(page, server.url, "lang=en&limit=20");
    const communities = await api<SerializedCommunityGraph>("/api/overview?limit=20&measure=degree");
    expect(communities.attributes.view).toBe("communities");
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(communities.nodes.length);
    await expect.poll(() => page.locator("#status").textContent()).toContain(`${communities.nodes.length} communities`);
    await waitForLayoutToStop(page);
    await screenshot(page, "11-communities");

    const biggest = [...communities.nodes].sort((a, b) => b.attributes.members - a.attributes.members)[0] as SerializedCommunityGraph["nodes"][number];
    const p = await nodePosition(page, biggest.key);
    expect(p).not.toBeNull();
    await page.mouse.click((p as { x: number }).x, (p as { y: number }).y);
    await page.waitForSelector("#breadcrumb-back", { timeout: SLOW });
    await expect.poll(() => new URL(page.url()).searchParams.get("community")).toBe(String(biggest.attributes.community));
    const members = await api<SerializedEntityGraph>(`/api/overview?view=entities&limit=20&measure=degree&community=${biggest.attributes.community}`);
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(members.nodes.length);
    expect(await page.locator("#breadcrumb").textContent()).toContain(biggest.attributes.label);
    await waitForLayoutToStop(page);
    await screenshot(page, "11-community-drilled");

    await page.click("#breadcrumb-back");
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBe(communities.nodes.length);
    expect(new URL(page.url()).searchParams.get("community")).toBeNull();

    // Searching from the communities view switches to the entities view and opens the entity there.
    await searchAndPick(page, hub.name, hub.key);
    expect(new URL(page.url()).searchParams.get("view")).toBe("entities");
    await expect.poll(() => page.locator("#status").textContent()).toContain("entities");
    expect(errors).toEqual([]);
  });
});

// Search, the entity and relation panels and hover emphasis in real headless Chromium over the sample report.

import { describe, expect, it } from "vitest";
import type { SearchHit, SerializedEntityGraph } from "../../common/api.js";
import { nodePosition, openExplorer, openHubEdgePanel, paintedPixels, screenshot, SLOW } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: search and panel", () => {
  const suite = useExplorerSuite();

  it("2. searches names and aliases as you type and jumps to the entity, loading it when it is not in view", async () => {
    const { page, errors } = await suite.newPage();
    // Only the top 10 entities in view, so most search hits are not drawn yet.
    await openExplorer(page, suite.url, "lang=zh&view=entities&limit=10");
    await expect.poll(() => page.evaluate(() => document.body.dataset.renderedNodes)).toBe("10");
    const inView = new Set(
      (await suite.api<SerializedEntityGraph>("/api/overview?view=entities&limit=10&measure=degree")).nodes.map(
        (n) => n.key,
      ),
    );

    const { results } = await suite.api<{ results: SearchHit[] }>(
      `/api/search?q=${encodeURIComponent("政协")}&limit=12`,
    );
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
    const aliased = suite.hub.aliases.find((a) => a !== suite.hub.name && !suite.hub.name.includes(a));
    if (aliased) {
      await page.fill("#search-input", aliased);
      const option = page.locator(`#search-results li[role=option][data-entity="${suite.hub.key}"]`);
      await option.waitFor({ timeout: SLOW });
      expect(await option.locator(".hit-name").textContent()).toBe(suite.hub.name);
    }
    await screenshot(page, "2-search-jump");
    expect(errors).toEqual([]);
  });

  it("3. opens a clicked node's panel: counts, aliases, documents, relations by type with marked evidence; Escape closes it", async () => {
    const { page, errors } = await suite.openAtHub("lang=zh");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel", { state: "hidden" });

    // Click the node itself on the canvas.
    const p = await nodePosition(page, suite.hub.key);
    expect(p).not.toBeNull();
    await page.mouse.click((p as { x: number }).x, (p as { y: number }).y);
    await page.waitForSelector(`#panel[data-entity="${suite.hub.key}"] h2`, { timeout: SLOW });
    const panel = page.locator("#panel");
    expect(await panel.locator("h2").textContent()).toBe(suite.hub.name);
    expect(await panel.locator(".type-badge").textContent()).toContain("机构");
    expect(await panel.locator("dd[data-count=mentions]").textContent()).toBe(String(suite.hub.mentions));
    expect(await panel.locator("dd[data-count=documents]").textContent()).toBe(String(suite.hub.documents));
    expect(await panel.locator(".chips li").allTextContents()).toEqual(suite.hub.aliases);
    expect(await panel.locator(".documents li .doc-title").first().textContent()).toBe(suite.hub.inDocuments[0]?.title);

    // Relations grouped by type; stated ones and co-occurrence are told apart by a badge.
    const relationTypes = [...new Set(suite.hub.relations.map((r) => r.relation))];
    expect(await panel.locator(".relation-group").count()).toBe(relationTypes.length);
    expect(await panel.locator(".relation-group.stated .badge-stated").count()).toBeGreaterThan(0);
    if (relationTypes.includes("CO_OCCURS"))
      expect(await panel.locator(".relation-group.cooccurs .badge-cooccurs").count()).toBe(1);

    // The first stated relation's evidence: sentences with both entities marked and the source document.
    const first = panel.locator(".relation-group.stated li.relation").first();
    await first.locator("details.evidence summary").click();
    await first.locator(".evidence-list li").first().waitFor({ timeout: SLOW });
    const marks = first.locator(".evidence-list li").first().locator("mark");
    expect(await marks.count()).toBeGreaterThan(0);
    // Every mark is a mention of one of the two related entities.
    const related = new Set([suite.hub.key, await first.getAttribute("data-other")]);
    for (const entity of await marks.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.entity)))
      expect(related.has(entity ?? "")).toBe(true);
    expect(await first.locator(".evidence-list cite").first().textContent()).toContain(
      suite.hub.inDocuments[0]?.title as string,
    );
    await screenshot(page, "3-entity-panel");

    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel", { state: "hidden" });
    expect(new URL(page.url()).searchParams.get("entity")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("4. opens a clicked edge's panel: relation types, weight, rule and evidence sentences", async () => {
    const { page, errors } = await suite.openAtHub("lang=en");
    const from = await nodePosition(page, suite.hub.key);
    expect(from).not.toBeNull();
    // Try the hub's stated neighbours: click the middle of the line to each until an edge panel opens.
    expect(await openHubEdgePanel(page, suite.hub)).toBe(true);
    const panel = page.locator("#panel");
    expect(await panel.locator("h2").textContent()).toBe("Relation");
    expect(await panel.locator(".edge-ends button[data-entity]").count()).toBe(2);
    const relations = panel.locator(".edge-relations li.relation");
    expect(await relations.count()).toBeGreaterThan(0);
    // Each relation of the pair once, though both directions are asked for (issue 22, item 2).
    const listed = await relations.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.edge));
    expect(new Set(listed).size).toBe(listed.length);
    expect(await relations.first().locator("span.badge").first().textContent()).toMatch(/stated|co-occurs/);
    expect(await relations.first().textContent()).toMatch(/weight \d/);
    // The first relation's evidence opens by itself.
    await relations.first().locator(".evidence-list li").first().waitFor({ timeout: SLOW });
    expect(await relations.first().locator(".evidence-list mark").count()).toBeGreaterThan(0);
    await screenshot(page, "4-edge-panel");
    expect(errors).toEqual([]);
  });

  it("9. says in the interface's language that a linked entity is not in the graph, and what to do", async () => {
    const { page } = await suite.newPage();
    await openExplorer(page, suite.url, `lang=zh&entity=${encodeURIComponent("Organization:不存在的机构")}`);
    const message = page.locator("#notice.error");
    await message.waitFor({ timeout: SLOW });
    expect(await message.textContent()).toBe(
      "图谱中没有这个实体：它可能已被合并、改名或随文档删除。请用左侧的搜索框查找。",
    );
    // The whole message is readable: nothing cut off by an ellipsis.
    expect(await message.evaluate((p) => p.scrollWidth <= p.clientWidth && p.scrollHeight <= p.clientHeight + 1)).toBe(
      true,
    );
    await screenshot(page, "9-missing-entity");
  });

  it("7. emphasises a hovered node and its neighbours, also while a selection and filters are on", async () => {
    const { page, errors } = await suite.openAtHub("lang=zh&hideRelations=CO_OCCURS");
    // A corner of the graph where no node is drawn.
    const box = (await page.locator("#graph").boundingBox()) as { x: number; y: number };
    const away = { x: box.x + 3, y: box.y + 3 };
    // Picking the hub moves the camera to it (an animation that may start late on a busy machine), and nodes sweep
    // under a resting pointer while it zooms: the pointer goes to the corner once the camera has come to rest on the hub.
    await page.waitForSelector(`#graph[data-focused="${suite.hub.key.replace(/"/g, '\\"')}"]`, { timeout: SLOW });
    await page.mouse.move(away.x, away.y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The selected node is drawn on sigma's hover layer already; hovering another node adds it with its label.
    const before = await paintedPixels(page, "hovers");
    expect(before).toBeGreaterThan(0);
    const other = suite.hub.relations.find((r) => r.relation !== "CO_OCCURS")?.other.key as string;
    const p = await nodePosition(page, other);
    expect(p).not.toBeNull();
    await page.mouse.move((p as { x: number }).x, (p as { y: number }).y);
    await expect.poll(() => paintedPixels(page, "hovers")).toBeGreaterThan(before);
    await screenshot(page, "7-hover");
    await page.mouse.move(away.x, away.y);
    await expect.poll(() => paintedPixels(page, "hovers")).toBe(before);
    expect(errors).toEqual([]);
  });
});

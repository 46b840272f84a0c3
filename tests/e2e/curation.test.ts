// Curation in the explorer, in real Chromium over the sample report: the edit switch, rename, merge, exclude, reject,
// undo, the history and the suggestions, each seen in the graph without a reload. Every rule is undone at the end.

import { afterAll, describe, expect, it } from "vitest";
import type { EntityDetails } from "../../common/api.js";
import { relationKey } from "../../common/domain.js";
import { TEST_TOKEN } from "../helpers/serve-explorer.js";
import { confirmDialog, drawn, quoted, toastText, turnOnEdit, undoAllRules } from "./curation-page.js";
import {
  nodePositionInView,
  openExplorer,
  openHubEdgePanel,
  screenshot,
  searchAndPick,
  SLOW,
  waitForLayoutToStop,
} from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

const SHORT = "Project:金点子活动";
const LONG = "Project:金点子征集活动";

describe.skipIf(!chromiumPath)("explorer page: curation", () => {
  const suite = useExplorerSuite();
  afterAll(async () => {
    // Whatever a failed test left: the graph is shared with the other test files.
    expect(await undoAllRules(suite.url)).toBe(0);
  });

  /** A page of the explorer with the layout settled and the edit switch on. */
  const editingPage = async (query = "lang=zh") => {
    const opened = await suite.newPage();
    await openExplorer(opened.page, suite.url, query);
    await waitForLayoutToStop(opened.page);
    await turnOnEdit(opened.page);
    await opened.page.waitForSelector("#edit[aria-pressed=true]", { timeout: SLOW });
    return opened;
  };

  it("1. the edit switch refuses a wrong token, then takes the right one and shows its label", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    await turnOnEdit(page, "not-the-token");
    await page.waitForSelector("#token-dialog .dialog-message:not([hidden])", { timeout: SLOW });
    expect(await page.locator("#token-dialog .dialog-message").textContent()).toContain("Wrong token (401)");
    expect(await page.getAttribute("#edit", "aria-pressed")).toBe("false");
    await screenshot(page, "curation-1-wrong-token");
    await page.fill("#token-dialog-token", TEST_TOKEN);
    await page.click("#token-dialog button[type=submit]");
    await page.waitForSelector("#edit[aria-pressed=true]", { timeout: SLOW });
    expect(await page.locator("#edit-label").textContent()).toBe("Editing as tester");
    await screenshot(page, "curation-1-editing");
    expect(errors).toEqual([]);
  });

  it("2. renames an entity from its panel: the node and the URL follow without a reload; Undo restores it", async () => {
    const { page, errors } = await editingPage();
    await searchAndPick(page, "金点子活动", SHORT);
    await page.click("#panel [data-curate=rename]");
    const renamed = "Project:金点子创意活动";
    await confirmDialog(page, "rename-dialog", { name: "金点子创意活动", note: "e2e rename" });
    await page.waitForSelector(`#panel[data-entity=${quoted(renamed)}] h2`, { timeout: SLOW });
    expect(await page.locator("#panel h2").textContent()).toBe("金点子创意活动");
    expect(await toastText(page, /金点子创意活动/)).toContain("已修改");
    expect(new URL(page.url()).searchParams.get("entity")).toBe(renamed);
    expect(new URL(page.url()).searchParams.getAll("expand")).not.toContain(SHORT);
    await expect.poll(() => drawn(page, renamed), { timeout: SLOW }).toBe(true);
    expect(await drawn(page, SHORT)).toBe(false);
    await screenshot(page, "curation-2-renamed");

    await page.click("#toast [data-curate=undo]");
    await page.waitForSelector(`#panel[data-entity=${quoted(SHORT)}] h2`, { timeout: SLOW });
    await expect.poll(() => drawn(page, SHORT), { timeout: SLOW }).toBe(true);
    expect(await drawn(page, renamed)).toBe(false);
    expect(new URL(page.url()).searchParams.get("entity")).toBe(SHORT);
    await screenshot(page, "curation-2-undone");
    expect(errors).toEqual([]);
  });

  it("3. merges two selected nodes (shift-click) into one drawn where they were; Undo brings both back", async () => {
    const { page, errors } = await editingPage();
    await searchAndPick(page, "金点子征集活动", LONG);
    await searchAndPick(page, "金点子活动", SHORT);
    const other = await nodePositionInView(page, LONG);
    expect(other).not.toBeNull();
    await page.keyboard.down("Shift");
    await page.mouse.click((other as { x: number }).x, (other as { y: number }).y);
    await page.keyboard.up("Shift");
    await page.waitForSelector("#merge-tray .merge-item >> nth=1", { timeout: SLOW });
    const picked = await page
      .locator("#merge-tray .merge-item")
      .evaluateAll((n) => n.map((e) => (e as HTMLElement).dataset.entity));
    expect(picked).toEqual([SHORT, LONG]);
    await screenshot(page, "curation-3-merge-selection");
    // The longer name is the canonical one.
    await page.check(`#merge-tray input[value=${quoted(LONG)}]`);
    await page.click("#merge-tray [data-curate=merge]");
    await confirmDialog(page, "merge-dialog", { note: "same campaign" });
    expect(await toastText(page, /合并/)).toContain(
      "合并「金点子活动」、「金点子征集活动」为「金点子征集活动」（项目）",
    );
    await expect.poll(() => drawn(page, SHORT), { timeout: SLOW }).toBe(false);
    expect(await drawn(page, LONG)).toBe(true);
    await page.waitForSelector(`#panel[data-entity=${quoted(LONG)}] h2`, { timeout: SLOW });
    expect(new URL(page.url()).searchParams.get("entity")).toBe(LONG);
    const merged = await suite.api<EntityDetails>(`/api/entities/${encodeURIComponent(LONG)}`);
    expect(await page.locator("#panel dd[data-count=mentions]").textContent()).toBe(String(merged.mentions));
    await screenshot(page, "curation-3-merged");

    await page.click("#toast [data-curate=undo]");
    await expect.poll(() => drawn(page, SHORT), { timeout: SLOW }).toBe(true);
    expect(await drawn(page, LONG)).toBe(true);
    await screenshot(page, "curation-3-undone");
    expect(errors).toEqual([]);
  });

  it("4. excludes an entity: its node leaves the view and the URL; the history lists the rule and undoes it", async () => {
    const { page, errors } = await editingPage();
    const topic = suite.overview.nodes.find((n) => n.attributes.entityType === "Topic");
    expect(topic).toBeDefined();
    const key = (topic as { key: string }).key;
    await searchAndPick(page, topic?.attributes.label as string, key);
    await page.click("#panel [data-curate=exclude]");
    await confirmDialog(page, "exclude-dialog", { note: "a slogan, not a topic" });
    await toastText(page, /排除/);
    await expect.poll(() => drawn(page, key), { timeout: SLOW }).toBe(false);
    await page.waitForSelector("#panel", { state: "hidden", timeout: SLOW });
    expect(new URL(page.url()).searchParams.get("entity")).toBeNull();
    expect(new URL(page.url()).searchParams.getAll("expand")).not.toContain(key);

    await page.click("#curation-history-details summary");
    const item = page.locator("#curation-history li.rule-item").first();
    await item.waitFor({ timeout: SLOW });
    expect(await page.locator("#curation-history li.rule-item").count()).toBe(1);
    expect(await item.textContent()).toContain(`排除「${topic?.attributes.label as string}」`);
    expect(await item.textContent()).toContain("tester");
    expect(await item.locator(".rule-note").textContent()).toBe("a slogan, not a topic");
    await screenshot(page, "curation-4-excluded-history");
    await item.locator("[data-curate=undo]").click();
    await toastText(page, /已撤销/);
    await expect.poll(() => drawn(page, key), { timeout: SLOW }).toBe(true);
    await page.waitForSelector("#curation-history li.rule-item", { state: "detached", timeout: SLOW });
    expect(errors).toEqual([]);
  });

  it("4b. retypes an entity and splits a surface form off from the panel; each change is undone", async () => {
    const { page, errors } = await editingPage();
    await searchAndPick(page, "金点子活动", SHORT);
    await page.click("#panel [data-curate=retype]");
    await confirmDialog(page, "retype-dialog", { type: "Topic" });
    const retyped = "Topic:金点子活动";
    await page.waitForSelector(`#panel[data-entity=${quoted(retyped)}] h2`, { timeout: SLOW });
    await expect.poll(() => drawn(page, retyped), { timeout: SLOW }).toBe(true);
    expect(await drawn(page, SHORT)).toBe(false);
    await screenshot(page, "curation-4b-retyped");
    await page.click("#toast [data-curate=undo]");
    await page.waitForSelector(`#panel[data-entity=${quoted(SHORT)}] h2`, { timeout: SLOW });

    // 「“金点子”活动」 is one of its forms: split off, it becomes an entity of its own beside it.
    await page.click(`#panel li[data-surface=${quoted("“金点子”活动")}] [data-curate=split]`);
    await confirmDialog(page, "split-dialog", { name: "金点子活动（引号）" });
    const split = "Project:金点子活动（引号）";
    expect(await toastText(page, /拆分/)).toContain("写法「“金点子”活动」从「金点子活动」拆分为「金点子活动（引号）」");
    await expect.poll(() => drawn(page, split), { timeout: SLOW }).toBe(true);
    expect(await drawn(page, SHORT)).toBe(true);
    const details = await suite.api<EntityDetails>(`/api/entities/${encodeURIComponent(SHORT)}`);
    expect(details.aliases).not.toContain("“金点子”活动");
    await screenshot(page, "curation-4b-split");
    await page.click("#toast [data-curate=undo]");
    await expect.poll(() => drawn(page, split), { timeout: SLOW }).toBe(false);
    expect(errors).toEqual([]);
  });

  it("5. rejects a relation from its evidence in the edge panel: the edge leaves the view; Undo restores it", async () => {
    const { page, errors } = await editingPage("lang=en");
    await searchAndPick(page, suite.hub.name, suite.hub.key);
    expect(await openHubEdgePanel(page, suite.hub)).toBe(true);
    const relation = page.locator("#panel .edge-relations li.relation.stated").first();
    const edge = (await relation.getAttribute("data-edge")) as string;
    await relation.locator(".evidence-list li").first().waitFor({ timeout: SLOW });
    await screenshot(page, "curation-5-edge-panel");
    await relation.locator("[data-curate=reject]").click();
    await confirmDialog(page, "reject-dialog", { note: "the sentence says otherwise" });
    await toastText(page, /reject/);
    // The relation is gone from the view, so the edge panel that showed it closes.
    await page.waitForSelector("#panel", { state: "hidden", timeout: SLOW });
    const [source, type, target] = /^(.*)-\[([A-Z_]+)\]->(.*)$/.exec(edge)?.slice(1) ?? [];
    expect(relationKey(source as string, type as string, target as string)).toBe(edge);
    // The evidence of exactly this relation, not the entity's strongest relations (a capped list, ties in any order).
    const evidenceOf = async () =>
      (
        await suite.api<{ items: unknown[] }>(
          `/api/evidence?source=${encodeURIComponent(source as string)}&target=${encodeURIComponent(target as string)}&type=${type as string}`,
        )
      ).items.length;
    expect(await evidenceOf()).toBe(0);
    await screenshot(page, "curation-5-rejected");
    await page.click("#toast [data-curate=undo]");
    await toastText(page, /Undone/);
    expect(await evidenceOf()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("6. lists 金点子活动 / 金点子征集活动 among the suggestions with reasons and score; Accept merges them", async () => {
    const { page, errors } = await editingPage();
    await searchAndPick(page, "金点子活动", SHORT);
    await searchAndPick(page, "金点子征集活动", LONG);
    await page.click("#curation-suggestions-details summary");
    const pair = page.locator(
      `#curation-suggestions li.suggestion:is([data-keep=${quoted(SHORT)}][data-merge=${quoted(LONG)}], [data-keep=${quoted(LONG)}][data-merge=${quoted(SHORT)}])`,
    );
    await pair.waitFor({ timeout: SLOW });
    expect(await pair.locator(".reasons li").count()).toBeGreaterThan(0);
    expect(await pair.textContent()).toMatch(/可信度 \d\.\d\d/);
    await pair.scrollIntoViewIfNeeded();
    await screenshot(page, "curation-6-suggestions");
    const keep = (await pair.getAttribute("data-keep")) as string;
    const merge = (await pair.getAttribute("data-merge")) as string;
    await pair.locator("[data-curate=accept]").click();
    await toastText(page, /合并/);
    await expect.poll(() => drawn(page, merge), { timeout: SLOW }).toBe(false);
    expect(await drawn(page, keep)).toBe(true);
    await screenshot(page, "curation-6-accepted");
    await page.click("#toast [data-curate=undo]");
    await expect.poll(() => drawn(page, merge), { timeout: SLOW }).toBe(true);
    expect(errors).toEqual([]);
  });
});

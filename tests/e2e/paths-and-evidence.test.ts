// Paths that honour the view's filters and list their steps with evidence, and evidence that marks an inferred
// subject, in real headless Chromium over the sample report (issue 22, items 3 and 4).

import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  ARTIFACTS,
  openExplorer,
  nodePosition,
  screenshot,
  searchAndPick,
  SLOW,
  waitForLayoutToStop,
} from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

const COLLEGE = { key: "Organization:长春中医药大学药学院", name: "长春中医药大学药学院" };
const BANK = { key: "Organization:吉林省兴业银行", name: "吉林省兴业银行" };
const CITY_CPPCC = { key: "Organization:辽源市政协", name: "辽源市政协" };

/** Picks both ends of a path in the entity panel and waits for the answer. */
async function pickPath(page: Page): Promise<void> {
  await searchAndPick(page, COLLEGE.name, COLLEGE.key);
  await page.click("#panel button[data-action=path-from]");
  await searchAndPick(page, BANK.name, BANK.key);
  await page.click("#panel button[data-action=path-to]");
  await page.waitForSelector("#path-results", { timeout: SLOW });
  await page.keyboard.press("Escape");
}

/** The relation, direction and kind of every listed step, and the entity of every step end. */
const listedSteps = (page: Page) =>
  page.locator("#path-results li.path-step").evaluateAll((items) =>
    items.map((item) => ({
      relation: (item as HTMLElement).dataset.relation,
      direction: (item as HTMLElement).dataset.direction,
      stated: item.classList.contains("stated"),
      badge: item.querySelector(".badge")?.textContent ?? "",
      ends: [...item.querySelectorAll<HTMLElement>(".path-step-node")].map((b) => b.dataset.entity ?? ""),
    })),
  );

describe.skipIf(!chromiumPath)("explorer page: paths through what the view shows, evidence with inferred ends", () => {
  const suite = useExplorerSuite();

  it("3. with 议题 and 地点 hidden, paths follow stated relations through shown types, drawn whole, each step listed with its evidence; a switch admits co-occurrence", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh&hideTypes=Topic,Place");
    await waitForLayoutToStop(page);
    await pickPath(page);
    await page.waitForSelector("#path-results li.path-step", { timeout: SLOW });
    expect(await page.locator("#path-results").textContent()).toContain("找到");
    expect(await page.locator("#paths .path-filtered").count()).toBe(1);

    // No step by co-occurrence and no entity of a hidden type: 辽源市 and 长春市 are off every path.
    const steps = await listedSteps(page);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.relation).not.toBe("CO_OCCURS");
      expect(step.stated).toBe(true);
      expect(step.badge).toBe("明确");
      expect(["forward", "backward"]).toContain(step.direction);
    }
    const onPaths = [...new Set(steps.flatMap((s) => s.ends))];
    expect(onPaths).toContain(COLLEGE.key);
    expect(onPaths).toContain(BANK.key);
    for (const key of onPaths) expect(key.startsWith("Place:") || key.startsWith("Topic:")).toBe(false);
    // The first step leaves the college; a step's direction says whether it runs along its relation.
    const first = page.locator("#path-results li.path").first().locator("li.path-step").first();
    expect(await first.locator(".path-step-node").first().getAttribute("data-entity")).toBe(COLLEGE.key);
    expect(await first.locator(".path-relation").textContent()).toMatch(/—.+→|←.+—/);

    // Every node on the paths is drawn, the middle ones too.
    await expect.poll(() => page.locator("#graph").getAttribute("data-path-nodes")).toBe(String(onPaths.length));
    for (const key of onPaths) expect(await nodePosition(page, key), key).not.toBeNull();

    // The evidence of a step is one click away, both of its ends marked or the unnamed one said to be inferred.
    await first.locator("details.evidence summary").click();
    const sentence = first.locator(".evidence-list li").first();
    await sentence.waitFor({ timeout: SLOW });
    expect(await sentence.locator("mark").count()).toBeGreaterThan(0);
    await page.locator("#paths").screenshot({ path: path.join(ARTIFACTS, "explorer-i22-3-path-steps.png") });
    await screenshot(page, "i22-3-paths-filtered");

    // The switch admits co-occurrence: the search runs again and a step by co-occurrence shows, marked as such.
    await page.check("#path-cooccurrence");
    await expect
      .poll(async () => (await listedSteps(page)).some((s) => s.relation === "CO_OCCURS"), { timeout: SLOW })
      .toBe(true);
    const cooccurring = (await listedSteps(page)).find((s) => s.relation === "CO_OCCURS");
    expect(cooccurring?.stated).toBe(false);
    expect(cooccurring?.badge).toBe("共现");
    for (const step of await listedSteps(page))
      for (const key of step.ends) expect(key.startsWith("Place:") || key.startsWith("Topic:")).toBe(false);
    expect(new URL(page.url()).searchParams.get("pathCooccurrence")).toBe("1");

    // Nothing within one hop: the answer says so and what to try, in the interface's language.
    await page.uncheck("#path-cooccurrence");
    // The search runs again without co-occurrence; its answer redraws the form, so wait for it before typing.
    await expect
      .poll(async () => (await listedSteps(page)).every((s) => s.relation !== "CO_OCCURS"), { timeout: SLOW })
      .toBe(true);
    await page.waitForSelector("#path-find:not([disabled])", { timeout: SLOW });
    await page.fill("#path-max-hops", "1");
    await page.click("#path-find");
    await page.waitForSelector("#path-results .path-hints", { timeout: SLOW });
    const hints = await page
      .locator("#path-results .path-hints li")
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.hint));
    expect(hints).toEqual(["cooccurrence", "types", "hops"]);
    expect(await page.locator("#path-results .path-hints").textContent()).toContain("允许共现关系");
    expect(errors).toEqual([]);
  });

  it("4. marks 辽源市政协 as the inferred subject of a collaboration whose sentence names only the partner, and marks both names where both are named", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");
    await waitForLayoutToStop(page);
    await searchAndPick(page, CITY_CPPCC.name, CITY_CPPCC.key);

    // 「与长春师范大学联合开展…」: only the partner is named, the report's author was taken as the subject.
    const partner = page.locator(
      '#panel li.relation[data-relation=COLLABORATES_WITH][data-other="Organization:长春师范大学"]',
    );
    await partner.locator("details.evidence summary").click();
    const inferred = partner.locator(".evidence-list li").first();
    await inferred.waitFor({ timeout: SLOW });
    expect(await inferred.locator(".badge-inferred").textContent()).toBe("推断主语：辽源市政协（报告作者）");
    expect(await inferred.locator(".badge-inferred").getAttribute("data-inferred")).toBe(CITY_CPPCC.key);
    expect(await inferred.locator("mark").evaluateAll((m) => m.map((n) => (n as HTMLElement).dataset.entity))).toEqual([
      "Organization:长春师范大学",
    ]);
    await partner.scrollIntoViewIfNeeded();
    await screenshot(page, "i22-4-inferred-subject");

    // 「省政协以与辽源政协开展三级联动为案例…」 names both: both marked, nothing inferred.
    const province = page.locator(
      '#panel li.relation[data-relation=COLLABORATES_WITH][data-other="Organization:吉林省政协"]',
    );
    await province.locator("details.evidence summary").click();
    const both = province.locator(".evidence-list li").first();
    await both.waitFor({ timeout: SLOW });
    expect(await both.locator(".badge-inferred").count()).toBe(0);
    const marked = await both.locator("mark").evaluateAll((m) => m.map((n) => (n as HTMLElement).dataset.entity));
    expect(new Set(marked)).toEqual(new Set([CITY_CPPCC.key, "Organization:吉林省政协"]));

    // In English too.
    await page.click("#language");
    await page.waitForSelector(`#panel[data-entity="${CITY_CPPCC.key}"] h2`, { timeout: SLOW });
    const again = page.locator(
      '#panel li.relation[data-relation=COLLABORATES_WITH][data-other="Organization:长春师范大学"]',
    );
    await again.locator("details.evidence summary").click();
    await again.locator(".badge-inferred").first().waitFor({ timeout: SLOW });
    expect(await again.locator(".badge-inferred").first().textContent()).toBe(
      "Subject inferred: 辽源市政协 (the report's author)",
    );
    expect(errors).toEqual([]);
  });
});

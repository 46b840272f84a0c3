// The organizations view in real headless Chromium: bodies linked by shared projects beside stated collaborations.

import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { SerializedProjectionGraph } from "../../common/projection-api.js";
import { ARTIFACTS, nodePosition, openExplorer, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

const SHARED_PROJECT = "辽源市自然历史文化挖掘与整理数据化项目";

const keyOf = (graph: SerializedProjectionGraph, name: string): string => {
  const node = graph.nodes.find((n) => n.attributes.label === name);
  if (!node) throw new Error(`e2e: no organization named ${name} in the projection`);
  return node.key;
};

/** The darkest colours a person sees along the line between two nodes (from a screenshot), away from both ends. */
async function coloursAlong(page: Page, a: string, b: string): Promise<Array<[number, number, number]>> {
  const from = await nodePosition(page, a);
  const to = await nodePosition(page, b);
  if (!from || !to) throw new Error("e2e: an end of the link is not drawn");
  const shot = (await page.screenshot()).toString("base64");
  const points = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7].map((share) => ({
    x: Math.round(from.x + (to.x - from.x) * share),
    y: Math.round(from.y + (to.y - from.y) * share),
  }));
  return page.evaluate(
    async ({ shot, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${shot}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      // The darkest pixel of a small box around each point: a thin line need not pass through the point itself.
      return points.map(({ x, y }) => {
        const { data } = context.getImageData(x - 3, y - 3, 7, 7);
        let darkest: [number, number, number] = [255, 255, 255];
        for (let i = 0; i < data.length; i += 4) {
          const pixel: [number, number, number] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
          if (pixel[0] + pixel[1] + pixel[2] < darkest[0] + darkest[1] + darkest[2]) darkest = pixel;
        }
        return darkest;
      });
    },
    { shot, points },
  );
}

/** Whether a colour is close to a hex colour. */
const near = ([r, g, b]: [number, number, number], hex: string): boolean => {
  const n = Number.parseInt(hex.slice(1), 16);
  return Math.abs(r - (n >> 16)) + Math.abs(g - ((n >> 8) & 255)) + Math.abs(b - (n & 255)) < 40;
};

/** Clicks along the line between two nodes until the link panel opens; true once it did. */
async function clickLink(page: Page, a: string, b: string): Promise<boolean> {
  const from = await nodePosition(page, a);
  const to = await nodePosition(page, b);
  if (!from || !to) return false;
  for (const share of [0.5, 0.42, 0.58, 0.35, 0.65]) {
    await page.mouse.click(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
    await page.waitForTimeout(300);
    if ((await page.locator("#panel").getAttribute("data-kind")) === "projection-link") return true;
  }
  return false;
}

describe.skipIf(!chromiumPath)("explorer page: organizations view (shared projects)", () => {
  const suite = useExplorerSuite();

  it("14. opens from the view selector, draws organizations only with shared-project links told apart from stated collaborations, and lists a link's shared projects with their evidence", async () => {
    const projection = await suite.api<SerializedProjectionGraph>("/api/projection/organizations?limit=1000");
    const universityA = keyOf(projection, "长春大学");
    const universityB = keyOf(projection, "长春师范大学");
    // A pair linked both ways: a sentence states 合作 and they share a project.
    const cppcc = keyOf(projection, "辽源市政协");
    expect(
      projection.edges.filter((e) => [e.source, e.target].sort().join() === [cppcc, universityA].sort().join()),
    ).toHaveLength(2);

    const { page, errors } = await suite.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openExplorer(page, suite.url, "lang=zh");
    // The overview's view selector offers the organizations view; choosing it puts it in the link.
    expect(await page.locator("#overview-view option[value=organizations]").textContent()).toBe("机构合作网络");
    await page.selectOption("#overview-view", "organizations");
    await page.click("#overview-reload");
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.renderedNodes)), { timeout: SLOW })
      .toBe(projection.nodes.length);
    expect(new URL(page.url()).searchParams.get("view")).toBe("organizations");
    // Organizations only, and a legend with both kinds of link.
    expect(await page.locator("#legend li[data-type]").count()).toBe(1);
    expect(await page.locator("#legend li[data-type=Organization]").textContent()).toContain(
      String(projection.nodes.length),
    );
    expect(await page.locator("#legend li[data-link=shared-projects]").textContent()).toBe("共同项目");
    expect(await page.locator("#legend li[data-link=stated]").textContent()).toBe("合作（明文）");
    expect(await page.locator("#legend .line-cooccurs").count()).toBe(0);
    await waitForLayoutToStop(page);

    // Drawn apart: a shared-project link alone is a light teal band; a stated collaboration is a dark slate line, drawn
    // over the band when the pair has both. Most of the nine points along each link (another link may cross one).
    const dark = ([r, g, b]: [number, number, number]) => r + g + b < 450;
    const sharedOnly = await coloursAlong(page, universityA, universityB);
    expect(sharedOnly.filter((c) => near(c, "#99e6d8")).length).toBeGreaterThanOrEqual(6);
    expect(sharedOnly.filter(dark).length).toBeLessThanOrEqual(2);
    expect((await coloursAlong(page, cppcc, universityA)).filter(dark).length).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: path.join(ARTIFACTS, "projection-view.png") });

    // Clicking the shared-project link lists the project both take part in, each tie with its sentence marked.
    expect(await clickLink(page, universityA, universityB)).toBe(true);
    const panel = page.locator("#panel");
    const project = panel.locator("li.shared-project");
    await project.first().waitFor({ timeout: SLOW });
    expect(await project.count()).toBe(1);
    expect(await project.locator("button.link-button").first().textContent()).toBe(SHARED_PROJECT);
    const ties = project.locator("details.project-tie");
    expect(await ties.count()).toBe(2);
    expect((await ties.locator("summary").allTextContents()).map((text) => text.split(" · ")[0]).sort()).toEqual([
      "长春大学",
      "长春师范大学",
    ]);
    const sentence = ties.first().locator("blockquote");
    expect(await sentence.textContent()).toContain(SHARED_PROJECT);
    expect(await sentence.locator("mark").count()).toBeGreaterThanOrEqual(2);
    expect(await ties.first().locator("cite").textContent()).toContain("2021-01-11");
    // No sentence says these two collaborate: the panel says so.
    expect(await panel.locator("[data-section=stated]").textContent()).toContain("没有句子明说二者合作");
    await page.screenshot({ path: path.join(ARTIFACTS, "projection.png") });

    // The panel follows the language.
    await page.click("#language");
    await expect.poll(() => panel.locator("h2").textContent()).toBe("How the two bodies are linked");
    expect(errors).toEqual([]);
  });

  it("14. asks the server again when the date range changes, and says when no pair shares a project in it", async () => {
    const { page, errors } = await suite.newPage();
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/projection/organizations")) asked.push(request.url());
    });
    await openExplorer(page, suite.url, "lang=zh&view=organizations");
    expect(await page.evaluate(() => Number(document.body.dataset.renderedNodes))).toBeGreaterThan(2);
    await page.fill("#filter-date-from", "2022");
    await page.dispatchEvent("#filter-date-from", "change");
    await expect.poll(() => page.locator("#notice").textContent(), { timeout: SLOW }).toContain("没有两个机构");
    expect(new URL(asked.at(-1) as string).searchParams.get("from")).toBe("2022");
    expect(new URL(page.url()).searchParams.get("dateFrom")).toBe("2022");
    expect(errors).toEqual([]);
  });
});

// Time in the explorer (issue 22, items 12 and 6): the time bar's range and play on the date filter, in the link and
// in the communities view; nodes left without a relation in range hide; the date boxes' bounds and an inverted range.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { GraphStats, SerializedCommunityGraph, SerializedEntityGraph, Timeline } from "../../common/api.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { openTestGraph } from "../helpers/test-graph.js";
import { ARTIFACTS, openExplorer, screenshot, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

/** A second, earlier report, so the graph spans several years (the sample report is dated 2021-01-11 alone). */
const EARLIER_REPORT = `辽源市政协2019年工作报告

2019年，辽源市政协与长春师范大学联合开展辽源市自然历史文化调研活动。
市政协与吉林大学共同举办民营经济发展座谈会，邀请辽源市工商联参加。
民革辽源市委会与辽源市金融办联合开展金融服务对接活动。
`;

type Range = { from: number | null; to: number | null };

/** Whether a relation's dated span meets a range of years (as the explorer's filter decides, by year here). */
const meets = (a: { firstDate?: string; lastDate?: string }, r: Range): boolean => {
  const first = a.firstDate ?? a.lastDate;
  const last = a.lastDate ?? a.firstDate;
  if (first === undefined || last === undefined) return false;
  return (
    (r.from === null || Number(last.slice(0, 4)) >= r.from) && (r.to === null || Number(first.slice(0, 4)) <= r.to)
  );
};

const signal = (page: Page, name: string) =>
  page.evaluate((key) => document.querySelector<HTMLElement>("#graph")?.dataset[key], name);

/** The keys of the nodes drawn (not hidden) among `keys`, through the test hook. */
const drawnNodes = (page: Page, keys: string[]) =>
  page.evaluate((all) => all.filter((k) => window.__kgExplorer?.nodePosition(k) != null).sort(), keys);

const rangeOfUrl = (page: Page): Range => {
  const q = new URL(page.url()).searchParams;
  return {
    from: q.has("dateFrom") ? Number(q.get("dateFrom")?.slice(0, 4)) : null,
    to: q.has("dateTo") ? Number(q.get("dateTo")?.slice(0, 4)) : null,
  };
};

describe.skipIf(!chromiumPath)("explorer page: time", () => {
  const suite = useExplorerSuite();
  let work = "";
  let overview: SerializedEntityGraph;
  let timeline: Timeline;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "kg-time-e2e-"));
    const file = path.join(work, "liaoyuan-cppcc-2019.txt");
    await writeFile(file, EARLIER_REPORT);
    await writeFile(`${file}.meta.json`, JSON.stringify({ title: "辽源市政协2019年工作报告", date: "2019-06-20" }));
    const db = openTestGraph();
    try {
      await ingestDocuments(db, [file], { progress: SILENT_PROGRESS });
    } finally {
      await db.close();
    }
    overview = await suite.api<SerializedEntityGraph>("/api/overview?view=auto&limit=1000&measure=degree");
    timeline = await suite.api<Timeline>("/api/timeline");
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** Checks that exactly the relations dated in a range are drawn, and exactly the nodes they join. */
  const expectDrawnIn = async (page: Page, range: Range): Promise<void> => {
    const edges = overview.edges.filter((e) => meets(e.attributes, range));
    const ends = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    await expect.poll(() => signal(page, "visibleEdges"), { timeout: SLOW }).toBe(String(edges.length));
    expect(
      await drawnNodes(
        page,
        overview.nodes.map((n) => n.key),
      ),
    ).toEqual(ends);
    expect(await signal(page, "visibleNodes")).toBe(String(ends.length));
  };

  it("12. a time bar of relations per year: a dragged range and a play step filter the view, the link keeps it", async () => {
    expect(timeline.years.map((y) => y.year)).toEqual([2019, 2020, 2021]);
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    await waitForLayoutToStop(page);
    await page.waitForSelector("#time-bar:not([hidden]) .time-year", { timeout: SLOW });
    expect(await page.locator("#time-bar .time-year").count()).toBe(3);
    expect(await page.locator("#time-range-label").textContent()).toBe("All years");
    expect(await page.locator("#time-bar .time-hint").textContent()).toContain("one year at a time");

    // Drag the last-year handle onto the first year's column: the range is 2019 alone.
    const handle = await page.locator("#time-to").boundingBox();
    const first = await page.locator('#time-bar .time-year[data-year="2019"]').boundingBox();
    if (!handle || !first) throw new Error("e2e: the time bar has no handle or column");
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => rangeOfUrl(page)).toEqual({ from: 2019, to: 2019 });
    expect(await page.locator("#time-range-label").textContent()).toBe("2019");
    expect(await page.locator("#filter-date-from").inputValue()).toBe("2019");
    await expectDrawnIn(page, { from: 2019, to: 2019 });
    const in2019 = Number(await signal(page, "visibleEdges"));
    expect(in2019).toBeGreaterThan(0);
    expect(in2019).toBeLessThan(overview.edges.length);
    await page.screenshot({ path: path.join(ARTIFACTS, "time-bar.png") });

    // Play moves the span a year at once; pause stops it (the next step would come after more than a second).
    await page.click("#time-play");
    await expect.poll(() => rangeOfUrl(page)).toEqual({ from: 2020, to: 2020 });
    expect(await page.locator("#time-play").getAttribute("aria-pressed")).toBe("true");
    await page.click("#time-play");
    expect(await page.locator("#time-play").getAttribute("aria-pressed")).toBe("false");
    const played = rangeOfUrl(page);
    await expectDrawnIn(page, played);
    // One more step through the test hook: the last year, then no step further.
    if (played.to === 2020) expect(await page.evaluate(() => window.__kgExplorer?.timeStep())).toBe(true);
    await expect.poll(() => rangeOfUrl(page)).toEqual({ from: 2021, to: 2021 });
    expect(await page.evaluate(() => window.__kgExplorer?.timeStep())).toBe(false);
    await expectDrawnIn(page, { from: 2021, to: 2021 });

    // The link reopens the same range: the same bar, the same relations and nodes drawn.
    const link = new URL(page.url());
    expect(link.searchParams.get("dateFrom")).toBe("2021");
    const { page: reopened, errors: reopenedErrors } = await suite.newPage();
    await openExplorer(reopened, suite.url, link.search);
    await reopened.waitForSelector("#time-bar:not([hidden]) .time-year", { timeout: SLOW });
    expect(await reopened.locator("#time-range-label").textContent()).toBe("2021");
    expect(await reopened.locator("#time-to").getAttribute("aria-valuenow")).toBe("2021");
    await expectDrawnIn(reopened, { from: 2021, to: 2021 });
    expect([...errors, ...reopenedErrors]).toEqual([]);
  });

  it("6. the date boxes show the corpus's first and last dates and refuse an inverted range in the user's language", async () => {
    const stats = await suite.api<GraphStats>("/api/stats");
    expect([timeline.firstDate, timeline.lastDate]).toEqual([stats.documents.firstDate, stats.documents.lastDate]);
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");
    await page.waitForSelector("#filter-date-bounds", { timeout: SLOW });
    expect(await page.locator("#filter-date-from").getAttribute("placeholder")).toBe("2019-06-20");
    expect(await page.locator("#filter-date-to").getAttribute("placeholder")).toBe(stats.documents.lastDate);
    expect(await page.locator("#filter-date-bounds").textContent()).toBe(
      `语料日期：2019-06-20 至 ${stats.documents.lastDate}`,
    );

    // A date range hides the nodes it leaves without a relation.
    await page.locator("#filter-date-to").fill("2019-12");
    await page.locator("#filter-date-to").dispatchEvent("change");
    await expect.poll(() => rangeOfUrl(page)).toEqual({ from: null, to: 2019 });
    await expectDrawnIn(page, { from: null, to: 2019 });

    // From after to: refused with a message, not applied, the link unchanged.
    const before = await signal(page, "visibleEdges");
    await page.locator("#filter-date-from").fill("2021");
    await page.locator("#filter-date-from").dispatchEvent("change");
    await expect(page.locator("#filter-date-error").isVisible()).resolves.toBe(true);
    expect(await page.locator("#filter-date-error").textContent()).toBe("起始日期晚于结束日期，未应用此范围");
    expect(new URL(page.url()).searchParams.get("dateFrom")).toBeNull();
    expect(await signal(page, "visibleEdges")).toBe(before);
    await page.locator("#filter-date-from").fill("2019");
    await page.locator("#filter-date-from").dispatchEvent("change");
    await expect.poll(() => rangeOfUrl(page)).toEqual({ from: 2019, to: 2019 });
    expect(await page.locator("#filter-date-error").isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("12. the communities view honours the range: links and communities without relations in it hide", async () => {
    const communities = await suite.api<SerializedCommunityGraph>(
      "/api/overview?view=communities&limit=1000&measure=degree",
    );
    const has2019 = (years?: number[]) => (years ?? []).includes(2019);
    const links = communities.edges.filter((e) => has2019(e.attributes.years));
    const shown = new Set([
      ...communities.nodes.filter((n) => has2019(n.attributes.years)).map((n) => n.key),
      ...links.flatMap((e) => [e.source, e.target]),
    ]);
    expect(communities.edges.some((e) => (e.attributes.years ?? []).length > 0)).toBe(true);
    expect(shown.size).toBeLessThan(communities.nodes.length);

    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh&view=communities&dateFrom=2019&dateTo=2019");
    await page.waitForSelector("#time-bar:not([hidden]) .time-year", { timeout: SLOW });
    expect(await page.locator("#filters").textContent()).not.toContain("视图中的关系没有日期");
    expect(await page.locator("#time-range-label").textContent()).toBe("2019 年");
    await expect.poll(() => signal(page, "visibleEdges"), { timeout: SLOW }).toBe(String(links.length));
    expect(
      await drawnNodes(
        page,
        communities.nodes.map((n) => n.key),
      ),
    ).toEqual([...shown].sort());
    await screenshot(page, "12-time-communities");
    await page.click("#time-clear");
    await expect.poll(() => signal(page, "visibleEdges")).toBe(String(communities.edges.length));
    expect(new URL(page.url()).searchParams.get("dateFrom")).toBeNull();
    expect(errors).toEqual([]);
  });
});

// Shortest paths between two entities picked in the panel, in real headless Chromium.

import { describe, expect, it } from "vitest";
import type { PathsResult } from "../../common/api.js";
import { openExplorer, screenshot, searchAndPick, SLOW } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

describe.skipIf(!chromiumPath)("explorer page: paths", () => {
  const suite = useExplorerSuite();

  it("6. finds and highlights the shortest paths between two entities picked in the panel", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en");
    // Two entities that are joined through at least one other.
    const others = suite.overview.nodes
      .map((n) => n.key)
      .filter((k) => k !== suite.hub.key && !suite.hub.relations.some((r) => r.other.key === k));
    let target = "";
    let answer: PathsResult | null = null;
    for (const key of others) {
      const result = await suite.api<PathsResult>(
        `/api/paths?from=${encodeURIComponent(suite.hub.key)}&to=${encodeURIComponent(key)}&maxHops=4&k=3`,
      );
      if (result.paths.length > 0) {
        target = key;
        answer = result;
        break;
      }
    }
    expect(answer).not.toBeNull();
    const targetName = suite.overview.nodes.find((n) => n.key === target)?.attributes.label as string;

    await searchAndPick(page, suite.hub.name, suite.hub.key);
    await page.click("#panel button[data-action=path-from]");
    await searchAndPick(page, targetName, target);
    await page.click("#panel button[data-action=path-to]");
    await page.waitForSelector("#path-results li.path", { timeout: SLOW });
    const paths = (answer as PathsResult).paths;
    expect(await page.locator("#path-results li.path").count()).toBe(paths.length);
    const firstPath = page.locator("#path-results li.path").first().locator(".path-node");
    expect(await firstPath.first().getAttribute("data-entity")).toBe(suite.hub.key);
    expect(await firstPath.last().getAttribute("data-entity")).toBe(target);
    expect(await page.locator("#path-results").textContent()).toContain(`${paths.length} paths found`);
    const onPaths = new Set(paths.flatMap((path) => path.nodes)).size;
    await expect.poll(() => page.locator("#graph").getAttribute("data-path-nodes")).toBe(String(onPaths));
    const url = new URL(page.url());
    expect([url.searchParams.get("pathFrom"), url.searchParams.get("pathTo")]).toEqual([suite.hub.key, target]);
    await page.keyboard.press("Escape");
    await screenshot(page, "6-paths");

    await page.click("#path-clear");
    await page.waitForSelector("#path-results", { state: "detached" });
    expect(new URL(page.url()).searchParams.get("pathFrom")).toBeNull();
    expect(errors).toEqual([]);
  });
});

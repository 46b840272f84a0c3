// One community numbering (explorer, communities overview, legend, exports) and exports other tools read as they are
// (GEXF 1.3 through networkx, the same CSV from the API and the explorer, a 2× PNG with its legend), in real Chromium.

import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { SerializedCommunityGraph, SerializedEntityGraph } from "../../common/api.js";
import { GEXF_NAMESPACE } from "../../common/export/gexf.js";
import { ENTITY_COLORS } from "../../client/graph/entity-style.js";
import { ARTIFACTS, openExplorer, screenshot, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

const TYPE_COLORS = new Set(Object.values(ENTITY_COLORS));

interface LegendLine {
  community: number | null;
  otherCommunities: number | null;
  count: number;
  color: string;
}

const drawnNodes = (page: Page) => page.evaluate(() => window.__kgExplorer?.drawnNodes() ?? []);

async function legendLines(page: Page): Promise<LegendLine[]> {
  return page.$$eval("#legend .legend-items:not(.legend-edges) li", (items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return {
        community: d.community === undefined ? null : Number(d.community),
        otherCommunities: d.communityOther === undefined ? null : Number(d.communityOther),
        count: Number(d.count),
        color: d.color ?? "",
      };
    }),
  );
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: SLOW }), page.click(button)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The CSV's lines without its byte-order mark, sorted (the API and the explorer list rows in their own order). */
const csvLines = (text: string): string[] =>
  text
    .replace(/^\ufeff/, "")
    .trimEnd()
    .split("\r\n")
    .sort();

describe.skipIf(!chromiumPath)("explorer page: communities and exports", () => {
  const suite = useExplorerSuite();

  it("7. colours by the server's communities, with a legend that explains every node and matches the communities view", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=en&color=community");
    await page.waitForSelector("#graph[data-analysis=done][data-color-by=community]", { timeout: SLOW });
    await waitForLayoutToStop(page);
    await screenshot(page, "7-colour-by-community");

    const nodes = (await drawnNodes(page)).filter((n) => n.kind === "entity");
    const view = await suite.api<SerializedCommunityGraph>("/api/overview?view=communities&limit=1000");
    // The whole sample is in view, so its communities are the communities view's, entity for entity.
    expect(nodes).toHaveLength(view.attributes.totalEntities);
    const serverCommunity = new Map(suite.overview.nodes.map((n) => [n.key, n.attributes.community]));
    for (const n of nodes) expect(n.community, n.key).toBe(serverCommunity.get(n.key));
    const sizes = new Map<number, number>();
    for (const n of nodes) sizes.set(n.community as number, (sizes.get(n.community as number) ?? 0) + 1);
    expect(sizes.size).toBe(view.attributes.totalCommunities);
    for (const c of view.nodes) expect(sizes.get(c.attributes.community), c.key).toBe(c.attributes.members);

    // Every community shown has a legend line (its own, or its share of the "other" line), every node is counted.
    const legend = await legendLines(page);
    const own = legend.filter((l) => l.community !== null);
    const other = legend.find((l) => l.otherCommunities !== null);
    expect(own.length + (other?.otherCommunities ?? 0)).toBe(sizes.size);
    expect(legend.reduce((sum, l) => sum + l.count, 0)).toBe(nodes.length);
    for (const line of own) expect(line.count).toBe(sizes.get(line.community as number));
    const lineColor = new Map(own.map((l) => [l.community as number, l.color]));
    for (const n of nodes) expect(n.color, n.key).toBe(lineColor.get(n.community as number) ?? other?.color);
    expect(new Set(legend.map((l) => l.color)).size).toBe(legend.length);
    for (const line of legend) expect(TYPE_COLORS.has(line.color), line.color).toBe(false);

    // The communities overview's dots wear the same colours, never an entity type's.
    const { page: overview } = await suite.newPage();
    await openExplorer(overview, suite.url, "lang=en&view=communities");
    await waitForLayoutToStop(overview);
    const dots = (await drawnNodes(overview)).filter((n) => n.kind === "community");
    expect(dots.length).toBe(view.nodes.length);
    for (const dot of dots) {
      expect(TYPE_COLORS.has(dot.color), dot.key).toBe(false);
      expect(dot.color, dot.key).toBe(lineColor.get(dot.community as number) ?? other?.color);
    }
    const overviewLegend = await legendLines(overview);
    expect(overviewLegend.reduce((sum, l) => sum + l.count, 0)).toBe(
      view.nodes.reduce((sum, c) => sum + c.attributes.members, 0),
    );
    await screenshot(overview, "7-communities-overview");

    // A neighbourhood from the API carries the same numbering, so an expanded view is coloured by the same communities.
    const around = await suite.api<SerializedEntityGraph>(
      `/api/entities/${encodeURIComponent(suite.hub.key)}/neighborhood?depth=2`,
    );
    expect(around.nodes.length).toBeGreaterThan(1);
    for (const n of around.nodes) expect(n.attributes.community, n.key).toBe(serverCommunity.get(n.key));

    // The export carries the same numbering.
    const csv = (await download(page, "button[data-export=csvNodes]")).bytes.toString("utf8");
    const rows = csvLines(csv).filter((line) => !line.startsWith("Id,"));
    expect(rows).toHaveLength(nodes.length);
    for (const n of nodes.slice(0, 20))
      expect(rows.some((r) => r.startsWith(`${n.key},`) && r.endsWith(`,${n.community}`))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("8. exports GEXF 1.3 networkx reads with colours, the API's CSV equal to the explorer's, and a 2× PNG with its legend", async () => {
    const { page, errors } = await suite.newPage();
    await openExplorer(page, suite.url, "lang=zh");
    await waitForLayoutToStop(page);
    const nodes = await drawnNodes(page);
    const api = async (query: string) => (await fetch(`${suite.url}/api/export?${query}`)).text();
    const [apiGexf, apiNodes, apiEdges] = [
      await api("format=gexf"),
      await api("format=csv&table=nodes"),
      await api("format=csv&table=edges"),
    ];

    // (a) GEXF 1.3 from the explorer and from the API, read back by networkx (without blocking the in-process server).
    const gexfPath = path.join(ARTIFACTS, "communities-and-exports-view.gexf");
    await writeFile(gexfPath, (await download(page, "button[data-export=gexf]")).bytes);
    const apiGexfPath = path.join(ARTIFACTS, "communities-and-exports-api.gexf");
    await writeFile(apiGexfPath, apiGexf);
    const probe = nodes[0] as (typeof nodes)[number];
    const read = await promisify(execFile)(
      "python3",
      [
        "-c",
        `import json, sys, networkx as nx
import xml.etree.ElementTree as ET
out = []
for f in sys.argv[2:]:
    g = nx.read_gexf(f)
    out.append({"root": ET.parse(f).getroot().tag, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "viz": g.nodes[sys.argv[1]].get("viz", {})})
print(json.dumps(out))`,
        probe.key,
        gexfPath,
        apiGexfPath,
      ],
      { encoding: "utf8" },
    );
    const [fromView, fromApi] = JSON.parse(read.stdout) as Array<{
      root: string;
      nodes: number;
      edges: number;
      viz: { color?: { r: number; g: number; b: number }; size?: number; position?: { x: number } };
    }>;
    expect(fromView?.root).toBe(`{${GEXF_NAMESPACE}}gexf`);
    expect(fromApi?.root).toBe(`{${GEXF_NAMESPACE}}gexf`);
    expect(fromView?.nodes).toBe(nodes.length);
    expect(fromApi?.nodes).toBe(nodes.length);
    expect(fromView?.edges).toBe(suite.overview.edges.length);
    const { r, g, b } = fromView?.viz.color ?? { r: -1, g: -1, b: -1 };
    expect(`#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`).toBe(probe.color);
    expect(fromView?.viz.size).toBeGreaterThan(0);
    expect(typeof fromView?.viz.position?.x).toBe("number");

    // (b) The same graph as CSV from the API and from the explorer: the same lines.
    const viewNodes = (await download(page, "button[data-export=csvNodes]")).bytes.toString("utf8");
    const viewEdges = (await download(page, "button[data-export=csvEdges]")).bytes.toString("utf8");
    expect(csvLines(viewNodes)).toEqual(csvLines(apiNodes));
    expect(csvLines(viewEdges)).toEqual(csvLines(apiEdges));
    expect(apiEdges).toMatch(/,(true|false),\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}\r\n/);

    // (c) A 2× PNG: twice the canvas in each direction, its legend drawn into the top-left corner.
    await page.selectOption("#export-png-scale", "2");
    await page.locator("#exports").screenshot({ path: path.join(ARTIFACTS, "explorer-8-export-section.png") });
    const png = await download(page, "button[data-export=png]");
    await writeFile(path.join(ARTIFACTS, "explorer-8-png-2x.png"), png.bytes);
    expect(png.name).toBe("kg-explorer-view@2x.png");
    const canvas = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>("#graph canvas");
      return { width: c?.width ?? 0, height: c?.height ?? 0 };
    });
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([canvas.width * 2, canvas.height * 2]);
    const legendColors = (await legendLines(page)).map((l) => l.color);
    const found = await page.evaluate(
      async ({ data, colors }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const c = document.createElement("canvas");
        [c.width, c.height] = [image.width, image.height];
        const ctx = c.getContext("2d") as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        // The legend box: 12 CSS pixels in, at 2×, a few lines tall.
        const { data: px } = ctx.getImageData(24, 24, 300, 40 + 36 * colors.length);
        const seen = new Set<string>();
        let dark = 0;
        for (let i = 0; i < px.length; i += 4) {
          const [r, g, b] = [px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0];
          seen.add(`#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`);
          if (r + g + b < 200) dark++;
        }
        return { colors: colors.filter((color) => seen.has(color)), dark };
      },
      { data: png.bytes.toString("base64"), colors: legendColors },
    );
    expect(found.colors).toEqual(legendColors);
    expect(found.dark).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

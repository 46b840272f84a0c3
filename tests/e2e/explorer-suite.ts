// The setup every explorer e2e file shares: the sample report in Neo4j, the server and Chromium, started once per file.

import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll } from "vitest";
import type { Page } from "playwright-core";
import type { EntityDetails, SerializedEntityGraph } from "../../common/api.js";
import { findChromium, launchChromium, NO_CHROMIUM_MESSAGE } from "../helpers/chromium.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";
import { ARTIFACTS, openExplorer, searchAndPick, waitForLayoutToStop } from "./explorer-page.js";

/** Chromium on this machine, or undefined (the files then skip their tests and say why). */
export const chromiumPath = findChromium();
if (!chromiumPath) console.warn(NO_CHROMIUM_MESSAGE);

/** What a test file reads once its suite has started. */
export interface ExplorerSuite {
  readonly url: string;
  /** The default overview (view auto, 1000 nodes, by degree). */
  readonly overview: SerializedEntityGraph;
  /** The entity of the overview with the most stated relations, and its details. */
  readonly hub: EntityDetails;
  api<T>(pathAndQuery: string): Promise<T>;
  /** A fresh page that fails the test on any uncaught page error. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  /** A fresh page of the explorer opened with `query`, its layout settled and the hub picked through the search box. */
  openAtHub(query: string): Promise<{ page: Page; errors: string[] }>;
}

/** Starts the suite before the file's tests and stops it after them; call it inside the file's describe. */
export function useExplorerSuite(): ExplorerSuite {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let overview: SerializedEntityGraph;
  let hub: EntityDetails;
  const pages: Page[] = [];

  const suite: ExplorerSuite = {
    get url() {
      return server.url;
    },
    get overview() {
      return overview;
    },
    get hub() {
      return hub;
    },
    api: async <T>(pathAndQuery: string): Promise<T> => (await (await fetch(server.url + pathAndQuery)).json()) as T,
    async newPage() {
      const page = await browser.context.newPage();
      pages.push(page);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      return { page, errors };
    },
    async openAtHub(query) {
      const opened = await suite.newPage();
      await openExplorer(opened.page, server.url, query);
      await waitForLayoutToStop(opened.page);
      await searchAndPick(opened.page, hub.name, hub.key);
      return opened;
    },
  };

  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db);
    browser = await launchChromium(chromiumPath as string);
    await mkdir(ARTIFACTS, { recursive: true });
    overview = await suite.api<SerializedEntityGraph>("/api/overview?view=auto&limit=1000&measure=degree");
    const stated = new Map<string, number>();
    for (const e of overview.edges)
      if (e.attributes.stated) for (const k of [e.source, e.target]) stated.set(k, (stated.get(k) ?? 0) + 1);
    const hubKey = [...stated.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    hub = await suite.api<EntityDetails>(`/api/entities/${encodeURIComponent(hubKey)}`);
  });

  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await db.close();
  });

  return suite;
}

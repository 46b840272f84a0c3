// Script payloads in every text field the explorer shows (entity names, document titles, sentences) stay text (issue 23).

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { CurationChangeResponse } from "../../common/api.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { TEST_TOKEN } from "../helpers/serve-explorer.js";
import { openTestGraph } from "../helpers/test-graph.js";
import { openExplorer, screenshot, searchAndPick, SLOW, waitForLayoutToStop } from "./explorer-page.js";
import { chromiumPath, useExplorerSuite } from "./explorer-suite.js";

/** Each payload sets window.__pwned when it runs; the page must show it as text and never run it. */
const NAME_PAYLOAD = `<img src=x onerror="window.__pwned='name'">研究会`;
const TITLE_PAYLOAD = `<script>window.__pwned='title'</script>报告`;
const SENTENCE_PAYLOAD = `<svg onload="window.__pwned='sentence'"></svg>`;

/** What a page shows of a run payload: the flag it set and any element a payload would have made. */
async function ranPayload(page: Page): Promise<unknown[]> {
  return page.evaluate(() => [
    (window as unknown as { __pwned?: string }).__pwned ?? null,
    document.querySelectorAll("img[src=x], svg[onload], script:not([src]):not([type])").length,
  ]);
}

describe.skipIf(!chromiumPath)("explorer page: hostile text", () => {
  const suite = useExplorerSuite();
  const db = openTestGraph();
  let dir: string;
  let renamed: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kg-test-hostile-"));
    const file = path.join(dir, "payload.txt");
    await writeFile(
      file,
      `${TITLE_PAYLOAD}\n辽源市政协与长春师范大学联合开展${SENTENCE_PAYLOAD}文化挖掘项目，推动校地合作。\n`,
    );
    await ingestDocuments(db, [file], { progress: SILENT_PROGRESS });
    const response = await fetch(`${suite.url}/api/curation/rules`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "rename", entity: "Organization:长春师范大学", into: { name: NAME_PAYLOAD } }),
    });
    expect(response.status).toBe(201);
    const change = (await response.json()) as CurationChangeResponse;
    expect(change.touched.entities).toContain(`Organization:${NAME_PAYLOAD}`);
    renamed = `Organization:${NAME_PAYLOAD}`;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await db.close();
  });

  it("shows a payload in a name, a title and a sentence as text in the panel, the evidence and the reader, and runs none", async () => {
    const { page, errors } = await suite.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openExplorer(page, suite.url, "lang=zh");
    await waitForLayoutToStop(page);
    await searchAndPick(page, "研究会", renamed);
    expect(await page.locator("#panel h2").textContent()).toBe(NAME_PAYLOAD);

    // The collaboration's evidence from the payload document, and that document in the reader.
    const relation = page.locator("#panel .relation-group[data-relation=COLLABORATES_WITH] li.relation").first();
    await relation.locator("details.evidence summary").click();
    const evidence = relation.locator(".evidence-list li", { hasText: SENTENCE_PAYLOAD });
    await evidence.waitFor({ timeout: SLOW });
    expect(await evidence.locator("blockquote").textContent()).toContain(SENTENCE_PAYLOAD);
    await evidence.locator("button.read-in-document").click();
    const reader = page.locator("#reader");
    await reader.locator(".reader-sentence.current").waitFor({ timeout: SLOW });
    expect(await reader.locator("h2").textContent()).toBe(TITLE_PAYLOAD);
    expect(await reader.locator(".reader-text").textContent()).toContain(SENTENCE_PAYLOAD);
    await screenshot(page, "hostile-text-reader");

    // A search whose hits carry the payload name.
    await page.keyboard.press("Escape");
    await page.fill("#search-input", "<img");
    await page.waitForTimeout(500);
    expect(await ranPayload(page)).toEqual([null, 0]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

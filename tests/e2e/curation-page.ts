// Helpers for the curation e2e tests: the edit switch, the edit dialogs, what the graph draws, and leaving no rule behind.

import type { Page } from "playwright-core";
import type { CurationRulesResponse } from "../../common/api.js";
import { TEST_TOKEN } from "../helpers/serve-explorer.js";
import { SLOW } from "./explorer-page.js";

/** A CSS attribute value in double quotes. */
export const quoted = (value: string): string => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** Turns the edit switch on with a token; resolves once the switch shows it is on (or the dialog says why not). */
export async function turnOnEdit(page: Page, token = TEST_TOKEN): Promise<void> {
  await page.click("#edit");
  await page.fill("#token-dialog-token", token);
  await page.click("#token-dialog button[type=submit]");
}

/** Fills an edit dialog's fields (by name) and confirms it. */
export async function confirmDialog(page: Page, id: string, values: Record<string, string> = {}): Promise<void> {
  await page.waitForSelector(`#${id}[open]`, { timeout: SLOW });
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`#${id}-${name}`);
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await page.click(`#${id} button[type=submit]`);
  await page.waitForSelector(`#${id}`, { state: "detached", timeout: SLOW });
}

/** Whether the explorer draws a node (the test hook knows where it is). */
export function drawn(page: Page, key: string): Promise<boolean> {
  return page.evaluate((k) => window.__kgExplorer?.nodePosition(k) !== null, key);
}

/** Waits for the toast of a change (made or undone) and returns its text. */
export async function toastText(page: Page, pattern: RegExp): Promise<string> {
  const toast = page.locator("#toast");
  await toast.filter({ hasText: pattern }).waitFor({ timeout: SLOW });
  return (await toast.textContent()) ?? "";
}

/** Undoes, through the API, every rule still stored (newest first), so the shared graph is left as found. */
export async function undoAllRules(baseUrl: string): Promise<number> {
  const { rules } = (await (await fetch(`${baseUrl}/api/curation/rules`)).json()) as CurationRulesResponse;
  for (const rule of [...rules].reverse()) {
    await fetch(`${baseUrl}/api/curation/undo`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${TEST_TOKEN}` },
      body: JSON.stringify({ id: rule.id }),
    });
  }
  return rules.length;
}

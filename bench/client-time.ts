// The time bar's play step on a big view: open the explorer with its test hook, let the layout stop, then step play
// through the years and time each step's redraw (the state change, the reducers and sigma's render, all synchronous)
// and the time to the next frame.

import type { BrowserContext } from "playwright-core";

const FIRST_FRAME_TIMEOUT_MS = 120_000;
const LAYOUT_TIMEOUT_MS = 60_000;
/** Steps timed per visit: the synthetic graph's ten years. */
const STEPS = 10;

export interface PlayStepTimes {
  /** Per step: from the step's call until sigma has drawn (synchronous work). */
  redrawMs: number[];
  /** Per step: from the step's call until the next animation frame. */
  frameMs: number[];
  /** Edges drawn after the first step, to show the steps filtered something. */
  visibleEdges: number;
}

/** Visits `url` (an explorer page) with the test hook and times play steps. */
export async function timePlaySteps(context: BrowserContext, url: string): Promise<PlayStepTimes> {
  const page = await context.newPage();
  try {
    const hooked = new URL(url);
    hooked.searchParams.set("testHook", "1");
    await page.goto(hooked.toString());
    await page.waitForFunction(() => performance.getEntriesByName("kg:first-frame").length > 0, undefined, {
      timeout: FIRST_FRAME_TIMEOUT_MS,
      polling: 100,
    });
    await page
      .waitForFunction(() => document.querySelector('#graph[data-layout="running"]') === null, undefined, {
        timeout: LAYOUT_TIMEOUT_MS,
        polling: 200,
      })
      .catch(() => console.log(`WARNING: ${url}: the layout still ran; timing play steps anyway`));
    // The timeline arrives on its own request; play needs its years.
    await page.waitForSelector("#time-bar:not([hidden])", { timeout: FIRST_FRAME_TIMEOUT_MS });
    // No named inner functions in the page: tsx would wrap them in a helper the page lacks.
    const times = await page.evaluate(async (steps) => {
      const redrawMs: number[] = [];
      const frameMs: number[] = [];
      let visibleEdges = -1;
      for (let i = 0; i < steps; i++) {
        const started = performance.now();
        if (!window.__kgExplorer?.timeStep()) break;
        redrawMs.push(performance.now() - started);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
        frameMs.push(performance.now() - started);
        if (i === 0) visibleEdges = Number(document.querySelector<HTMLElement>("#graph")?.dataset.visibleEdges);
      }
      return { redrawMs, frameMs, visibleEdges };
    }, STEPS);
    if (times.redrawMs.length === 0) throw new Error(`bench/client: ${url}: the time bar took no play step`);
    return times;
  } finally {
    await page.close();
  }
}

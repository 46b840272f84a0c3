// Driving one bench page in headless Chromium: open it, wait for its first frame and layout, and count the frames
// it draws during a scripted pan and zoom. The explorer and the bare sigma page mark their first frame alike.

import { errors, type BrowserContext, type Mouse, type Page } from "playwright-core";

const FIRST_FRAME_TIMEOUT_MS = 120_000;
/** The explorer caps its ForceAtlas2 at 30 s; past this, the bench measures anyway and says so. */
const LAYOUT_TIMEOUT_MS = 60_000;
const QUIET_AFTER_VISIT_MS = 1500;

/** One visit of a page: milliseconds from navigation start, and the frame rate during the gesture (if measured). */
export interface Visit {
  firstFrameMs: number;
  /** When the page asked for /api/overview and when the answer had arrived (NaN if it never asked). */
  apiAskedMs: number;
  apiDoneMs: number;
  renderedNodes: number;
  /** From the first frame to the end of the explorer's layout (as the bench saw it, to 200 ms). */
  layoutMs?: number;
  fps?: number;
}

/** How long to wait after the layout stopped, and how long the pan and zoom gesture lasts. */
export interface GestureSettings {
  settleMs: number;
  gestureMs: number;
}

/** Opens a fresh page, waits for its first frame and, given settings, measures the frame rate of the gesture. */
export async function visit(
  context: BrowserContext,
  url: string,
  settings: GestureSettings | undefined,
): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page
      .waitForFunction(
        () => performance.getEntriesByName("kg:first-frame").length > 0 || document.body.dataset.error !== undefined,
        undefined,
        {
          timeout: FIRST_FRAME_TIMEOUT_MS,
          polling: 100,
        },
      )
      .catch(() => undefined);
    const loaded = await page.evaluate(readLoadTimings);
    if (loaded === null) {
      const text = (
        await page
          .locator("body")
          .innerText()
          .catch(() => "")
      ).slice(0, 300);
      throw new Error(
        `bench/client: ${url} marked no "kg:first-frame" in ${FIRST_FRAME_TIMEOUT_MS / 1000} s (page errors: ${errors.join("; ") || "none"}; page text: ${text})`,
      );
    }
    if (!settings) return loaded;
    const layoutMs = await waitForLayout(page);
    await page.waitForTimeout(settings.settleMs);
    return { ...loaded, layoutMs, fps: await framesPerSecond(page, settings.gestureMs) };
  } finally {
    await page.close();
    // Let the browser finish with the closed page, so its teardown does not slow the next page's start.
    await new Promise((resolve) => setTimeout(resolve, QUIET_AFTER_VISIT_MS));
  }
}

/** Waits while the explorer says its layout runs (`#graph[data-layout="running"]`); the bare page has none. */
async function waitForLayout(page: Page): Promise<number> {
  const stopped = await page
    .waitForFunction(() => document.querySelector('#graph[data-layout="running"]') === null, undefined, {
      timeout: LAYOUT_TIMEOUT_MS,
      polling: 200,
    })
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof errors.TimeoutError) return false;
        throw error;
      },
    );
  if (!stopped)
    console.log(
      `WARNING: ${page.url()}: the layout still ran ${LAYOUT_TIMEOUT_MS / 1000} s after the first frame; measuring anyway`,
    );
  return page.evaluate(
    () => performance.now() - (performance.getEntriesByName("kg:first-frame")[0] as PerformanceEntry).startTime,
  );
}

/** In the page: when the first frame was marked and the overview had arrived, how many nodes were drawn; null before. */
function readLoadTimings(): Visit | null {
  const mark = performance.getEntriesByName("kg:first-frame")[0];
  if (!mark) return null;
  const api = performance.getEntriesByType("resource").find((entry) => entry.name.includes("/api/overview")) as
    PerformanceResourceTiming | undefined;
  return {
    firstFrameMs: mark.startTime,
    apiAskedMs: api?.startTime ?? Number.NaN,
    apiDoneMs: api?.responseEnd ?? Number.NaN,
    renderedNodes: Number(document.body.dataset.renderedNodes),
  };
}

interface FrameCounter {
  frames: number;
  started: number;
  running: boolean;
  tick?: () => void;
}
type CountingWindow = typeof globalThis & { kgFrameCounter?: FrameCounter };

// The two in-page functions below avoid named inner functions: tsx wraps those in a `__name` helper that the page lacks.

/** In the page: counts requestAnimationFrame callbacks from now on. */
function startFrameCounter(): void {
  const counter: FrameCounter = { frames: 0, started: performance.now(), running: true };
  counter.tick = (): void => {
    if (!counter.running) return;
    counter.frames += 1;
    requestAnimationFrame(counter.tick as () => void);
  };
  (globalThis as CountingWindow).kgFrameCounter = counter;
  requestAnimationFrame(counter.tick);
}

/** In the page: stops the counter; frames counted and the milliseconds they took. */
function stopFrameCounter(): { frames: number; ms: number } {
  const counter = (globalThis as CountingWindow).kgFrameCounter as FrameCounter;
  counter.running = false;
  return { frames: counter.frames, ms: performance.now() - counter.started };
}

/** Frames per second the page draws while the mouse pans (drags) and zooms (wheel) the graph for `durationMs`. */
async function framesPerSecond(page: Page, durationMs: number): Promise<number> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error(`bench/client: ${page.url()} has no visible #graph`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.evaluate(startFrameCounter);
  await panAndZoom(page.mouse, x, y, durationMs);
  const { frames, ms: elapsed } = await page.evaluate(stopFrameCounter);
  return frames / (elapsed / 1000);
}

/**
 * Strokes until the time is up: a drag of 240×120 px in 12 moves, then three wheel notches, in on even strokes and out
 * on odd ones, so the view stays around the graph. The clock is checked before every event: on a slow page one event
 * can take a second, and the gesture must still last about `durationMs`.
 */
async function panAndZoom(mouse: Mouse, x: number, y: number, durationMs: number): Promise<void> {
  const deadline = performance.now() + durationMs;
  const late = (): boolean => performance.now() >= deadline;
  for (let stroke = 0; !late(); stroke++) {
    const direction = stroke % 2 === 0 ? 1 : -1;
    await mouse.move(x, y);
    await mouse.down();
    for (let step = 1; step <= 12 && !late(); step++)
      await mouse.move(x + (direction * 240 * step) / 12, y + (direction * 120 * step) / 12);
    await mouse.up();
    for (let notch = 0; notch < 3 && !late(); notch++) await mouse.wheel(0, -direction * 240);
  }
}

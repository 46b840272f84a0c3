// The time controller: the time bar over the graph, whose range is the view's date filter (so it is in the link and
// filters every view alike), and play, which moves that range one year at a time.

import { getJson } from "../api/api-client.js";
import type { Timeline } from "../../common/api.js";
import { h } from "../dom.js";
import { createTimeBar } from "../panels/time-bar.js";
import {
  datesOfRange,
  nextPlayStep,
  rangeOfFilters,
  restartPlay,
  type YearRange,
  type YearSpan,
} from "../panels/time-bar-range.js";
import type { ExplorerContext } from "./context.js";
import { changed } from "./view-store.js";

/** Time between two play steps: long enough to see what appeared and what faded. */
const PLAY_STEP_MS = 1400;

export interface TimeController {
  /** One play step (play's timer, the test hook and the bench call it): false when the range is at the end. */
  step(): boolean;
  render(): void;
  cleanup(): void;
}

export interface TimeDeps {
  /** The corpus's first and last dates, for the date filter's bounds. */
  setBounds(first: string | null, last: string | null): void;
}

/** Builds the time bar over the graph and loads the corpus's timeline. */
export function createTimeController(ctx: ExplorerContext, deps: TimeDeps): TimeController {
  const { store } = ctx;
  const container = h("section", { class: "time-bar", attrs: { id: "time-bar", hidden: true } });
  ctx.el.graph.parentElement?.append(container);
  let timeline: Timeline | null = null;
  let span: YearSpan = { first: 0, last: 0 };
  let timer: number | undefined;
  const playing = (): boolean => timer !== undefined;
  const range = (): YearRange | null => rangeOfFilters(store.get().filters, span);
  const apply = (next: YearRange | null): void =>
    store.update({ filters: { ...store.get().filters, ...datesOfRange(next, span) } });

  const stop = (): void => {
    window.clearInterval(timer);
    timer = undefined;
    bar.update(range(), false);
  };
  const step = (): boolean => {
    const next = nextPlayStep(range(), span);
    if (next === null) return false;
    apply(next);
    return true;
  };
  const bar = createTimeBar(container, {
    setRange(next) {
      if (playing()) stop();
      apply(next);
    },
    togglePlay() {
      if (playing()) return stop();
      if (!step()) apply(restartPlay(range(), span));
      timer = window.setInterval(() => {
        if (!step()) stop();
      }, PLAY_STEP_MS);
      bar.update(range(), true);
    },
  });

  const render = (): void => {
    container.hidden = timeline === null || timeline.years.length === 0;
    if (timeline !== null && timeline.years.length > 0) bar.render(ctx.t(), timeline, range(), playing());
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, "filters") && timeline !== null) bar.update(range(), playing());
  });
  const request = new AbortController();
  getJson<Timeline>("/api/timeline", {}, request.signal).then(
    (answer) => {
      timeline = answer;
      span = { first: answer.years[0]?.year ?? 0, last: answer.years[answer.years.length - 1]?.year ?? 0 };
      deps.setBounds(answer.firstDate, answer.lastDate);
      render();
    },
    // Without a timeline the bar stays hidden; the date boxes still filter.
    () => undefined,
  );

  return {
    step,
    render,
    cleanup() {
      request.abort();
      window.clearInterval(timer);
      unsubscribe();
      container.remove();
    },
  };
}

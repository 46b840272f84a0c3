// The time bar over the graph: relations per year as a histogram, a range with two handles and a draggable span, a
// play button. It draws and reports; the explorer's time controller owns the range (the date filter) and play.

import type { Timeline } from "../../common/api.js";
import { h, replaceChildren } from "../dom.js";
import type { Translator } from "../i18n.js";
import { dragEnd, dragSpan, yearAt, type YearRange, type YearSpan } from "./time-bar-range.js";

export interface TimeBarEvents {
  /** The user chose a range (null: every year). */
  setRange(range: YearRange | null): void;
  togglePlay(): void;
}

export interface TimeBar {
  /** Draws the bar again (a new timeline or language). */
  render(t: Translator, timeline: Timeline, range: YearRange | null, playing: boolean): void;
  /** Moves the selection and marks the years in range, without drawing the rest again: what a play step costs. */
  update(range: YearRange | null, playing: boolean): void;
}

type Drag = { mode: "from" | "to" } | { mode: "span"; startYear: number; startRange: YearRange };

/** Builds the time bar inside `container`. */
export function createTimeBar(container: HTMLElement, events: TimeBarEvents): TimeBar {
  let t: Translator | null = null;
  let span: YearSpan = { first: 0, last: 0 };
  let range: YearRange | null = null;
  let bars: HTMLElement[] = [];
  let drag: Drag | null = null;
  const track = h("div", { class: "time-track" });
  const selection = h("div", { class: "time-selection", attrs: { id: "time-selection" } });
  const handle = (end: "from" | "to"): HTMLButtonElement =>
    h("button", {
      class: `time-handle time-handle-${end}`,
      attrs: { type: "button", id: `time-${end}`, role: "slider" },
      on: {
        pointerdown: (event) => startDrag(event, { mode: end }),
        keydown: (event) => {
          const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
          if (step === 0) return;
          event.preventDefault();
          const current = range ?? { from: span.first, to: span.last };
          events.setRange(dragEnd(current, end, Math.min(span.last, Math.max(span.first, current[end] + step))));
        },
      },
    });
  const fromHandle = handle("from");
  const toHandle = handle("to");
  const label = h("span", { class: "time-label", attrs: { id: "time-range-label", "aria-live": "polite" } });
  const play = h("button", {
    class: "button subtle time-play",
    attrs: { type: "button", id: "time-play" },
    on: { click: () => events.togglePlay() },
  });

  const yearOfPointer = (event: PointerEvent): number => {
    const box = track.getBoundingClientRect();
    return yearAt(box.width > 0 ? (event.clientX - box.left) / box.width : 0, span);
  };
  const startDrag = (event: PointerEvent, next: Drag): void => {
    event.preventDefault();
    event.stopPropagation();
    drag = next;
    track.setPointerCapture(event.pointerId);
  };
  track.addEventListener("pointerdown", (event) => {
    // A press on the selected span drags it; elsewhere it picks that one year.
    const year = yearOfPointer(event);
    if (range !== null && year >= range.from && year <= range.to && event.target === selection) {
      startDrag(event, { mode: "span", startYear: year, startRange: range });
      return;
    }
    events.setRange({ from: year, to: year });
  });
  track.addEventListener("pointermove", (event) => {
    if (drag === null) return;
    const year = yearOfPointer(event);
    const current = range ?? { from: span.first, to: span.last };
    const next =
      drag.mode === "span" ? dragSpan(drag.startRange, year - drag.startYear, span) : dragEnd(current, drag.mode, year);
    if (next.from !== current.from || next.to !== current.to || range === null) events.setRange(next);
  });
  const endDrag = (): void => void (drag = null);
  track.addEventListener("pointerup", endDrag);
  track.addEventListener("pointercancel", endDrag);

  const bar: TimeBar = {
    render(translator, timeline, nextRange, playing) {
      t = translator;
      const years = timeline.years;
      span = { first: years[0]?.year ?? 0, last: years[years.length - 1]?.year ?? 0 };
      const most = Math.max(1, ...years.map((y) => y.relations));
      bars = years.map((y) =>
        h(
          "div",
          {
            class: "time-year",
            dataset: { year: String(y.year) },
            attrs: { title: translator.t("time.bar", { ...y }) },
          },
          h(
            "span",
            // A square-root scale: one busy year must not flatten the others to nothing.
            { class: "time-column", attrs: { style: `height: ${Math.round(100 * Math.sqrt(y.relations / most))}%` } },
            h("span", {
              class: "time-stated",
              attrs: { style: `height: ${y.relations > 0 ? Math.round((100 * y.stated) / y.relations) : 0}%` },
            }),
          ),
        ),
      );
      replaceChildren(track, ...bars, selection, fromHandle, toHandle);
      track.setAttribute("aria-label", translator.t("time.histogram"));
      fromHandle.setAttribute("aria-label", translator.t("time.from"));
      toHandle.setAttribute("aria-label", translator.t("time.to"));
      selection.title = translator.t("time.span");
      play.title = translator.t("time.playHint");
      const count = years.length;
      const labelled = years.filter((_y, i) => count <= 12 || i === 0 || i === count - 1 || i === count >> 1);
      replaceChildren(
        container,
        h(
          "div",
          { class: "time-head" },
          h("strong", {}, translator.t("time.title")),
          label,
          play,
          h(
            "button",
            {
              class: "button subtle",
              attrs: { type: "button", id: "time-clear", title: translator.t("time.clearHint") },
              on: { click: () => events.setRange(null) },
            },
            translator.t("time.clear"),
          ),
        ),
        track,
        h(
          "div",
          { class: "time-axis" },
          ...labelled.map((y) =>
            h("span", { attrs: { style: `left: ${((y.year - span.first + 0.5) * 100) / count}%` } }, String(y.year)),
          ),
        ),
        h("p", { class: "time-hint muted" }, translator.t("time.playHint")),
      );
      bar.update(nextRange, playing);
    },
    update(nextRange, playing) {
      range = nextRange;
      const translator = t;
      if (translator === null) return;
      const count = span.last - span.first + 1;
      const shown = range ?? { from: span.first, to: span.last };
      const left = ((shown.from - span.first) * 100) / count;
      const right = ((shown.to - span.first + 1) * 100) / count;
      selection.style.left = `${left}%`;
      selection.style.width = `${right - left}%`;
      selection.classList.toggle("whole", range === null);
      fromHandle.style.left = `${left}%`;
      toHandle.style.left = `${right}%`;
      for (const [end, button] of [
        ["from", fromHandle],
        ["to", toHandle],
      ] as const) {
        button.setAttribute("aria-valuemin", String(span.first));
        button.setAttribute("aria-valuemax", String(span.last));
        button.setAttribute("aria-valuenow", String(shown[end]));
      }
      bars.forEach((element, i) =>
        element.classList.toggle("out", span.first + i < shown.from || span.first + i > shown.to),
      );
      label.textContent =
        range === null
          ? translator.t("time.all")
          : range.from === range.to
            ? translator.t("time.year", { year: range.from })
            : translator.t("time.range", { from: range.from, to: range.to });
      play.textContent = translator.t(playing ? "time.pause" : "time.play");
      play.setAttribute("aria-pressed", String(playing));
      container.dataset.from = range === null ? "" : String(range.from);
      container.dataset.to = range === null ? "" : String(range.to);
    },
  };
  return bar;
}

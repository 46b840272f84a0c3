// Toolbar sections for the overview request (view, measure, limit), the layout button and the analysis choices.

import { MAX_OVERVIEW_NODES } from "../../common/domain.js";
import { OVERVIEW_MEASURES, type OverviewMeasure } from "../../common/measures/index.js";
import { h, replaceChildren } from "../dom.js";
import { LAYOUT_KINDS, type LayoutKind, type OneShotLayout } from "../graph/arrange-layouts.js";
import type { Translator } from "../i18n.js";
import {
  COLOR_MODES,
  OVERVIEW_VIEWS,
  SIZE_MEASURES,
  type ColorMode,
  type OverviewViewChoice,
  type SizeMeasure,
  type ViewState,
} from "../url-state.js";

export interface ViewControlActions {
  reload(choice: { view: OverviewViewChoice; measure: OverviewMeasure; limit: number }): void;
  toggleLayout(): void;
  /** Places the nodes at once by a layout other than ForceAtlas2. */
  applyLayout(kind: OneShotLayout): void;
  setAnalysis(choice: { colorBy: ColorMode; sizeBy: SizeMeasure }): void;
}

export interface ViewControls {
  render(t: Translator, state: ViewState, layoutRunning: boolean): void;
  setLayoutRunning(t: Translator, running: boolean): void;
}

function select<T extends string>(
  id: string,
  values: readonly T[],
  chosen: T,
  label: (value: T) => string,
  onChange?: (value: T) => void,
): HTMLSelectElement {
  const element = h(
    "select",
    {
      attrs: { id },
      on: onChange ? { change: (event) => onChange((event.target as HTMLSelectElement).value as T) } : {},
    },
    ...values.map((value) => h("option", { attrs: { value, selected: value === chosen } }, label(value))),
  );
  element.value = chosen;
  return element;
}

/** Builds the overview, layout and analysis sections into two containers. */
export function createViewControls(
  overviewBox: HTMLElement,
  analysisBox: HTMLElement,
  actions: ViewControlActions,
): ViewControls {
  let layoutKind: LayoutKind = "forceAtlas2";
  let forceRunning = false;
  const layoutButton = h("button", {
    class: "button",
    attrs: { type: "button", id: "layout-toggle" },
    on: { click: () => (layoutKind === "forceAtlas2" ? actions.toggleLayout() : actions.applyLayout(layoutKind)) },
  });

  const setLayoutRunning = (t: Translator, running: boolean): void => {
    forceRunning = running;
    const force = layoutKind === "forceAtlas2";
    layoutButton.textContent = !force ? t.t("layout.apply") : running ? t.t("layout.stop") : t.t("layout.run");
    layoutButton.setAttribute("aria-pressed", String(force && running));
  };

  return {
    setLayoutRunning,
    render(t, state, layoutRunning) {
      const view = select("overview-view", OVERVIEW_VIEWS, state.view, (v) => t.t(`view.${v}`));
      const measure = select("overview-measure", OVERVIEW_MEASURES, state.measure, (m) => t.t(`measure.${m}`));
      const limit = h("input", {
        attrs: { id: "overview-limit", type: "number", min: 1, max: MAX_OVERVIEW_NODES, step: 1, value: state.limit },
      });
      const form = h(
        "form",
        {
          class: "grid-form",
          on: {
            submit: (event) => {
              event.preventDefault();
              const n = Math.round(Number(limit.value));
              actions.reload({
                view: view.value as OverviewViewChoice,
                measure: measure.value as OverviewMeasure,
                limit: Number.isFinite(n) ? Math.min(MAX_OVERVIEW_NODES, Math.max(1, n)) : state.limit,
              });
            },
          },
        },
        h("label", { attrs: { for: "overview-view" } }, t.t("overview.view")),
        view,
        h("label", { attrs: { for: "overview-measure" } }, t.t("overview.measure")),
        measure,
        h("label", { attrs: { for: "overview-limit" } }, t.t("overview.limit")),
        limit,
        h("button", { class: "button", attrs: { type: "submit", id: "overview-reload" } }, t.t("overview.reload")),
      );
      const layoutChoice = select(
        "layout-choice",
        LAYOUT_KINDS,
        layoutKind,
        (k) => t.t(`layout.${k}`),
        (kind) => {
          layoutKind = kind;
          setLayoutRunning(t, forceRunning);
        },
      );
      const layoutRow = h(
        "div",
        { class: "layout-row" },
        h("label", { attrs: { for: "layout-choice" } }, t.t("layout.choice")),
        layoutChoice,
        layoutButton,
      );
      replaceChildren(overviewBox, h("h2", {}, t.t("overview.title")), form, layoutRow);
      setLayoutRunning(t, layoutRunning);

      let colorBy = state.colorBy;
      let sizeBy = state.sizeBy;
      replaceChildren(
        analysisBox,
        h("h2", {}, t.t("analysis.title")),
        h(
          "div",
          { class: "grid-form" },
          h("label", { attrs: { for: "analysis-color" } }, t.t("analysis.colorBy")),
          select(
            "analysis-color",
            COLOR_MODES,
            state.colorBy,
            (c) => t.t(`color.${c}`),
            (value) => {
              colorBy = value;
              actions.setAnalysis({ colorBy, sizeBy });
            },
          ),
          h("label", { attrs: { for: "analysis-size" } }, t.t("analysis.sizeBy")),
          select(
            "analysis-size",
            SIZE_MEASURES,
            state.sizeBy,
            (m) => t.t(`measure.${m}`),
            (value) => {
              sizeBy = value;
              actions.setAnalysis({ colorBy, sizeBy });
            },
          ),
        ),
      );
    },
  };
}

// The arrange bar over the graph (lasso mode, the multi-selection and its actions, hidden and pinned counts) and the
// panel's pin/hide tools. DOM only: every action is the controller's.

import { h, replaceChildren, type Child } from "../dom.js";
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from "../export/export-formats.js";
import type { MessageKey, Translator } from "../i18n.js";

export interface ArrangeBarState {
  lasso: boolean;
  chosen: number;
  hidden: number;
  pinned: number;
  format: ExportFormatName;
}

export interface ArrangeBarActions {
  toggleLasso: () => void;
  expandAll: () => void;
  hideAll: () => void;
  exportChosen: () => void;
  setFormat: (format: ExportFormatName) => void;
  clear: () => void;
  showAll: () => void;
  unpinAll: () => void;
}

const button = (id: string, text: string, onClick: () => void, extra: Record<string, string> = {}): HTMLElement =>
  h("button", { class: "button small", attrs: { type: "button", id, ...extra }, on: { click: onClick } }, text);

/** Draws the bar's content into its element; groups without anything to act on are left out. */
export function renderArrangeBar(
  bar: HTMLElement,
  t: Translator,
  state: ArrangeBarState,
  actions: ArrangeBarActions,
): void {
  const lasso = button("arrange-lasso", t.t("arrange.lasso"), actions.toggleLasso, {
    "aria-pressed": String(state.lasso),
    title: t.t("arrange.lassoHint"),
  });
  const format = h(
    "select",
    {
      attrs: { id: "arrange-format", "aria-label": t.t("arrange.exportFormat") },
      on: { change: (event) => actions.setFormat((event.target as HTMLSelectElement).value as ExportFormatName) },
    },
    ...EXPORT_FORMAT_NAMES.map((name) =>
      h("option", { attrs: { value: name, selected: name === state.format } }, t.t(`export.${name}` as MessageKey)),
    ),
  );
  format.value = state.format;
  const group = (id: string, count: string, ...children: Child[]): HTMLElement =>
    h("span", { class: "arrange-group", attrs: { id } }, h("span", { class: "arrange-count" }, count), ...children);
  replaceChildren(
    bar,
    lasso,
    state.chosen > 0 &&
      group(
        "arrange-chosen",
        t.t("arrange.chosen", { count: state.chosen }),
        button("arrange-expand", t.t("arrange.expandAll"), actions.expandAll),
        button("arrange-hide", t.t("arrange.hideAll"), actions.hideAll),
        format,
        button("arrange-export", t.t("arrange.export"), actions.exportChosen),
        button("arrange-clear", t.t("arrange.clear"), actions.clear),
      ),
    state.hidden > 0 &&
      group(
        "arrange-hidden",
        t.t("arrange.hidden", { count: state.hidden }),
        button("arrange-show-all", t.t("arrange.showAll"), actions.showAll),
      ),
    state.pinned > 0 &&
      group(
        "arrange-pinned",
        t.t("arrange.pinned", { count: state.pinned }),
        button("arrange-unpin-all", t.t("arrange.unpinAll"), actions.unpinAll),
      ),
  );
}

/** The panel's tools for one entity: pin it where it is drawn or unpin it, and hide it. */
export function arrangeTools(
  t: Translator,
  pinned: boolean,
  actions: { pin: () => void; unpin: () => void; hide: () => void },
): HTMLElement {
  return h(
    "div",
    { class: "arrange-tools", attrs: { id: "arrange-tools" } },
    pinned && h("p", { class: "muted" }, t.t("arrange.pinnedHint")),
    h(
      "div",
      { class: "button-row" },
      pinned
        ? button("arrange-unpin", t.t("arrange.unpin"), actions.unpin)
        : button("arrange-pin", t.t("arrange.pin"), actions.pin),
      button("arrange-hide-node", t.t("arrange.hide"), actions.hide),
    ),
  );
}

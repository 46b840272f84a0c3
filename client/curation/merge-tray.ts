// The merge selection in the curation section: the entities picked (shift-click or the panel's button), the one whose
// type and name the result takes (the first by default), and the Merge button.

import { h } from "../dom.js";
import type { Translator } from "../i18n.js";
import { parseEntityKey } from "./operations.js";

export interface MergeTrayState {
  keys: readonly string[];
  canonical: string | null;
  /** A node's label when it is in view. */
  label(key: string): string;
}

export interface MergeTrayActions {
  setCanonical(key: string): void;
  remove(key: string): void;
  clear(): void;
  merge(): void;
}

/** The tray's element: a radio list of the picked entities and the buttons. */
export function mergeTray(t: Translator, state: MergeTrayState, actions: MergeTrayActions): HTMLElement {
  const canonical = state.canonical ?? state.keys[0] ?? null;
  return h(
    "div",
    { class: "merge-tray", attrs: { id: "merge-tray" } },
    h("h3", {}, t.t("curation.merge")),
    state.keys.length === 0
      ? h("p", { class: "muted" }, t.t("curation.mergeHint"))
      : h(
          "fieldset",
          {},
          h("legend", {}, t.t("curation.mergeInto")),
          ...state.keys.map((key) =>
            h(
              "div",
              { class: "merge-item", dataset: { entity: key } },
              h(
                "label",
                { class: "check" },
                h("input", {
                  attrs: { type: "radio", name: "merge-canonical", value: key, checked: key === canonical },
                  on: { change: () => actions.setCanonical(key) },
                }),
                `${state.label(key)} · ${t.entityType(parseEntityKey(key).type)}`,
              ),
              h(
                "button",
                {
                  class: "icon-button",
                  attrs: {
                    type: "button",
                    title: t.t("curation.mergeRemove"),
                    "aria-label": t.t("curation.mergeRemove"),
                  },
                  on: { click: () => actions.remove(key) },
                },
                "×",
              ),
            ),
          ),
        ),
    state.keys.length > 0 &&
      h(
        "div",
        { class: "button-row" },
        h(
          "button",
          {
            class: "button primary",
            attrs: { type: "button", disabled: state.keys.length < 2 },
            dataset: { curate: "merge" },
            on: { click: () => actions.merge() },
          },
          t.t("curation.mergeRun", { count: state.keys.length }),
        ),
        h(
          "button",
          { class: "button", attrs: { type: "button" }, on: { click: () => actions.clear() } },
          t.t("curation.mergeClear"),
        ),
      ),
  );
}

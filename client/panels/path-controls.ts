// The paths section of the toolbar: the two ends picked in the panel, hop and path limits, and the paths found.

import type { PathsResult } from "../../common/api.js";
import { h, replaceChildren } from "../dom.js";
import type { Translator } from "../i18n.js";

export interface PathEnd {
  key: string;
  name: string;
}

export interface PathView {
  from: PathEnd | null;
  to: PathEnd | null;
  maxHops: number;
  k: number;
  /** The last answer, with the name of every node on it; null before a search. */
  result: { paths: PathsResult["paths"]; names: Map<string, string> } | null;
  error: string | null;
  busy: boolean;
}

export interface PathActions {
  find(maxHops: number, k: number): void;
  clear(): void;
  openEntity(key: string): void;
}

/** Renders the paths section from its view; the explorer calls render whenever the paths state changes. */
export function createPathControls(
  container: HTMLElement,
  actions: PathActions,
): { render(t: Translator, view: PathView): void } {
  return {
    render(t, view) {
      const end = (label: string, value: PathEnd | null, id: string): HTMLElement[] => [
        h("dt", {}, label),
        h(
          "dd",
          { attrs: { id } },
          value
            ? h(
                "button",
                { class: "link-button", attrs: { type: "button" }, on: { click: () => actions.openEntity(value.key) } },
                value.name,
              )
            : h("span", { class: "muted" }, t.t("paths.unset")),
        ),
      ];
      const maxHops = h("input", {
        attrs: { id: "path-max-hops", type: "number", min: 1, max: 6, value: view.maxHops },
      });
      const k = h("input", { attrs: { id: "path-k", type: "number", min: 1, max: 10, value: view.k } });
      const ready = view.from !== null && view.to !== null && view.from.key !== view.to.key;
      const result = view.result;
      replaceChildren(
        container,
        h("h2", {}, t.t("paths.title")),
        h(
          "dl",
          { class: "path-ends" },
          ...end(t.t("paths.from"), view.from, "path-from"),
          ...end(t.t("paths.to"), view.to, "path-to"),
        ),
        h(
          "form",
          {
            class: "grid-form",
            on: {
              submit: (event) => {
                event.preventDefault();
                actions.find(
                  Math.min(6, Math.max(1, Number(maxHops.value) || 4)),
                  Math.min(10, Math.max(1, Number(k.value) || 3)),
                );
              },
            },
          },
          h("label", { attrs: { for: "path-max-hops" } }, t.t("paths.maxHops")),
          maxHops,
          h("label", { attrs: { for: "path-k" } }, t.t("paths.k")),
          k,
          h(
            "div",
            { class: "button-row" },
            h(
              "button",
              { class: "button", attrs: { type: "submit", id: "path-find", disabled: !ready || view.busy } },
              t.t("paths.find"),
            ),
            h(
              "button",
              {
                class: "button subtle",
                attrs: { type: "button", id: "path-clear" },
                on: { click: () => actions.clear() },
              },
              t.t("paths.clear"),
            ),
          ),
        ),
        view.error && h("p", { class: "error", attrs: { role: "alert" } }, view.error),
        result &&
          h(
            "div",
            { attrs: { id: "path-results", "aria-live": "polite" } },
            h(
              "p",
              { class: "muted" },
              result.paths.length === 0
                ? t.t("paths.none", { maxHops: view.maxHops })
                : t.t("paths.found", { count: result.paths.length }),
            ),
            h(
              "ol",
              { class: "paths" },
              ...result.paths.map((path) =>
                h(
                  "li",
                  { class: "path" },
                  h("span", { class: "muted" }, t.t("paths.hops", { hops: path.edges.length }), " "),
                  ...path.nodes.flatMap((node, i) => [
                    i > 0 ? h("span", { class: "arrow", attrs: { "aria-hidden": "true" } }, " → ") : null,
                    h("span", { class: "path-node", dataset: { entity: node } }, result.names.get(node) ?? node),
                  ]),
                ),
              ),
            ),
          ),
      );
    },
  };
}

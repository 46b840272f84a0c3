// The paths section of the toolbar: the two ends picked in the panel, hop and path limits, the co-occurrence switch,
// and the paths found, each step with its relation, direction, kind and evidence.

import type { PathsResult } from "../../common/api.js";
import { h, replaceChildren, type Child } from "../dom.js";
import { pathSteps, type NoPathHint, type PathStep } from "../explorer/path-request.js";
import type { Translator } from "../i18n.js";
import { kindBadge } from "./entity/panel-elements.js";
import { createEvidenceDetails } from "./evidence-view.js";

export interface PathEnd {
  key: string;
  name: string;
}

export interface PathView {
  from: PathEnd | null;
  to: PathEnd | null;
  maxHops: number;
  k: number;
  /** Whether co-occurrence may be traversed besides the stated relations. */
  cooccurrence: boolean;
  /** Whether the view hides entity or relation types, which paths then do not pass through. */
  filtered: boolean;
  /** The last answer, with the name of every node on it and what to try when it found none; null before a search. */
  result: { paths: PathsResult["paths"]; names: Map<string, string>; hints: NoPathHint[] } | null;
  error: string | null;
  busy: boolean;
}

export interface PathActions {
  find(maxHops: number, k: number): void;
  clear(): void;
  openEntity(key: string): void;
  setCooccurrence(admitted: boolean): void;
}

/** One step as a line: start, the relation with its direction and kind, end, and its evidence one click away. */
function stepItem(t: Translator, actions: PathActions, names: Map<string, string>, step: PathStep): HTMLElement {
  const name = (key: string): Child =>
    h(
      "button",
      { class: "link-button path-step-node", dataset: { entity: key }, on: { click: () => actions.openEntity(key) } },
      names.get(key) ?? key,
    );
  const [source, target] = step.direction === "forward" ? [step.from, step.to] : [step.to, step.from];
  return h(
    "li",
    {
      class: `path-step ${step.stated ? "stated" : "cooccurs"}`,
      dataset: { edge: step.edge, relation: step.relation, direction: step.direction },
    },
    h(
      "div",
      { class: "path-step-line" },
      name(step.from),
      h(
        "span",
        // The arrows are drawn for the eye; the title says the relation's own direction in words.
        {
          class: "path-relation",
          attrs: {
            title: `${names.get(source) ?? source} → ${t.relation(step.relation)} → ${names.get(target) ?? target}`,
          },
        },
        h("span", { class: "arrow", attrs: { "aria-hidden": "true" } }, step.direction === "forward" ? "—" : "←"),
        t.relation(step.relation),
        h("span", { class: "arrow", attrs: { "aria-hidden": "true" } }, step.direction === "forward" ? "→" : "—"),
      ),
      name(step.to),
      kindBadge(t, step.stated),
    ),
    createEvidenceDetails(t, source, target, step.relation, false, names),
  );
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
      const cooccurrence = h("input", {
        attrs: { id: "path-cooccurrence", type: "checkbox", checked: view.cooccurrence },
        on: { change: () => actions.setCooccurrence(cooccurrence.checked) },
      });
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
            "label",
            { class: "check path-cooccurrence", attrs: { title: t.t("paths.cooccurrenceHint") } },
            cooccurrence,
            t.t("paths.cooccurrence"),
          ),
          view.filtered && h("p", { class: "muted path-filtered" }, t.t("paths.filtered")),
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
            result.paths.length === 0 &&
              result.hints.length > 0 &&
              h(
                "div",
                { class: "path-hints" },
                h("p", {}, t.t("paths.noneHelp")),
                h("ul", {}, ...result.hints.map((hint) => h("li", { dataset: { hint } }, t.t(`paths.hint.${hint}`)))),
              ),
            h(
              "ol",
              { class: "paths" },
              ...result.paths.map((path, i) =>
                h(
                  "li",
                  { class: "path" },
                  h(
                    "details",
                    { class: "path-details", attrs: { open: i === 0 } },
                    h(
                      "summary",
                      { attrs: { title: t.t("paths.stepsOf", { index: i + 1 }) } },
                      h("span", { class: "muted" }, t.t("paths.hops", { hops: path.edges.length }), " "),
                      ...path.nodes.flatMap((node, j) => [
                        j > 0 ? h("span", { class: "arrow", attrs: { "aria-hidden": "true" } }, " → ") : null,
                        h("span", { class: "path-node", dataset: { entity: node } }, result.names.get(node) ?? node),
                      ]),
                    ),
                    h(
                      "ol",
                      { class: "path-steps" },
                      ...pathSteps(path).map((step) => stepItem(t, actions, result.names, step)),
                    ),
                  ),
                ),
              ),
            ),
          ),
      );
    },
  };
}

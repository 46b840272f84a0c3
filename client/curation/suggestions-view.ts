// The likely duplicates: each pair with its reasons and score, and (in edit mode) Accept (merge into `keep`) and
// Reject (mark as distinct).

import type { DuplicateSuggestion } from "../../common/curation.js";
import { h } from "../dom.js";
import type { Translator } from "../i18n.js";
import { parseEntityKey } from "./operations.js";

export interface SuggestionActions {
  accept(s: DuplicateSuggestion): void;
  reject(s: DuplicateSuggestion): void;
}

/** The suggestions list; the buttons only when `actions` is given (edit mode). */
export function suggestionList(
  t: Translator,
  suggestions: readonly DuplicateSuggestion[],
  actions: SuggestionActions | null,
): HTMLElement {
  if (suggestions.length === 0)
    return h("p", { class: "muted", attrs: { id: "curation-suggestions" } }, t.t("curation.suggestionsEmpty"));
  return h(
    "div",
    { attrs: { id: "curation-suggestions" } },
    !actions && h("p", { class: "muted" }, t.t("curation.editOnly")),
    h(
      "ol",
      { class: "suggestion-list" },
      ...suggestions.map((s) => {
        const keep = parseEntityKey(s.keep).name;
        return h(
          "li",
          { class: "suggestion", dataset: { keep: s.keep, merge: s.merge } },
          h(
            "div",
            { class: "suggestion-names" },
            h("i", { class: `dot dot-${s.type}`, attrs: { "aria-hidden": "true" } }),
            h("strong", {}, keep),
            h("span", { class: "muted" }, " ⟵ "),
            h("span", {}, parseEntityKey(s.merge).name),
          ),
          h(
            "ul",
            { class: "reasons muted" },
            ...s.reasons.map((r) =>
              h("li", { dataset: { reason: r.reason } }, t.reason(r.reason), r.detail ? `: ${r.detail}` : ""),
            ),
          ),
          h("div", { class: "muted" }, t.t("curation.score", { score: s.score.toFixed(2) })),
          actions &&
            h(
              "div",
              { class: "button-row" },
              h(
                "button",
                {
                  class: "button small",
                  attrs: { type: "button", title: t.t("curation.acceptTitle", { name: keep }) },
                  dataset: { curate: "accept" },
                  on: { click: () => actions.accept(s) },
                },
                t.t("curation.accept"),
              ),
              h(
                "button",
                {
                  class: "button small",
                  attrs: { type: "button", title: t.t("curation.rejectSuggestionTitle") },
                  dataset: { curate: "reject-suggestion" },
                  on: { click: () => actions.reject(s) },
                },
                t.t("curation.rejectSuggestion"),
              ),
            ),
        );
      }),
    ),
  );
}

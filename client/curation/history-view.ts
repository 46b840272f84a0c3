// The curation history: every rule, newest first, with what it does, who made it and when, its note, the documents
// it changes today ("matches nothing now" for none) and its Undo button.

import type { CurationRulesResponse } from "../../common/api.js";
import { h } from "../dom.js";
import { describeRule } from "./describe-rule.js";
import type { Translator } from "../i18n.js";

type RuleRow = CurationRulesResponse["rules"][number];

/** The date and time of an ISO instant, in the interface's language. */
export function formatWhen(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/** The history list; Undo buttons only when `undo` is given (edit mode). */
export function historyList(
  t: Translator,
  rules: readonly RuleRow[],
  undo: ((id: string) => void) | null,
): HTMLElement {
  if (rules.length === 0)
    return h("p", { class: "muted", attrs: { id: "curation-history" } }, t.t("curation.historyEmpty"));
  return h(
    "ol",
    { class: "rule-list", attrs: { id: "curation-history", reversed: true } },
    ...[...rules].reverse().map((rule) =>
      h(
        "li",
        { class: "rule-item", dataset: { rule: rule.id, kind: rule.kind } },
        h("div", { class: "rule-description" }, describeRule(rule, t)),
        h("div", { class: "muted" }, `${rule.by} · ${formatWhen(rule.created, t.language)}`),
        rule.note && h("div", { class: "rule-note" }, rule.note),
        h(
          "div",
          { class: rule.documents === 0 && rule.kind !== "distinct" ? "rule-documents stale" : "rule-documents muted" },
          rule.kind === "distinct"
            ? t.t("curation.keepsApart")
            : rule.documents === 0
              ? t.t("curation.matchesNothing")
              : t.t("curation.documents", { count: rule.documents }),
        ),
        undo &&
          h(
            "button",
            {
              class: "button small",
              attrs: { type: "button" },
              dataset: { curate: "undo" },
              on: { click: () => undo(rule.id) },
            },
            t.t("curation.undo"),
          ),
      ),
    ),
  );
}

// The panel for a selected edge: its two ends and every relation between them, the first with its evidence open.

import { h, type Child } from "../../dom.js";
import type { Translator } from "../../i18n.js";
import { createEvidenceDetails } from "../evidence-view.js";
import { dateRange, entityLink, panelHeader, relationTitle } from "./panel-elements.js";
import type { EdgeSelection, PanelActions } from "./types.js";

/** The edge view's children: header, the two entities as links, and the relations list. */
export function edgeRelations(t: Translator, actions: PanelActions, s: EdgeSelection): Child[] {
  return [
    panelHeader(t, actions, h("h2", { attrs: { id: "panel-title" } }, t.t("panel.edgeTitle")), null),
    h(
      "p",
      { class: "edge-ends" },
      entityLink(actions, s.source.key, s.source.label, s.source.entityType),
      h("span", { class: "direction", attrs: { "aria-hidden": "true" } }, " — "),
      entityLink(actions, s.target.key, s.target.label, s.target.entityType),
    ),
    h(
      "ul",
      { class: "relation-list edge-relations" },
      ...s.edges.map((e, i) =>
        h(
          "li",
          { class: `relation ${e.stated ? "stated" : "cooccurs"}`, dataset: { relation: e.relation, edge: e.key } },
          h(
            "div",
            { class: "relation-line" },
            ...relationTitle(t, e.relation, e.stated),
            h("span", { class: "muted" }, t.t("panel.weight", { weight: e.weight })),
            (e.firstDate || e.lastDate) && h("span", { class: "muted" }, dateRange(t, e.firstDate, e.lastDate)),
          ),
          e.rule && e.stated && h("div", { class: "rule muted" }, `${t.t("panel.rule")}: ${e.rule}`),
          actions.relationTools?.(s, e),
          createEvidenceDetails(t, s.source.key, s.target.key, e.relation, i === 0),
        ),
      ),
    ),
  ];
}

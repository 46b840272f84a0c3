// The entity panel's relations, grouped by type, each with the toggle that loads its evidence sentences.

import type { EntityDetails, RelationSummary, RelationType } from "../../../common/api.js";
import { h } from "../../dom.js";
import { RELATION_TYPE_LIST } from "../../graph/entity-style.js";
import type { Translator } from "../../i18n.js";
import { createEvidenceDetails } from "../evidence-view.js";
import { dateRange, entityLink, kindBadge } from "./panel-elements.js";
import type { PanelActions } from "./types.js";

/** Groups an entity's relations by type, stated types in registry order and co-occurrence last. Pure. */
export function groupRelations(
  relations: RelationSummary[],
): Array<{ relation: RelationType; items: RelationSummary[] }> {
  const groups = new Map<RelationType, RelationSummary[]>();
  for (const r of relations) {
    const list = groups.get(r.relation);
    if (list) list.push(r);
    else groups.set(r.relation, [r]);
  }
  return RELATION_TYPE_LIST.filter((type) => groups.has(type)).map((relation) => ({
    relation,
    items: groups.get(relation) ?? [],
  }));
}

/** One relation: direction, the other entity, weight, role, dates, rule and its evidence toggle. */
function relationItem(t: Translator, actions: PanelActions, key: string, r: RelationSummary): HTMLElement {
  return h(
    "li",
    { class: "relation", dataset: { other: r.other.key, relation: r.relation } },
    h(
      "div",
      { class: "relation-line" },
      h(
        "span",
        { class: "direction", attrs: { "aria-hidden": "true" } },
        r.direction === "out" ? t.t("panel.out") : t.t("panel.in"),
      ),
      entityLink(actions, r.other.key, r.other.name, r.other.type),
      h("span", { class: "muted" }, t.t("panel.weight", { weight: r.weight })),
      r.role && h("span", { class: "role" }, r.role),
      (r.firstDate || r.lastDate) && h("span", { class: "muted" }, dateRange(t, r.firstDate, r.lastDate)),
    ),
    r.rule && r.relation !== "CO_OCCURS" && h("div", { class: "rule muted" }, `${t.t("panel.rule")}: ${r.rule}`),
    createEvidenceDetails(t, key, r.other.key, r.relation),
  );
}

/** The relations section: one group per relation type with its count, or a note that there are none. */
export function relationGroups(t: Translator, actions: PanelActions, d: EntityDetails): HTMLElement {
  const groups = groupRelations(d.relations);
  return h(
    "section",
    { class: "panel-section relations" },
    h("h3", {}, t.t("panel.relations")),
    groups.length === 0 && h("p", { class: "muted" }, t.t("panel.noRelations")),
    ...groups.map(({ relation, items }) =>
      h(
        "section",
        { class: `relation-group ${relation === "CO_OCCURS" ? "cooccurs" : "stated"}`, dataset: { relation } },
        h(
          "h4",
          {},
          kindBadge(t, relation !== "CO_OCCURS"),
          ` ${t.relation(relation)} `,
          h("span", { class: "muted" }, `(${items.length})`),
        ),
        h("ul", { class: "relation-list" }, ...items.map((r) => relationItem(t, actions, d.key, r))),
      ),
    ),
  );
}

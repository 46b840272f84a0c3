// The entity panel's relations, grouped by type with each type's total, each relation with the toggle that loads its
// evidence sentences, and a "more" button per group that pages through the rest.

import type { EntityDetails, RelationSummary, RelationType } from "../../../common/api.js";
import { errorMessage } from "../../api/errors.js";
import { h } from "../../dom.js";
import { RELATION_TYPE_LIST } from "../../graph/entity-style.js";
import type { Translator } from "../../i18n.js";
import { createEvidenceDetails } from "../evidence-view.js";
import { dateRange, entityLink, relationTitle } from "./panel-elements.js";
import type { RelationPages } from "./relation-pages.js";
import type { PanelActions } from "./types.js";

/** One relation type of an entity: how many it has in all, and those listed so far. */
export interface RelationGroup {
  relation: RelationType;
  total: number;
  items: RelationSummary[];
}

/**
 * Groups an entity's relations by type, stated types in registry order and co-occurrence last: every type it has
 * (by its counts, so a type none of whose relations came along still shows), the details' relations of each and then
 * those loaded since. Pure.
 */
export function groupRelations(
  relations: readonly RelationSummary[],
  counts: EntityDetails["relationCounts"],
  more: (relation: RelationType) => readonly RelationSummary[] = () => [],
): RelationGroup[] {
  const total = new Map(counts.map((c) => [c.relation, c.count]));
  return RELATION_TYPE_LIST.flatMap((relation) => {
    const items = [...relations.filter((r) => r.relation === relation), ...more(relation)];
    const count = Math.max(total.get(relation) ?? 0, items.length);
    return count > 0 ? [{ relation, total: count, items }] : [];
  });
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

/** A group: its heading with the type's total, its relations, and "more" while some are not listed yet. */
function groupSection(
  t: Translator,
  actions: PanelActions,
  key: string,
  pages: RelationPages,
  group: RelationGroup,
): HTMLElement {
  const { relation, total } = group;
  let listed = group.items.length;
  const list = h("ul", { class: "relation-list" }, ...group.items.map((r) => relationItem(t, actions, key, r)));
  const status = h("p", { class: "error", attrs: { role: "alert", hidden: true } });
  const loadMore = async (): Promise<void> => {
    more.disabled = true;
    status.hidden = true;
    try {
      const items = await pages.load(relation, listed);
      listed += items.length;
      list.append(...items.map((r) => relationItem(t, actions, key, r)));
      // An empty page means the graph changed since the counts were read: there is nothing more to ask for.
      if (listed >= total || items.length === 0) more.remove();
      else more.textContent = t.t("relations.more", { left: total - listed });
    } catch (error) {
      status.textContent = errorMessage(t, error);
      status.hidden = false;
    } finally {
      more.disabled = false;
    }
  };
  const more = h(
    "button",
    {
      class: "button subtle relations-more",
      attrs: { type: "button" },
      dataset: { relation },
      on: { click: () => void loadMore() },
    },
    t.t("relations.more", { left: total - listed }),
  );
  return h(
    "section",
    {
      class: `relation-group ${relation === "CO_OCCURS" ? "cooccurs" : "stated"}`,
      dataset: { relation, total: String(total) },
    },
    h("h4", {}, ...relationTitle(t, relation), " ", h("span", { class: "muted group-count" }, `(${total})`)),
    list,
    listed < total && more,
    status,
  );
}

/** The relations section: one group per relation type with its total, or a note that there are none. */
export function relationGroups(
  t: Translator,
  actions: PanelActions,
  d: EntityDetails,
  pages: RelationPages,
): HTMLElement {
  const groups = groupRelations(d.relations, d.relationCounts, (relation) => pages.more(relation));
  return h(
    "section",
    { class: "panel-section relations" },
    h("h3", {}, t.t("panel.relations")),
    groups.length === 0 && h("p", { class: "muted" }, t.t("panel.noRelations")),
    ...groups.map((group) => groupSection(t, actions, d.key, pages, group)),
  );
}

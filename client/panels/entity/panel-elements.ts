// Small pieces both panel views draw: the header with its close button, entity links, badges and date ranges.

import type { EntityType, RelationType } from "../../../common/api.js";
import { h, type Child } from "../../dom.js";
import type { Translator } from "../../i18n.js";
import type { PanelActions } from "./types.js";

/** The panel header: an optional badge and the title, with the button that closes the panel. */
export function panelHeader(
  t: Translator,
  actions: PanelActions,
  title: HTMLElement,
  badge: HTMLElement | null,
): HTMLElement {
  return h(
    "header",
    { class: "panel-header" },
    h("div", { class: "panel-title" }, badge, title),
    h(
      "button",
      {
        class: "icon-button",
        attrs: { type: "button", "aria-label": t.t("panel.close"), title: t.t("panel.close") },
        on: { click: () => actions.close() },
      },
      "×",
    ),
  );
}

/** A button that opens another entity, marked with its type's colour dot. */
export function entityLink(
  actions: Pick<PanelActions, "openEntity">,
  key: string,
  label: string,
  type: EntityType,
): HTMLElement {
  return h(
    "button",
    {
      class: "link-button",
      attrs: { type: "button" },
      dataset: { entity: key },
      on: { click: () => actions.openEntity(key) },
    },
    h("i", { class: `dot dot-${type}`, attrs: { "aria-hidden": "true" } }),
    label,
  );
}

/** The entity type's name with its colour dot. */
export function typeBadge(t: Translator, type: EntityType): HTMLElement {
  return h(
    "span",
    { class: "type-badge", dataset: { type } },
    h("i", { class: `dot dot-${type}`, attrs: { "aria-hidden": "true" } }),
    t.entityType(type),
  );
}

/** "Stated" or "co-occurs": whether a relation was read from a sentence or only seen together. */
export function kindBadge(t: Translator, stated: boolean): HTMLElement {
  return h(
    "span",
    { class: stated ? "badge badge-stated" : "badge badge-cooccurs" },
    stated ? t.t("panel.stated") : t.t("panel.cooccurs"),
  );
}

/**
 * A relation type's title: its kind badge, then its name unless the badge already says it (co-occurrence is its own
 * kind, and 「共现 共现」 read as a stutter).
 */
export function relationTitle(t: Translator, relation: RelationType, stated = relation !== "CO_OCCURS"): Child[] {
  const badge = kindBadge(t, stated);
  const name = t.relation(relation);
  return badge.textContent === name ? [badge] : [badge, " ", h("strong", {}, name)];
}

/** A relation's dates as one date, a range, or "undated". */
export function dateRange(t: Translator, first: string | null | undefined, last: string | null | undefined): string {
  if (!first && !last) return t.t("panel.undated");
  return first === last || !last ? (first ?? "") : `${first ?? "…"} – ${last}`;
}

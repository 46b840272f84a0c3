// The right side panel: an entity (counts, aliases, documents, relations by type with evidence) or a relation.

import type { EntityDetails, EntityType, RelationSummary, RelationType } from "../../common/api.js";
import { h, replaceChildren, type Child } from "../dom.js";
import { RELATION_TYPE_LIST } from "../graph/entity-style.js";
import { setSignal } from "../page-signals.js";
import { createEvidenceDetails } from "./evidence-view.js";
import type { Translator } from "../i18n.js";

export interface PanelActions {
  /** Opens another entity (loading it into the view when it is not there). */
  openEntity(key: string): void;
  toggleExpand(key: string): void;
  isExpanded(key: string): boolean;
  setPathEnd(end: "from" | "to", key: string, name: string): void;
  focus(key: string): void;
  close(): void;
}

/** The relations between two entities that the edge panel shows. */
export interface EdgeSelection {
  source: { key: string; label: string; entityType: EntityType };
  target: { key: string; label: string; entityType: EntityType };
  edges: Array<{
    key: string;
    relation: RelationType;
    weight: number;
    rule: string;
    stated: boolean;
    firstDate?: string;
    lastDate?: string;
  }>;
}

type Content =
  | { kind: "entity"; details: EntityDetails; degreeInView: number }
  | { kind: "edge"; selection: EdgeSelection }
  | { kind: "message"; text: string; error: boolean };

export interface EntityPanel {
  showEntity(details: EntityDetails, degreeInView: number): void;
  showEdge(selection: EdgeSelection): void;
  showMessage(text: string, error?: boolean): void;
  hide(): void;
  isOpen(): boolean;
  /** Draws the current content again, e.g. in another language or after an expansion. */
  render(t: Translator): void;
}

function typeBadge(t: Translator, type: EntityType): HTMLElement {
  return h(
    "span",
    { class: "type-badge", dataset: { type } },
    h("i", { class: `dot dot-${type}`, attrs: { "aria-hidden": "true" } }),
    t.entityType(type),
  );
}

function kindBadge(t: Translator, stated: boolean): HTMLElement {
  return h(
    "span",
    { class: stated ? "badge badge-stated" : "badge badge-cooccurs" },
    stated ? t.t("panel.stated") : t.t("panel.cooccurs"),
  );
}

function dateRange(t: Translator, first: string | null | undefined, last: string | null | undefined): string {
  if (!first && !last) return t.t("panel.undated");
  return first === last || !last ? (first ?? "") : `${first ?? "…"} – ${last}`;
}

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

/** Builds the panel in its container; it stays hidden until something is shown. */
export function createEntityPanel(container: HTMLElement, actions: PanelActions, initial: Translator): EntityPanel {
  let content: Content | null = null;
  let t = initial;

  const header = (title: HTMLElement, badge: HTMLElement | null): HTMLElement =>
    h(
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

  const entityLink = (key: string, label: string, type: EntityType): HTMLElement =>
    h(
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

  const renderEntity = (d: EntityDetails, degreeInView: number): Child[] => {
    const expanded = actions.isExpanded(d.key);
    const button = (label: string, onClick: () => void, name: string): HTMLElement =>
      h(
        "button",
        { class: "button", attrs: { type: "button" }, dataset: { action: name }, on: { click: onClick } },
        label,
      );
    const groups = groupRelations(d.relations);
    return [
      header(h("h2", { attrs: { id: "panel-title" } }, d.name), typeBadge(t, d.type)),
      h(
        "div",
        { class: "panel-actions" },
        button(
          expanded ? t.t("panel.collapse") : t.t("panel.expand"),
          () => actions.toggleExpand(d.key),
          expanded ? "collapse" : "expand",
        ),
        button(t.t("panel.pathFrom"), () => actions.setPathEnd("from", d.key, d.name), "path-from"),
        button(t.t("panel.pathTo"), () => actions.setPathEnd("to", d.key, d.name), "path-to"),
        button(t.t("panel.focus"), () => actions.focus(d.key), "focus"),
      ),
      h(
        "dl",
        { class: "counts" },
        h("div", {}, h("dt", {}, t.t("panel.mentions")), h("dd", { dataset: { count: "mentions" } }, d.mentions)),
        h("div", {}, h("dt", {}, t.t("panel.documents")), h("dd", { dataset: { count: "documents" } }, d.documents)),
        h("div", {}, h("dt", {}, t.t("panel.degreeInView")), h("dd", { dataset: { count: "degree" } }, degreeInView)),
      ),
      d.aliases.length > 0 &&
        h(
          "section",
          { class: "panel-section" },
          h("h3", {}, t.t("panel.aliases")),
          h(
            "ul",
            { class: "chips", attrs: { "aria-label": t.t("panel.aliases") } },
            ...d.aliases.map((alias) => h("li", {}, alias)),
          ),
        ),
      d.inDocuments.length > 0 &&
        h(
          "section",
          { class: "panel-section" },
          h("h3", {}, t.t("panel.documents")),
          h(
            "ul",
            { class: "documents" },
            ...d.inDocuments.map((doc) =>
              h(
                "li",
                { attrs: { title: doc.path } },
                h("span", { class: "doc-title" }, doc.title),
                h("span", { class: "muted" }, [doc.date, `×${doc.mentions}`].filter(Boolean).join(" · ")),
              ),
            ),
          ),
        ),
      h(
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
            h(
              "ul",
              { class: "relation-list" },
              ...items.map((r) =>
                h(
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
                    entityLink(r.other.key, r.other.name, r.other.type),
                    h("span", { class: "muted" }, t.t("panel.weight", { weight: r.weight })),
                    r.role && h("span", { class: "role" }, r.role),
                    (r.firstDate || r.lastDate) && h("span", { class: "muted" }, dateRange(t, r.firstDate, r.lastDate)),
                  ),
                  r.rule &&
                    r.relation !== "CO_OCCURS" &&
                    h("div", { class: "rule muted" }, `${t.t("panel.rule")}: ${r.rule}`),
                  createEvidenceDetails(t, d.key, r.other.key, r.relation),
                ),
              ),
            ),
          ),
        ),
      ),
    ];
  };

  const renderEdge = (s: EdgeSelection): Child[] => [
    header(h("h2", { attrs: { id: "panel-title" } }, t.t("panel.edgeTitle")), null),
    h(
      "p",
      { class: "edge-ends" },
      entityLink(s.source.key, s.source.label, s.source.entityType),
      h("span", { class: "direction", attrs: { "aria-hidden": "true" } }, " — "),
      entityLink(s.target.key, s.target.label, s.target.entityType),
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
            kindBadge(t, e.stated),
            h("strong", {}, t.relation(e.relation)),
            h("span", { class: "muted" }, t.t("panel.weight", { weight: e.weight })),
            (e.firstDate || e.lastDate) && h("span", { class: "muted" }, dateRange(t, e.firstDate, e.lastDate)),
          ),
          e.rule && e.stated && h("div", { class: "rule muted" }, `${t.t("panel.rule")}: ${e.rule}`),
          createEvidenceDetails(t, s.source.key, s.target.key, e.relation, i === 0),
        ),
      ),
    ),
  ];

  const render = (): void => {
    if (content === null) {
      container.hidden = true;
      replaceChildren(container);
      return;
    }
    container.hidden = false;
    setSignal(container, "panelKind", content.kind);
    if (content.kind === "entity") {
      setSignal(container, "panelEntity", content.details.key);
      replaceChildren(container, ...renderEntity(content.details, content.degreeInView));
    } else {
      setSignal(container, "panelEntity", null);
      if (content.kind === "edge") replaceChildren(container, ...renderEdge(content.selection));
      else {
        replaceChildren(
          container,
          header(h("h2", { attrs: { id: "panel-title" } }, ""), null),
          h(
            "p",
            { class: content.error ? "error" : "muted", attrs: content.error ? { role: "alert" } : {} },
            content.text,
          ),
        );
      }
    }
  };

  return {
    showEntity(details, degreeInView) {
      content = { kind: "entity", details, degreeInView };
      render();
    },
    showEdge(selection) {
      content = { kind: "edge", selection };
      render();
    },
    showMessage(text, error = false) {
      content = { kind: "message", text, error };
      render();
    },
    hide() {
      content = null;
      render();
    },
    isOpen: () => content !== null,
    render(next) {
      t = next;
      render();
    },
  };
}

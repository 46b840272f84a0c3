// The top of the entity panel: name and type, counts, aliases and the documents that mention the entity.

import type { EntityDetails } from "../../../common/api.js";
import { h, type Child } from "../../dom.js";
import type { Translator } from "../../i18n.js";
import { panelHeader, typeBadge } from "./panel-elements.js";
import type { PanelActions } from "./types.js";

/** The header with the entity's name and type badge. */
export function entityHeader(t: Translator, actions: PanelActions, d: EntityDetails): HTMLElement {
  return panelHeader(t, actions, h("h2", { attrs: { id: "panel-title" } }, d.name), typeBadge(t, d.type));
}

/** Mentions, documents and degree in view, then the aliases and documents sections when there are any. */
export function entityOverview(t: Translator, d: EntityDetails, degreeInView: number): Child[] {
  return [
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
  ];
}

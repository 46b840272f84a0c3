// The legend's links in the organizations view: stated collaborations and shared-project links, told apart.

import { h } from "../dom.js";
import type { Translator } from "../i18n.js";

/** The two kinds of link the organizations view draws, each with its line as drawn. */
export function projectionEdgeLegend(t: Translator): HTMLElement {
  return h(
    "ul",
    { class: "legend-items legend-edges", dataset: { legend: "projection" } },
    h(
      "li",
      { dataset: { link: "stated" } },
      h("i", { class: "line line-stated", attrs: { "aria-hidden": "true" } }),
      t.t("legend.statedCollaboration"),
    ),
    h(
      "li",
      { dataset: { link: "shared-projects" } },
      h("i", { class: "line line-shared-projects", attrs: { "aria-hidden": "true" } }),
      t.t("legend.sharedProjects"),
    ),
  );
}

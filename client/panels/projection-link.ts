// The side panel of a link of the organizations view: the projects both bodies share, each tie with its sentences,
// and the stated collaboration between them (or that no sentence states one).

import type { ProjectionLink, ProjectTie } from "../../common/projection-api.js";
import { h, type Child } from "../dom.js";
import type { Translator } from "../i18n.js";
import { entityLink } from "./entity/panel-elements.js";
import { highlightSegments } from "./evidence-text.js";
import { createEvidenceDetails } from "./evidence-view.js";

/** What the link panel can ask the explorer to do. */
export interface ProjectionLinkActions {
  openEntity(key: string): void;
  close(): void;
}

/** One end of the link as drawn. */
export interface LinkEnd {
  key: string;
  label: string;
}

/** What the panel shows: the two ends, the shared projects (once loaded), and the stated collaboration's ends, if any. */
export interface ProjectionLinkView {
  a: LinkEnd;
  b: LinkEnd;
  /** The shared-project link's weight in view; 0 when the pair is linked by a stated collaboration alone. */
  sharedCount: number;
  shared: { state: "loading" } | { state: "failed"; message: string } | { state: "loaded"; link: ProjectionLink };
  /** The direction of a stated collaboration between them (its evidence is asked for this way round). */
  stated: { source: string; target: string } | null;
}

/** One body's tie to a project: its relation, how many sentences, and the first of them with both names marked. */
function tieView(t: Translator, tie: ProjectTie, name: string, open: boolean): HTMLElement {
  const relations = tie.relations.map((r) => t.relation(r)).join("、");
  const details = h(
    "details",
    { class: "evidence project-tie", dataset: { organization: tie.organization } },
    h("summary", {}, t.t("projection.tie", { name, relations, count: tie.total })),
    h(
      "ol",
      { class: "evidence-list" },
      ...tie.evidence.map((item) =>
        h(
          "li",
          { dataset: { sentence: item.sentence.key } },
          h(
            "blockquote",
            {},
            ...highlightSegments(item.sentence, item.mentions).map((s) =>
              s.entity === undefined ? s.text : h("mark", { dataset: { entity: s.entity } }, s.text),
            ),
          ),
          h("cite", {}, item.document.title, item.document.date ? ` · ${item.document.date}` : ""),
        ),
      ),
    ),
    tie.total > tie.evidence.length &&
      h("p", { class: "muted" }, t.t("projection.moreSentences", { count: tie.total - tie.evidence.length })),
  );
  details.open = open;
  return details;
}

function sharedProjects(t: Translator, actions: ProjectionLinkActions, view: ProjectionLinkView): Child[] {
  const { shared } = view;
  if (view.sharedCount === 0) return [h("p", { class: "muted" }, t.t("projection.noShared"))];
  if (shared.state === "loading") return [h("p", { class: "muted" }, t.t("panel.loading"))];
  if (shared.state === "failed") return [h("p", { class: "error", attrs: { role: "alert" } }, shared.message)];
  const { link } = shared;
  if (link.projects.length === 0) return [h("p", { class: "muted" }, t.t("projection.noShared"))];
  const names = new Map([
    [link.a.key, link.a.name],
    [link.b.key, link.b.name],
  ]);
  return [
    h(
      "ul",
      { class: "shared-projects" },
      ...link.projects.map(({ project, ties }, i) =>
        h(
          "li",
          { class: "shared-project", dataset: { project: project.key } },
          entityLink(actions, project.key, project.name, "Project"),
          ...ties.map((tie) => tieView(t, tie, names.get(tie.organization) ?? tie.organization, i === 0)),
        ),
      ),
    ),
    link.truncated && h("p", { class: "muted" }, t.t("projection.moreProjects", { count: link.projects.length })),
  ];
}

/** The panel's children for one link of the organizations view. */
export function projectionLinkPanel(t: Translator, actions: ProjectionLinkActions, view: ProjectionLinkView): Child[] {
  const count = view.shared.state === "loaded" ? view.shared.link.projects.length : view.sharedCount;
  return [
    h(
      "header",
      { class: "panel-header" },
      h("div", { class: "panel-title" }, h("h2", { attrs: { id: "panel-title" } }, t.t("projection.linkTitle"))),
      h(
        "button",
        {
          class: "icon-button",
          attrs: { type: "button", "aria-label": t.t("panel.close"), title: t.t("panel.close") },
          on: { click: () => actions.close() },
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "edge-ends" },
      entityLink(actions, view.a.key, view.a.label, "Organization"),
      h("span", { class: "direction", attrs: { "aria-hidden": "true" } }, " — "),
      entityLink(actions, view.b.key, view.b.label, "Organization"),
    ),
    h(
      "section",
      { class: "projection-section", dataset: { section: "shared-projects" } },
      h(
        "h3",
        {},
        h("i", { class: "line line-shared-projects", attrs: { "aria-hidden": "true" } }),
        " ",
        t.t("projection.shared", { count }),
      ),
      h("p", { class: "muted" }, t.t("projection.sharedHint")),
      ...sharedProjects(t, actions, view),
    ),
    h(
      "section",
      { class: "projection-section", dataset: { section: "stated" } },
      h(
        "h3",
        {},
        h("i", { class: "line line-stated", attrs: { "aria-hidden": "true" } }),
        " ",
        t.t("projection.stated"),
      ),
      view.stated
        ? createEvidenceDetails(t, view.stated.source, view.stated.target, "COLLABORATES_WITH", view.sharedCount === 0)
        : h("p", { class: "muted" }, t.t("projection.noStated")),
    ),
  ];
}

// The edit section of the entity panel (edit mode only): rename, retype, exclude, add to the merge, and per surface
// form split-off and exclude. Each button carries its `data-curate` name.

import type { EntityDetails } from "../../common/api.js";
import { h } from "../dom.js";
import type { Translator } from "../i18n.js";

/** What the entity's edit buttons ask for. */
export interface EntityEditActions {
  rename(d: EntityDetails): void;
  retype(d: EntityDetails): void;
  exclude(d: EntityDetails): void;
  split(d: EntityDetails, surface: string): void;
  excludeSurface(d: EntityDetails, surface: string): void;
  toggleMerge(d: EntityDetails): void;
  inMerge(key: string): boolean;
}

/** A small button with its `data-curate` name. */
export function curateButton(label: string, name: string, onClick: () => void, title?: string): HTMLButtonElement {
  return h(
    "button",
    { class: "button small", attrs: { type: "button", title }, dataset: { curate: name }, on: { click: onClick } },
    label,
  );
}

/** The panel section with the entity's edits. */
export function entityTools(t: Translator, actions: EntityEditActions, d: EntityDetails): HTMLElement {
  const merging = actions.inMerge(d.key);
  return h(
    "section",
    { class: "panel-section curation-tools" },
    h("h3", {}, t.t("curation.tools")),
    h(
      "div",
      { class: "button-row wrap" },
      curateButton(t.t("curation.rename"), "rename", () => actions.rename(d)),
      curateButton(t.t("curation.retype"), "retype", () => actions.retype(d)),
      curateButton(t.t("curation.exclude"), "exclude", () => actions.exclude(d)),
      curateButton(merging ? t.t("curation.inMerge") : t.t("curation.addToMerge"), "merge-toggle", () =>
        actions.toggleMerge(d),
      ),
    ),
    d.aliases.length > 0 &&
      h(
        "div",
        { class: "surfaces" },
        h("h4", {}, t.t("curation.surfaces")),
        h(
          "ul",
          { class: "surface-list" },
          ...d.aliases.map((surface) =>
            h(
              "li",
              { dataset: { surface } },
              h("span", { class: "surface" }, surface),
              curateButton(
                t.t("curation.split"),
                "split",
                () => actions.split(d, surface),
                t.t("curation.splitTitle", { surface }),
              ),
              curateButton(
                t.t("curation.excludeSurface"),
                "exclude-surface",
                () => actions.excludeSurface(d, surface),
                t.t("curation.excludeSurfaceTitle", { surface }),
              ),
            ),
          ),
        ),
      ),
  );
}

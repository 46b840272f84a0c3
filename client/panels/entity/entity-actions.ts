// The entity panel's action buttons: expand or collapse, use as a path end, focus the camera.

import type { EntityDetails } from "../../../common/api.js";
import { h } from "../../dom.js";
import type { Translator } from "../../i18n.js";
import type { PanelActions } from "./types.js";

/** The row of buttons under the entity's header; each carries its `data-action` name. */
export function entityActions(t: Translator, actions: PanelActions, d: EntityDetails): HTMLElement {
  const expanded = actions.isExpanded(d.key);
  const button = (label: string, onClick: () => void, name: string): HTMLElement =>
    h(
      "button",
      { class: "button", attrs: { type: "button" }, dataset: { action: name }, on: { click: onClick } },
      label,
    );
  return h(
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
  );
}

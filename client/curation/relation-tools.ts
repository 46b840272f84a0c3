// The edit buttons of one relation in the edge panel (edit mode only): reject it, change its type, or turn it around.

import { h } from "../dom.js";
import type { Translator } from "../i18n.js";
import { curateButton } from "./entity-tools.js";

/** What a relation's edit buttons ask for, by the relation's edge key. */
export interface RelationEditActions {
  reject(edge: string): void;
  retype(edge: string): void;
  reverse(edge: string): void;
}

/** The row of edit buttons for one relation; co-occurrences can only be rejected. */
export function relationTools(t: Translator, actions: RelationEditActions, edge: string, stated: boolean): HTMLElement {
  return h(
    "div",
    { class: "button-row curation-tools relation-tools" },
    curateButton(t.t("curation.reject"), "reject", () => actions.reject(edge), t.t("curation.rejectTitle")),
    stated &&
      curateButton(
        t.t("curation.retypeRelation"),
        "retype-relation",
        () => actions.retype(edge),
        t.t("curation.retypeRelationTitle"),
      ),
    stated && curateButton(t.t("curation.reverse"), "reverse", () => actions.reverse(edge)),
  );
}

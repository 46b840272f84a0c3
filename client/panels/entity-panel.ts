// The right side panel: an entity (counts, aliases, documents, relations by type with evidence) or a relation.

import type { EntityDetails } from "../../common/api.js";
import { h, replaceChildren, type Child } from "../dom.js";
import { setSignal } from "../page-signals.js";
import type { Translator } from "../i18n.js";
import { edgeRelations } from "./entity/edge-relations.js";
import { entityActions } from "./entity/entity-actions.js";
import { entityHeader, entityOverview } from "./entity/entity-overview.js";
import { panelHeader } from "./entity/panel-elements.js";
import { relationGroups } from "./entity/relation-groups.js";
import { createRelationPages, type RelationPages } from "./entity/relation-pages.js";
import type { EdgeSelection, PanelActions } from "./entity/types.js";

export type { EdgeSelection, PanelActions } from "./entity/types.js";

type Content =
  | { kind: "entity"; details: EntityDetails; degreeInView: number }
  | { kind: "edge"; selection: EdgeSelection }
  | { kind: "message"; text: string; error: boolean }
  | { kind: "custom"; name: string; build: (t: Translator) => Child[] };

/** The side panel's controls: what to show in it, and whether it is open. */
export interface EntityPanel {
  showEntity(details: EntityDetails, degreeInView: number): void;
  showEdge(selection: EdgeSelection): void;
  showMessage(text: string, error?: boolean): void;
  /** Content another view builds (e.g. the organizations view's link), drawn again in each language; `name` is its kind. */
  showCustom(name: string, build: (t: Translator) => Child[]): void;
  hide(): void;
  isOpen(): boolean;
  /** Draws the current content again, e.g. in another language or after an expansion. */
  render(t: Translator): void;
}

/** Builds the panel in its container; it stays hidden until something is shown. */
export function createEntityPanel(container: HTMLElement, actions: PanelActions, initial: Translator): EntityPanel {
  let content: Content | null = null;
  let t = initial;
  // The relations "more" loaded for the entity on show, kept across redraws and dropped when another is shown.
  let pages: RelationPages = createRelationPages("");

  const renderEntity = (d: EntityDetails, degreeInView: number): Child[] => [
    entityHeader(t, actions, d),
    entityActions(t, actions, d),
    actions.entityTools?.(d),
    ...entityOverview(t, d, degreeInView),
    relationGroups(t, actions, d, pages),
  ];

  const render = (): void => {
    if (content === null) {
      container.hidden = true;
      replaceChildren(container);
      return;
    }
    container.hidden = false;
    if (content.kind === "custom") {
      setSignal(container, "panelKind", content.name);
      setSignal(container, "panelEntity", null);
      replaceChildren(container, ...content.build(t));
      return;
    }
    setSignal(container, "panelKind", content.kind);
    if (content.kind === "entity") {
      setSignal(container, "panelEntity", content.details.key);
      replaceChildren(container, ...renderEntity(content.details, content.degreeInView));
    } else {
      setSignal(container, "panelEntity", null);
      if (content.kind === "edge") replaceChildren(container, ...edgeRelations(t, actions, content.selection));
      else {
        replaceChildren(
          container,
          panelHeader(t, actions, h("h2", { attrs: { id: "panel-title" } }, ""), null),
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
      pages = createRelationPages(details.key);
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
    showCustom(name, build) {
      content = { kind: "custom", name, build };
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

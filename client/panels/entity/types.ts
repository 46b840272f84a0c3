// The types the entity panel's parts share: what the panel can ask the explorer to do, and what an edge shows.

import type { EntityDetails, EntityType, RelationEdgeAttributes } from "../../../common/api.js";
import type { Child } from "../../dom.js";

/** What the panel's buttons and links ask the explorer to do. */
export interface PanelActions {
  /** Opens another entity (loading it into the view when it is not there). */
  openEntity(key: string): void;
  toggleExpand(key: string): void;
  isExpanded(key: string): boolean;
  setPathEnd(end: "from" | "to", key: string, name: string): void;
  focus(key: string): void;
  close(): void;
  /** Edit controls for the entity (curation in edit mode), drawn under its action buttons. */
  entityTools?(details: EntityDetails): Child;
  /** Edit controls for one relation of the edge panel. */
  relationTools?(selection: EdgeSelection, edge: EdgeSelection["edges"][number]): Child;
}

/** The relations between two entities that the edge panel shows. */
export interface EdgeSelection {
  source: { key: string; label: string; entityType: EntityType };
  target: { key: string; label: string; entityType: EntityType };
  edges: Array<RelationEdgeAttributes & { key: string }>;
}

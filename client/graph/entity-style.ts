// How the graph looks: a colour per entity type, the relation types in display order, edge colours (communities:
// community-colors.ts).

import type { EntityType, RelationType } from "../../common/api.js";

/** One colour per entity type; the record's keys are also the client's list of entity types. */
export const ENTITY_COLORS: Record<EntityType, string> = {
  Organization: "#2563eb",
  Person: "#db2777",
  Project: "#ea580c",
  Topic: "#16a34a",
  Place: "#7c3aed",
};

export const ENTITY_TYPE_LIST = Object.keys(ENTITY_COLORS) as EntityType[];

/** Every relation type, in the order the filters and panels list them (co-occurrence last). */
const RELATION_ORDER: Record<RelationType, number> = {
  COLLABORATES_WITH: 0,
  PARTNER_IN: 1,
  ORGANIZED: 2,
  HOLDS_POSITION: 3,
  MEMBER_OF: 4,
  PART_OF: 5,
  LOCATED_IN: 6,
  ADDRESSES: 7,
  PUBLISHED: 8,
  CO_OCCURS: 9,
};

export const RELATION_TYPE_LIST = (Object.keys(RELATION_ORDER) as RelationType[]).sort(
  (a, b) => RELATION_ORDER[a] - RELATION_ORDER[b],
);

export const STATED_EDGE_COLOR = "#64748b";
export const CO_OCCURRENCE_EDGE_COLOR = "#d5dbe3";
export const COMMUNITY_EDGE_COLOR = "#94a3b8";
/** Shared-project links of the organizations view: a broad light band, so a stated line drawn over it stays visible. */
export const SHARED_PROJECT_EDGE_COLOR = "#99e6d8";
export const DIMMED_NODE_COLOR = "#e5e7eb";
export const DIMMED_EDGE_COLOR = "#f1f3f5";
export const PATH_EDGE_COLOR = "#f59e0b";
export const SELECTED_EDGE_COLOR = "#0f172a";

// How each entity type looks: colour and bilingual name, one registry for the graph and the legend.

import type { EntityType } from "../server/api-types.js";

export interface EntityStyle {
  color: string;
  label: { zh: string; en: string };
}

export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  Organization: { color: "#2563eb", label: { zh: "机构", en: "Organization" } },
  Person: { color: "#db2777", label: { zh: "人物", en: "Person" } },
  Project: { color: "#ea580c", label: { zh: "项目", en: "Project" } },
  Topic: { color: "#16a34a", label: { zh: "议题", en: "Topic" } },
  Place: { color: "#7c3aed", label: { zh: "地点", en: "Place" } },
};

export const STATED_EDGE_COLOR = "#64748b";
export const CO_OCCURRENCE_EDGE_COLOR = "#dde3ea";

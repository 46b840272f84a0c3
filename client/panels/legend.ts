// The legend over the graph: colours of entity types or of the communities in view (every one of them: those past the
// palette as one "other" line), with counts, and the two kinds of relation. The PNG export draws the same lines.

import type { EntityType } from "../../common/api.js";
import type { CommunityLegend } from "../analysis/community-partition.js";
import { h, replaceChildren } from "../dom.js";
import { communityColor, OTHER_COMMUNITIES_COLOR } from "../graph/community-colors.js";
import { ENTITY_COLORS, ENTITY_TYPE_LIST } from "../graph/entity-style.js";
import { projectionEdgeLegend } from "./projection-legend.js";
import type { Translator } from "../i18n.js";

export interface LegendData {
  typeCounts: Map<EntityType, number>;
  /** The communities in view when nodes are coloured by community (or the view is the communities overview). */
  communities: CommunityLegend | null;
  /** The organizations view: its two kinds of link (stated collaboration, shared projects) instead of stated/co-occurs. */
  projection?: boolean;
  /** Nodes of each type the filters leave in view; a type whose count differs reads "shown / total". */
  visibleTypeCounts?: Map<EntityType, number>;
}

/** One line of the legend: a colour, what it stands for, how many entities in view, and the data attributes tests read. */
export interface LegendLine {
  color: string;
  label: string;
  count: number;
  /** The count as shown: "shown / total" for a type the filters thin out. */
  countText: string;
  dataset: Record<string, string>;
}

/** What the legend shows: its heading and lines. Pure. */
export function legendLines(t: Translator, data: LegendData): { title: string; lines: LegendLine[] } {
  const communities = data.communities;
  if (communities && (communities.lines.length > 0 || communities.other)) {
    const lines: LegendLine[] = communities.lines.map(({ id, count }) => ({
      color: communityColor(id),
      label: t.t("legend.community", { id: id + 1 }),
      count,
      countText: String(count),
      dataset: { community: String(id) },
    }));
    const { other } = communities;
    if (other)
      lines.push({
        color: OTHER_COMMUNITIES_COLOR,
        label: t.t("legend.otherCommunities", { count: other.communities }),
        count: other.count,
        countText: String(other.count),
        dataset: { communityOther: String(other.communities) },
      });
    return { title: t.t("legend.communitiesTitle"), lines };
  }
  const types = ENTITY_TYPE_LIST.filter((type) => (data.typeCounts.get(type) ?? 0) > 0);
  return {
    title: t.t("legend.entityTypesTitle"),
    lines: types.map((type) => ({
      color: ENTITY_COLORS[type],
      label: t.entityType(type),
      count: data.typeCounts.get(type) ?? 0,
      countText: typeCount(t, data, type),
      dataset: { type },
    })),
  };
}

function swatch(color: string): HTMLElement {
  const dot = h("i", { class: "dot", attrs: { "aria-hidden": "true" } });
  dot.style.backgroundColor = color;
  return dot;
}

/** A type's count, as "shown / total" when the filters hide some of its nodes. */
function typeCount(t: Translator, data: LegendData, type: EntityType): string {
  const total = data.typeCounts.get(type) ?? 0;
  const shown = data.visibleTypeCounts ? (data.visibleTypeCounts.get(type) ?? 0) : total;
  return shown === total ? String(total) : t.t("links.legend.filtered", { shown, total });
}

/** Renders the legend into its container. */
export function renderLegend(container: HTMLElement, t: Translator, data: LegendData): void {
  const items = legendLines(t, data).lines.map((line) =>
    h(
      "li",
      { dataset: { ...line.dataset, count: String(line.count), color: line.color } },
      swatch(line.color),
      line.label,
      h("span", { class: "muted" }, line.countText),
    ),
  );
  replaceChildren(
    container,
    h("ul", { class: "legend-items", attrs: { "aria-label": t.t("legend.title") } }, ...items),
    data.projection
      ? projectionEdgeLegend(t)
      : h(
          "ul",
          { class: "legend-items legend-edges" },
          h("li", {}, h("i", { class: "line line-stated", attrs: { "aria-hidden": "true" } }), t.t("legend.stated")),
          h(
            "li",
            {},
            h("i", { class: "line line-cooccurs", attrs: { "aria-hidden": "true" } }),
            t.t("legend.cooccurs"),
          ),
        ),
  );
}

// The legend over the graph: colours of entity types (or of the largest communities) and the two kinds of relation.

import type { EntityType } from "../../common/api.js";
import { h, replaceChildren } from "../dom.js";
import { communityColor, ENTITY_COLORS, ENTITY_TYPE_LIST } from "../graph/entity-style.js";
import type { Translator } from "../i18n.js";
import type { ColorMode } from "../url-state.js";

export interface LegendData {
  colorBy: ColorMode;
  typeCounts: Map<EntityType, number>;
  /** Nodes of each type the filters leave in view; a type whose count differs reads "shown / total". */
  visibleTypeCounts?: Map<EntityType, number>;
  /** Sizes of the ranked communities (index = community id), when coloured by community. */
  communitySizes: number[];
}

const SHOWN_COMMUNITIES = 8;

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
  const items =
    data.colorBy === "community" && data.communitySizes.length > 0
      ? data.communitySizes
          .slice(0, SHOWN_COMMUNITIES)
          .map((size, id) =>
            h(
              "li",
              { dataset: { community: String(id) } },
              swatch(communityColor(id)),
              t.t("legend.community", { id: id + 1 }),
              h("span", { class: "muted" }, size),
            ),
          )
      : ENTITY_TYPE_LIST.filter((type) => (data.typeCounts.get(type) ?? 0) > 0).map((type) =>
          h(
            "li",
            { dataset: { type } },
            swatch(ENTITY_COLORS[type]),
            t.entityType(type),
            h("span", { class: "muted" }, typeCount(t, data, type)),
          ),
        );
  replaceChildren(
    container,
    h("ul", { class: "legend-items", attrs: { "aria-label": t.t("legend.title") } }, ...items),
    h(
      "ul",
      { class: "legend-items legend-edges" },
      h("li", {}, h("i", { class: "line line-stated", attrs: { "aria-hidden": "true" } }), t.t("legend.stated")),
      h("li", {}, h("i", { class: "line line-cooccurs", attrs: { "aria-hidden": "true" } }), t.t("legend.cooccurs")),
    ),
  );
}

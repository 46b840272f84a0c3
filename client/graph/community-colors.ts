// Colours of communities: a palette that shares no colour (nor a near hue) with the entity types, and one colour for
// every community past it, so each coloured node is explained by one line of the legend.

/** The largest communities' own colours, by community id (0 = the largest of the graph). */
export const COMMUNITY_COLORS = [
  "#dc2626",
  "#0d9488",
  "#ca8a04",
  "#c026d3",
  "#0891b2",
  "#65a30d",
  "#9f1239",
  "#78350f",
  "#115e59",
  "#eab308",
] as const;

/** The colour of every community past the palette, named "other communities" in the legend. */
export const OTHER_COMMUNITIES_COLOR = "#a8a29e";

/** Whether a community id has a colour of its own (else it is drawn as one of the other communities). */
export function hasOwnCommunityColor(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < COMMUNITY_COLORS.length;
}

/** The colour of a community id. */
export function communityColor(id: number): string {
  return hasOwnCommunityColor(id) ? (COMMUNITY_COLORS[id] as string) : OTHER_COMMUNITIES_COLOR;
}

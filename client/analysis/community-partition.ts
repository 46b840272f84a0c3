// One community numbering per graph: the server's (Louvain over the whole graph, carried on each node) whenever every
// node in view has it, else the view's own Louvain numbered the same way (by size, then smallest key); and the legend
// lines that explain every coloured node.

import { hasOwnCommunityColor } from "../graph/community-colors.js";

/** Community of each node key. */
export type Partition = Record<string, number>;

/** The server's communities of the nodes, when every one carries one; else undefined (the view must compute its own). Pure. */
export function carriedPartition(nodes: Iterable<readonly [string, number | undefined]>): Partition | undefined {
  const partition: Partition = {};
  for (const [key, community] of nodes) {
    if (community === undefined || !Number.isInteger(community) || community < 0) return undefined;
    partition[key] = community;
  }
  return partition;
}

/**
 * Renumbers a raw partition 0, 1, 2 … by size, largest first, ties by their smallest member key: the order the
 * server numbers the whole graph's communities in, so colours and legend are the same for the same view. Pure.
 */
export function rankCommunities(raw: Partition): { byNode: Partition; sizes: number[] } {
  const groups = new Map<number, { size: number; first: string }>();
  for (const [key, id] of Object.entries(raw)) {
    const group = groups.get(id);
    if (!group) groups.set(id, { size: 1, first: key });
    else {
      group.size++;
      if (key < group.first) group.first = key;
    }
  }
  const order = [...groups.entries()].sort(
    (a, b) => b[1].size - a[1].size || (a[1].first < b[1].first ? -1 : a[1].first > b[1].first ? 1 : 0),
  );
  const rank = new Map(order.map(([id], i) => [id, i]));
  const byNode: Partition = {};
  for (const [key, id] of Object.entries(raw)) byNode[key] = rank.get(id) ?? 0;
  return { byNode, sizes: order.map(([, group]) => group.size) };
}

/** One line of the community legend: a community and how many entities it has in view. */
export interface CommunityLegendLine {
  id: number;
  count: number;
}

/** The community legend: a line per community with a colour of its own, then every other community as one line. */
export interface CommunityLegend {
  lines: CommunityLegendLine[];
  /** The communities drawn in the shared "other" colour, and their entities; null when there is none. */
  other: { communities: number; count: number } | null;
}

/** The legend of the communities in view from how many entities each has there (a community node counts its members). Pure. */
export function communityLegend(counts: ReadonlyMap<number, number>): CommunityLegend {
  const lines: CommunityLegendLine[] = [];
  let otherCommunities = 0;
  let otherCount = 0;
  for (const [id, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (hasOwnCommunityColor(id)) lines.push({ id, count });
    else {
      otherCommunities++;
      otherCount += count;
    }
  }
  return { lines, other: otherCommunities > 0 ? { communities: otherCommunities, count: otherCount } : null };
}

// Every entity the API sends carries its community in the whole graph's one numbering (the communities view's), so the
// explorer colours a neighbourhood or a path by the same communities the overview and the exports name.

import type { PathsResult } from "../../../common/api.js";
import type { StreamedEntityGraph, SubgraphPart } from "../types.js";
import type { AnalyticsCache } from "./analytics-cache.js";
import type { GraphAnalytics } from "./graph-analytics.js";

/** The analytics of the graph as it is now; undefined when they cannot be computed (entities then go untagged). */
async function currentAnalytics(cache: AnalyticsCache): Promise<GraphAnalytics | undefined> {
  try {
    return await (
      await cache.current()
    ).result;
  } catch {
    return undefined;
  }
}

/**
 * The streamed graph `load` reads, with each entity's community written into its attributes. The analytics come
 * first: a stream holds a Neo4j session until it is read, and must not wait for them.
 */
export async function withCommunities(
  cache: AnalyticsCache,
  load: () => Promise<StreamedEntityGraph | null>,
): Promise<StreamedEntityGraph | null> {
  const analytics = await currentAnalytics(cache);
  const graph = await load();
  if (!graph || !analytics) return graph;
  const { parts } = graph;
  async function* tagged(): AsyncGenerator<SubgraphPart> {
    for await (const part of parts) {
      const community = analytics?.entities.get(part.node.key)?.community;
      if (community !== undefined && community >= 0) part.node.attributes.community = community;
      yield part;
    }
  }
  return { ...graph, parts: tagged() };
}

/** The paths `load` finds, their graph's entities with their community written into their attributes. */
export async function withPathCommunities(
  cache: AnalyticsCache,
  load: () => Promise<PathsResult | null>,
): Promise<PathsResult | null> {
  const [analytics, result] = await Promise.all([currentAnalytics(cache), load()]);
  for (const node of analytics && result ? result.graph.nodes : []) {
    const community = analytics?.entities.get(node.key)?.community;
    if (community !== undefined && community >= 0) node.attributes.community = community;
  }
  return result;
}

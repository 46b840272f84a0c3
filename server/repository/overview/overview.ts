// The overview: the top entities of the graph or of one community by a measure, or the graph's communities.

import type { GraphTarget } from "../../../neo4j/graph-database.js";
import type { OverviewMeasure } from "../../../common/measures/index.js";
import type { SerializedCommunityGraph } from "../../../common/api.js";
import { GRAPH_OPTIONS, streamSubgraph } from "../subgraph.js";
import { NO_FILTERS, type OverviewRequest, type StreamedEntityGraph, type SubgraphPart } from "../types.js";
import { cypher } from "../../../neo4j/cypher-files.js";
import { read } from "../read.js";
import type { AnalyticsCache } from "./analytics-cache.js";
import { withCommunityYears, type PairYearsRow } from "./community-years.js";
import { communityGraph, topEntityKeys, type GraphAnalytics } from "./graph-analytics.js";

/** Communities views kept per graph version (each a few hundred kB with its encodings at most). */
const MAX_CACHED_COMMUNITY_VIEWS = 16;

/**
 * The top entities of the graph or of one community, with their community and measure, as they stream from Neo4j;
 * null for an unknown community.
 */
async function entityOverview(
  db: GraphTarget,
  analytics: GraphAnalytics,
  measure: OverviewMeasure,
  limit: number,
  community: number | null,
): Promise<StreamedEntityGraph | null> {
  const keys = topEntityKeys(analytics, measure, limit, community);
  if (keys === null) return null;
  const { parts } = await streamSubgraph(db, keys, NO_FILTERS);
  async function* withMetrics(): AsyncGenerator<SubgraphPart> {
    for await (const part of parts) {
      const metrics = analytics.entities.get(part.node.key);
      if (metrics) Object.assign(part.node.attributes, { community: metrics.community, score: metrics[measure] });
      yield part;
    }
  }
  const total = community === null ? analytics.entities.size : (analytics.communities[community]?.members.length ?? 0);
  const attributes = {
    view: "entities" as const,
    truncated: total > keys.length,
    totalEntities: analytics.entities.size,
    measure,
  };
  return {
    attributes: community === null ? attributes : { ...attributes, community },
    options: GRAPH_OPTIONS,
    parts: withMetrics(),
  };
}

/** The top entities by a measure and the relations among them, or the communities; null for an unknown community. */
export async function overview(
  db: GraphTarget,
  cache: AnalyticsCache,
  { measure, limit, view, community, linksPerCommunity }: OverviewRequest,
): Promise<SerializedCommunityGraph | StreamedEntityGraph | null> {
  const current = await cache.current();
  const analytics = await current.result;
  if (community === null && (view === "communities" || (view === "auto" && analytics.entities.size > limit))) {
    // The same view is asked for again and again (every explorer that opens): shape it once per graph version.
    const cacheKey = `${limit}:${measure}:${linksPerCommunity}`;
    let shaped = current.communityViews.get(cacheKey);
    if (!shaped) {
      // Any limit and link count can be asked for: keep the views most recently shaped, not every one ever asked.
      if (current.communityViews.size >= MAX_CACHED_COMMUNITY_VIEWS)
        current.communityViews.delete(current.communityViews.keys().next().value as string);
      const years = await read<PairYearsRow>(db, cypher("pair-years"));
      shaped = withCommunityYears(communityGraph(analytics, limit, measure, linksPerCommunity), analytics, years);
      current.communityViews.set(cacheKey, shaped);
    }
    return shaped;
  }
  return entityOverview(db, analytics, measure, limit, community);
}

/** The `limit` top entities of the whole graph by a measure and the relations among them. */
export async function topEntities(
  db: GraphTarget,
  cache: AnalyticsCache,
  measure: OverviewMeasure,
  limit: number,
): Promise<StreamedEntityGraph> {
  return (await entityOverview(db, await (await cache.current()).result, measure, limit, null)) as StreamedEntityGraph;
}

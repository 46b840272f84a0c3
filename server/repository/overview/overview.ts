// The overview: the top entities of the graph or of one community by a measure, or the graph's communities.

import type { GraphTarget } from "../../../neo4j/graph-database.js";
import type { OverviewMeasure } from "../../../common/measures/index.js";
import type { SerializedCommunityGraph } from "../../../common/api.js";
import { GRAPH_OPTIONS, streamSubgraph } from "../subgraph.js";
import { graphJsonBytes } from "../graph-json.js";
import {
  NO_FILTERS,
  type JsonText,
  type OverviewRequest,
  type StreamedEntityGraph,
  type SubgraphPart,
} from "../types.js";
import { cypher } from "../../../neo4j/cypher-files.js";
import { read } from "../read.js";
import type { AnalyticsCache } from "./analytics-cache.js";
import { withCommunityYears, type PairYearsRow } from "./community-years.js";
import { communityGraph, topEntityKeys, type GraphAnalytics } from "./graph-analytics.js";

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

/**
 * The top entities by a measure and the relations among them, or the communities; null for an unknown community.
 * Either is shaped once per graph version and request, however many ask at once: every explorer that opens asks for
 * the same, and an entities view of a large corpus takes Neo4j and the server a good second to read and write.
 */
export async function overview(
  db: GraphTarget,
  cache: AnalyticsCache,
  { measure, limit, view, community, linksPerCommunity }: OverviewRequest,
): Promise<SerializedCommunityGraph | JsonText | null> {
  const current = await cache.current();
  const analytics = await current.result;
  if (community === null && (view === "communities" || (view === "auto" && analytics.entities.size > limit))) {
    return current.communityViews.get(`${limit}:${measure}:${linksPerCommunity}`, async () => {
      const years = await read<PairYearsRow>(db, cypher("pair-years"));
      return withCommunityYears(communityGraph(analytics, limit, measure, linksPerCommunity), analytics, years);
    });
  }
  return current.entityViews.get(`${limit}:${measure}:${community ?? ""}`, async () => {
    const graph = await entityOverview(db, analytics, measure, limit, community);
    return graph && { jsonText: await graphJsonBytes(graph) };
  });
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

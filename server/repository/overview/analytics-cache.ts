// The whole graph's analytics, computed once per version of the graph; concurrent requests share one computation.

import { cypher } from "../../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../../neo4j/graph-database.js";
import type { SerializedCommunityGraph } from "../../../common/api.js";
import { read } from "../read.js";
import { analyseEntityGraph, type EntityRow, type GraphAnalytics, type PairRow } from "./graph-analytics.js";

/** The analytics of one version of the graph, and the communities views shaped from them. */
export interface AnalyticsEntry {
  version: string;
  result: Promise<GraphAnalytics>;
  /** The analytics once computed, for a reader that must not wait for them. */
  ready?: GraphAnalytics;
  /** Communities views by their request, kept for as long as the graph keeps this version. */
  communityViews: Map<string, SerializedCommunityGraph>;
}

/** The analytics of the graph as it is now, and those already computed for a given version. */
export interface AnalyticsCache {
  /** The entry of the graph's current version, its computation started when there was none. */
  current(): Promise<AnalyticsEntry>;
  /** The analytics of `version` when they are computed already, else undefined. */
  readyFor(version: string): GraphAnalytics | undefined;
}

/** A cheap fingerprint of the graph's state (counts of documents, entities and relationships). */
export async function graphVersion(db: GraphTarget): Promise<string> {
  return JSON.stringify((await read<object>(db, cypher("graph-version")))[0]);
}

async function computeAnalytics(db: GraphTarget): Promise<GraphAnalytics> {
  const [entities, pairs] = await Promise.all([
    read<EntityRow>(db, cypher("analytics-entities")),
    read<PairRow>(db, cypher("analytics-pairs")),
  ]);
  return analyseEntityGraph(entities, pairs);
}

/** A cache over `db` that recomputes the analytics when the graph's version changes, and forgets a failed computation. */
export function createAnalyticsCache(db: GraphTarget): AnalyticsCache {
  let cached: AnalyticsEntry | undefined;
  return {
    async current() {
      const version = await graphVersion(db);
      if (cached?.version !== version) {
        const result = computeAnalytics(db);
        const entry: AnalyticsEntry = { version, result, communityViews: new Map() };
        cached = entry;
        result.then(
          (ready) => (entry.ready = ready),
          () => {
            if (cached === entry) cached = undefined;
          },
        );
      }
      return cached;
    },
    readyFor(version) {
      return cached?.version === version ? cached.ready : undefined;
    },
  };
}

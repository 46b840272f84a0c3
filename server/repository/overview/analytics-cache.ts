// The whole graph's analytics, computed once per version of the graph; concurrent requests share one computation.

import { cypher } from "../../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../../neo4j/graph-database.js";
import type { SerializedCommunityGraph } from "../../../common/api.js";
import { read } from "../read.js";
import type { JsonText } from "../types.js";
import { analyseEntityGraph, type EntityRow, type GraphAnalytics, type PairRow } from "./graph-analytics.js";
import { createViewCache, type ViewCache } from "./view-cache.js";

/** The analytics of one version of the graph, and the overview's views shaped from them. */
export interface AnalyticsEntry {
  version: string;
  result: Promise<GraphAnalytics>;
  /** The analytics once computed, for a reader that must not wait for them. */
  ready?: GraphAnalytics;
  /** Communities views by their request, kept for as long as the graph keeps this version. */
  communityViews: ViewCache<SerializedCommunityGraph>;
  /** Entities views (the top entities of the graph or of a community) written as JSON; null for no such community. */
  entityViews: ViewCache<JsonText | null>;
}

/** Communities views kept per graph version (each a few hundred kB with its encodings at most). */
const MAX_COMMUNITY_VIEWS = 16;

/**
 * Entities views kept per graph version, and the bytes of JSON they may hold together: the top thousand entities of a
 * large corpus run to megabytes, with tens of thousands of relations among them.
 */
const MAX_ENTITY_VIEWS = 16;
const MAX_ENTITY_VIEW_BYTES = 64 * 1024 * 1024;

/** The view caches of a new version of the graph. */
function viewCaches(): Pick<AnalyticsEntry, "communityViews" | "entityViews"> {
  return {
    communityViews: createViewCache({ maxViews: MAX_COMMUNITY_VIEWS }),
    entityViews: createViewCache({
      maxViews: MAX_ENTITY_VIEWS,
      maxSize: MAX_ENTITY_VIEW_BYTES,
      sizeOf: (view) => view?.jsonText.length ?? 0,
    }),
  };
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
      const now = await graphVersion(db);
      if (cached?.version !== now) {
        const result = computeAnalytics(db);
        const entry: AnalyticsEntry = { version: now, result, ...viewCaches() };
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

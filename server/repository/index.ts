// The graph repository: every read the API and the CLI make, built from one module per domain over one database.

import type { GraphTarget } from "../../neo4j/graph-database.js";
import { documentCount, graphStats, listDocuments } from "./documents.js";
import { entityDetails, entityMentions, mentionCount, relationEvidence } from "./entities.js";
import { neighborhood } from "./neighborhood.js";
import { createAnalyticsCache } from "./overview/analytics-cache.js";
import { overview, topEntities } from "./overview/overview.js";
import { shortestPaths } from "./paths.js";
import { organizationProjection, projectionLink } from "./projection.js";
import { searchEntities } from "./search.js";
import type { GraphRepository } from "./types.js";

/** A repository over a driver; it names the database on every call, routes to readers and bounds each read in time. */
export function createGraphRepository(db: GraphTarget): GraphRepository {
  const analytics = createAnalyticsCache(db);
  return {
    overview: (request) => overview(db, analytics, request),
    topEntities: (measure, limit) => topEntities(db, analytics, measure, limit),
    neighborhood: (key, depth, filters, limit) => neighborhood(db, key, depth, filters, limit),
    search: (query, type, limit) => searchEntities(db, analytics, query, type, limit),
    entity: (key) => entityDetails(db, key),
    evidence: (source, target, type, page, pageSize) => relationEvidence(db, source, target, type, page, pageSize),
    documents: (page, pageSize) => listDocuments(db, page, pageSize),
    paths: (from, to, maxHops, k, relations) => shortestPaths(db, from, to, maxHops, k, relations),
    mentionCount: (key) => mentionCount(db, key),
    mentions: (key, page, pageSize) => entityMentions(db, key, page, pageSize),
    documentCount: () => documentCount(db),
    stats: (topPairs) => graphStats(db, topPairs),
    organizationProjection: (request) => organizationProjection(db, request),
    projectionLink: (request) => projectionLink(db, request),
  };
}

// The graph repository: every read the API and the CLI make, built from one module per domain over one database.

import type { GraphTarget } from "../../neo4j/graph-database.js";
import { documentCount, graphStats, listDocuments } from "./documents.js";
import { documentMetadata, documentSentences } from "./document-reader.js";
import { entityDetails, entityMentions, entityRelations, mentionCount, relationEvidence } from "./entities.js";
import { neighborhood } from "./neighborhood.js";
import { createAnalyticsCache } from "./overview/analytics-cache.js";
import { withCommunities, withPathCommunities } from "./overview/community-tags.js";
import { overview, topEntities } from "./overview/overview.js";
import { shortestPaths } from "./paths.js";
import { organizationProjection, projectionLink } from "./projection.js";
import { searchEntities } from "./search.js";
import { timeline } from "./timeline.js";
import type { GraphRepository } from "./types.js";

/** A repository over a driver; it names the database on every call, routes to readers and bounds each read in time. */
export function createGraphRepository(db: GraphTarget): GraphRepository {
  const analytics = createAnalyticsCache(db);
  return {
    overview: (request) => overview(db, analytics, request),
    topEntities: (measure, limit) => topEntities(db, analytics, measure, limit),
    neighborhood: (key, depth, filters, limit) =>
      withCommunities(analytics, () => neighborhood(db, key, depth, filters, limit)),
    search: (query, type, limit) => searchEntities(db, analytics, query, type, limit),
    entity: (key) => entityDetails(db, key),
    relations: (key, relation, offset, limit) => entityRelations(db, key, relation, offset, limit),
    evidence: (source, target, type, page, pageSize) => relationEvidence(db, source, target, type, page, pageSize),
    documents: (page, pageSize) => listDocuments(db, page, pageSize),
    document: (key) => documentMetadata(db, key),
    sentences: (key, anchor, limit) => documentSentences(db, key, anchor, limit),
    paths: (from, to, maxHops, k, traversal) =>
      withPathCommunities(analytics, () => shortestPaths(db, from, to, maxHops, k, traversal)),
    mentionCount: (key) => mentionCount(db, key),
    mentions: (key, page, pageSize) => entityMentions(db, key, page, pageSize),
    documentCount: () => documentCount(db),
    stats: (topPairs) => graphStats(db, topPairs),
    timeline: () => timeline(db),
    organizationProjection: (request) => organizationProjection(db, request),
    projectionLink: (request) => projectionLink(db, request),
  };
}

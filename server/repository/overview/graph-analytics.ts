// Whole-graph analytics for the overview: degree, weighted degree, PageRank and Louvain communities, computed once
// per version of the graph from its entities and the summed relations between each pair.

import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { OVERVIEW_MEASURES, type OverviewMeasure } from "../../../common/measures/index.js";
import { seededRandom } from "../../../common/seeded-random.js";
import type { CommunityNodeAttributes, EntityType, SerializedCommunityGraph } from "../../../common/api.js";

export interface EntityRow {
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
}

/** All relations from `source` to `target` (one direction), counted and their weights summed. */
export interface PairRow {
  source: string;
  target: string;
  relations: number;
  weight: number;
}

export interface EntityMetrics extends EntityRow, Record<OverviewMeasure, number> {
  community: number;
}

export interface Community {
  /** 0 for the largest community, then by size; ties by their most central member's key. */
  id: number;
  /** Member keys, most central (PageRank) first. */
  members: string[];
  entityType: EntityType;
  mentions: number;
}

export interface CommunityLink {
  source: number;
  target: number;
  weight: number;
  relations: number;
}

export interface GraphAnalytics {
  entities: Map<string, EntityMetrics>;
  /** Entity keys ranked by each measure, highest first, ties by key. */
  ranked: Record<OverviewMeasure, string[]>;
  /** Largest first; `communities[id].id === id`. */
  communities: Community[];
  links: CommunityLink[];
}

/** Computes the overview's measures and communities; deterministic for the same rows. */
export function analyseEntityGraph(entityRows: readonly EntityRow[], pairRows: readonly PairRow[]): GraphAnalytics {
  const graph = new Graph<Record<string, never>, { weight: number }>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const degree = new Map<string, number>();
  const weightedDegree = new Map<string, number>();
  for (const e of entityRows) graph.addNode(e.key);
  for (const p of pairRows) {
    if (p.source === p.target || !graph.hasNode(p.source) || !graph.hasNode(p.target)) continue;
    for (const key of [p.source, p.target]) {
      degree.set(key, (degree.get(key) ?? 0) + p.relations);
      weightedDegree.set(key, (weightedDegree.get(key) ?? 0) + p.weight);
    }
    graph.updateUndirectedEdge(p.source, p.target, (a) => ({ weight: (a.weight ?? 0) + p.weight }));
  }
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: "weight" }) : {};
  const membership = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(7) });

  const entities = new Map<string, EntityMetrics>();
  for (const e of entityRows) {
    entities.set(e.key, {
      ...e,
      degree: degree.get(e.key) ?? 0,
      weightedDegree: weightedDegree.get(e.key) ?? 0,
      pagerank: ranks[e.key] ?? 1 / Math.max(1, entityRows.length),
      community: -1,
    });
  }
  const ranked = Object.fromEntries(OVERVIEW_MEASURES.map((m) => [m, rankBy(entities, m)])) as GraphAnalytics["ranked"];
  const communities = groupCommunities(ranked.pagerank, entities, membership);
  return { entities, ranked, communities, links: linkCommunities(pairRows, entities) };
}

function rankBy(entities: Map<string, EntityMetrics>, measure: OverviewMeasure): string[] {
  return [...entities.values()]
    .sort((a, b) => b[measure] - a[measure] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => e.key);
}

/** Groups entities by Louvain community, numbers the groups by size and writes the number into each entity. */
function groupCommunities(
  byPagerank: string[],
  entities: Map<string, EntityMetrics>,
  membership: Record<string, number>,
): Community[] {
  const groups = new Map<number, string[]>();
  for (const key of byPagerank) {
    const group = membership[key] ?? -1;
    const members = groups.get(group);
    if (members) members.push(key);
    else groups.set(group, [key]);
  }
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
  return ordered.map((members, id) => {
    const typeCounts = new Map<EntityType, number>();
    let mentions = 0;
    for (const key of members) {
      const entity = entities.get(key) as EntityMetrics;
      entity.community = id;
      mentions += entity.mentions;
      typeCounts.set(entity.type, (typeCounts.get(entity.type) ?? 0) + 1);
    }
    const entityType = [...typeCounts].sort((a, b) => b[1] - a[1])[0]?.[0] as EntityType;
    return { id, members, entityType, mentions };
  });
}

/** Sums the relations between entities of different communities into one link per pair of communities. */
function linkCommunities(pairRows: readonly PairRow[], entities: Map<string, EntityMetrics>): CommunityLink[] {
  const links = new Map<string, CommunityLink>();
  for (const p of pairRows) {
    const a = entities.get(p.source)?.community;
    const b = entities.get(p.target)?.community;
    if (a === undefined || b === undefined || a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const link = links.get(`${source}-${target}`) ?? { source, target, weight: 0, relations: 0 };
    link.weight += p.weight;
    link.relations += p.relations;
    links.set(`${source}-${target}`, link);
  }
  return [...links.values()];
}

/** How a community is shown: named after its most central members. */
export function communityAttributes(
  community: Community,
  entities: Map<string, EntityMetrics>,
  shownMembers = 3,
): CommunityNodeAttributes {
  const topMembers = community.members.slice(0, shownMembers).map((key) => entities.get(key)?.name ?? key);
  const more = community.members.length > shownMembers ? " …" : "";
  return {
    label: `${topMembers.join(" · ")}${more}`,
    community: community.id,
    members: community.members.length,
    entityType: community.entityType,
    mentions: community.mentions,
    topMembers,
  };
}

/** A community of at most two entities with no link to another: a lone relation or entity, no structure to see. */
const isIsolatedSmall = (community: Community, linked: ReadonlySet<number>): boolean =>
  community.members.length <= 2 && !linked.has(community.id);

/**
 * The communities view: the `limit` largest communities and the strongest of the summed links among them (each
 * community's `linksPerCommunity`, see strongestLinks). Isolated pairs and single entities are left out and counted:
 * in the 1,000-document benchmark corpus they are 296 of its 371 communities, dots scattered around the structure,
 * and a quarter of the view's bytes. A graph made only of them shows them. Any community, shown or not, can be
 * drilled into by its id.
 */
export function communityGraph(
  analytics: GraphAnalytics,
  limit: number,
  measure: OverviewMeasure,
  linksPerCommunity: number,
): SerializedCommunityGraph {
  const linked = new Set(analytics.links.flatMap((l) => [l.source, l.target]));
  const structured = analytics.communities.filter((c) => !isIsolatedSmall(c, linked));
  const candidates = structured.length > 0 ? structured : analytics.communities;
  const shown = candidates.slice(0, limit);
  const shownIds = new Set(shown.map((c) => c.id));
  const links = analytics.links.filter((l) => shownIds.has(l.source) && shownIds.has(l.target));
  const key = (id: number) => `community:${id}`;
  return {
    attributes: {
      view: "communities",
      truncated: candidates.length > shown.length,
      totalEntities: analytics.entities.size,
      totalCommunities: analytics.communities.length,
      isolatedCommunities: analytics.communities.length - candidates.length,
      isolatedEntities: analytics.entities.size - candidates.reduce((sum, c) => sum + c.members.length, 0),
      totalLinks: links.length,
      linksPerCommunity,
      measure,
    },
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes: shown.map((c) => ({ key: key(c.id), attributes: communityAttributes(c, analytics.entities) })),
    edges: strongestLinks(links, linksPerCommunity).map((l) => ({
      key: `${key(l.source)}-${key(l.target)}`,
      source: key(l.source),
      target: key(l.target),
      attributes: { weight: l.weight, relations: l.relations },
    })),
  };
}

/** The links among each community's `perCommunity` strongest (by weight, then relations), in their given order. */
export function strongestLinks(links: readonly CommunityLink[], perCommunity: number): CommunityLink[] {
  const byCommunity = new Map<number, CommunityLink[]>();
  for (const link of links) {
    for (const id of [link.source, link.target]) {
      const own = byCommunity.get(id);
      if (own) own.push(link);
      else byCommunity.set(id, [link]);
    }
  }
  const kept = new Set<CommunityLink>();
  for (const own of byCommunity.values()) {
    own.sort((a, b) => b.weight - a.weight || b.relations - a.relations || a.source - b.source || a.target - b.target);
    for (const link of own.slice(0, perCommunity)) kept.add(link);
  }
  return links.filter((link) => kept.has(link));
}

/** The keys of the top entities by a measure, of the whole graph or of one community; null for an unknown community. */
export function topEntityKeys(
  analytics: GraphAnalytics,
  measure: OverviewMeasure,
  limit: number,
  community: number | null,
): string[] | null {
  if (community === null) return analytics.ranked[measure].slice(0, limit);
  if (!analytics.communities[community]) return null;
  const keys: string[] = [];
  for (const key of analytics.ranked[measure]) {
    if (keys.length === limit) break;
    if (analytics.entities.get(key)?.community === community) keys.push(key);
  }
  return keys;
}

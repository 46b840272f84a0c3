// Read access to the graph for the API and the CLI: every query is a named Cypher file run in a read transaction.

import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { cypher, cypherFor, cypherWithBounds } from "../neo4j/cypher-files.js";
import { readRows, streamRows, type GraphTarget } from "../neo4j/graph-database.js";
import { readGraphStats } from "../neo4j/graph-stats.js";
import { relationKey } from "../common/domain.js";
import type { OverviewMeasure } from "../common/measures/index.js";
import { createStringQuoter, edgeLinesToJson } from "./edge-lines.js";
import { analyseEntityGraph, communityGraph, topEntityKeys, type EntityRow, type GraphAnalytics, type PairRow } from "./graph-analytics.js";
import type {
  DocumentSummary,
  EntityDetails,
  EntityType,
  EvidenceItem,
  GraphStats,
  MentionItem,
  PathsResult,
  RelationSummary,
  RelationType,
  SearchHit,
  SerializedCommunityGraph,
  SerializedEntityGraph,
} from "../common/api.js";

/** Filters of a neighbourhood: relation types, entity types, minimum weight, document date range. */
export interface GraphFilters {
  relations: RelationType[] | null;
  types: EntityType[] | null;
  minWeight: number;
  from: string | null;
  to: string | null;
}

export const OVERVIEW_VIEWS = ["auto", "entities", "communities"] as const;

/** What the overview shows: `auto` gives the entities when they fit in `limit`, else the communities. */
export interface OverviewRequest {
  measure: OverviewMeasure;
  limit: number;
  view: (typeof OVERVIEW_VIEWS)[number];
  /** Drill down into one community of the communities view. */
  community: number | null;
  /** Communities view: the strongest links kept per community. */
  linksPerCommunity: number;
}

/** Communities views kept per graph version (each a few hundred kB with its encodings at most). */
const MAX_CACHED_COMMUNITY_VIEWS = 16;

export const NO_FILTERS: GraphFilters = { relations: null, types: null, minWeight: 0, from: null, to: null };

/** The filters as the parameters of subgraph.cypher and neighborhood-step.cypher: null for each one not in use. */
const filterParams = (filters: GraphFilters) => ({ ...filters, minWeight: filters.minWeight > 0 ? filters.minWeight : null });

export interface GraphRepository {
  /** The top entities by a measure and the relations among them, or the communities; null for an unknown community. */
  overview(request: OverviewRequest): Promise<SerializedCommunityGraph | StreamedEntityGraph | null>;
  /** The `limit` top entities of the whole graph by a measure and the relations among them. */
  topEntities(measure: OverviewMeasure, limit: number): Promise<StreamedEntityGraph>;
  /** The entities up to `depth` steps from one, strongest relations first, at most `limit` of them; null if unknown. */
  neighborhood(key: string, depth: number, filters: GraphFilters, limit: number): Promise<StreamedEntityGraph | null>;
  /** Entities by name or alias: the cjk full-text index, or contains-matching for one- and two-character queries. */
  search(query: string, type: EntityType | null, limit: number): Promise<SearchHit[]>;
  entity(key: string): Promise<EntityDetails | null>;
  evidence(source: string, target: string, type: RelationType | null, page: number, pageSize: number): Promise<EvidenceItem[]>;
  documents(page: number, pageSize: number): Promise<DocumentSummary[]>;
  /** Up to k shortest paths of at most maxHops relations; null if either entity is unknown. */
  paths(from: string, to: string, maxHops: number, k: number, relations: RelationType[] | null): Promise<PathsResult | null>;
  /** How often an entity is mentioned; null when there is no such entity. */
  mentionCount(key: string): Promise<number | null>;
  /** One page of an entity's mentions in their sentences. */
  mentions(key: string, page: number, pageSize: number): Promise<MentionItem[]>;
  documentCount(): Promise<number>;
  /** Counts per entity and relation type, documents and dates, and the top collaborating pairs. */
  stats(topPairs?: number): Promise<GraphStats>;
}

interface NodeRow { key: string; name: string; type: EntityType; mentions: number | null; documents: number | null }
interface PathEdgeRow { source: string; target: string; type: RelationType; weight: number | null }

/** One entity of a subgraph, its place among the subgraph's entities, and the relations it is the source of. */
export interface SubgraphPart {
  position: number;
  node: SerializedEntityGraph["nodes"][number];
  /** Its relations as graphology edges in JSON text, comma-separated without brackets ("" for none). */
  edgesJson: string;
}

/**
 * A subgraph as Neo4j streams it: its attributes first, then its entities one by one, each with its relations, in no
 * particular order. Read `parts` to the end (or stop the loop): until then it holds a Neo4j session.
 */
export interface StreamedEntityGraph extends Pick<SerializedEntityGraph, "attributes" | "options"> {
  parts: AsyncIterable<SubgraphPart>;
}

/** Orders a subgraph's parts as its entities were asked for: the given ones, then the ring strongest first. */
export const bySubgraphPosition = (a: Pick<SubgraphPart, "position">, b: Pick<SubgraphPart, "position">): number => a.position - b.position;

/** Reads a subgraph's parts to their end: its entities in their order, and the relations of each. */
async function collectParts(parts: AsyncIterable<SubgraphPart>): Promise<Pick<SerializedEntityGraph, "nodes" | "edges">> {
  const all: SubgraphPart[] = [];
  for await (const part of parts) all.push(part);
  all.sort(bySubgraphPosition);
  const edgesJson = all.map((part) => part.edgesJson).filter(Boolean);
  return { nodes: all.map((part) => part.node), edges: JSON.parse(`[${edgesJson.join(",")}]`) as SerializedEntityGraph["edges"] };
}

/** Reads a streamed subgraph to its end, for a caller that needs it whole. */
export async function collectGraph({ attributes, options, parts }: StreamedEntityGraph): Promise<SerializedEntityGraph> {
  return { attributes, options, ...(await collectParts(parts)) };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's query syntax, so user input is searched for as text. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Server-side limit of every API read, so no request can keep the database busy for long. */
export const READ_TIMEOUT_MS = 15_000;

/** A repository over a driver; it names the database on every call, routes to readers and bounds each read in time. */
export function createGraphRepository(db: GraphTarget): GraphRepository {
  const readStatement = async (statement: string, params: Record<string, unknown>) => ({ records: await readRows(db, statement, params, READ_TIMEOUT_MS) });
  const graphOptions = { type: "directed", multi: true, allowSelfLoops: false } as const;
  const read = (name: string, params: Record<string, unknown>) => readStatement(cypher(name), params);

  /**
   * The entities of `keys`, then up to `room` of the strongest neighbours of `frontier` not among them, and the
   * relations among them all, as they stream from Neo4j; `truncated` when the frontier had more neighbours than
   * `room`, `found` when any of `keys` is an entity.
   */
  const streamSubgraph = async (keys: string[], filters: GraphFilters, frontier: string[] = [], room = 0) => {
    const params = { keys, frontier, ...filterParams(filters), room: neo4j.int(room), ringLimit: neo4j.int(room + 1) };
    const records = streamRows(db, cypherFor("subgraph", params), params, READ_TIMEOUT_MS);
    const first = await records.next();
    const quote = createStringQuoter();
    const toPart = (record: Neo4jRecord): SubgraphPart => {
      const row = record.toObject() as NodeRow & { position: number; edges: string[] };
      const attributes = { label: row.name, entityType: row.type, mentions: row.mentions ?? 0, documents: row.documents ?? 0 };
      return { position: row.position, node: { key: row.key, attributes }, edgesJson: edgeLinesToJson(row.key, row.edges, quote) };
    };
    async function* parts(): AsyncGenerator<SubgraphPart> {
      if (first.done) return;
      yield toPart(first.value);
      for await (const record of records) yield toPart(record);
    }
    return { found: !first.done, truncated: first.done ? false : (first.value.get("truncated") as boolean), parts: parts() };
  };
  const subgraph = async (keys: string[], filters: GraphFilters) => collectParts((await streamSubgraph(keys, filters)).parts);
  const mentionCount = async (key: string): Promise<number | null> => {
    const { records } = await read("entity-mention-count", { key });
    return records.length === 0 ? null : (records[0]?.get("mentions") as number);
  };

  // Analytics of the whole graph, computed once per version of it; concurrent requests share one computation.
  let analyticsCache:
    | { version: string; result: Promise<GraphAnalytics>; ready?: GraphAnalytics; communityViews: Map<string, SerializedCommunityGraph> }
    | undefined;
  const graphVersion = async (): Promise<string> => JSON.stringify((await read("graph-version", {})).records[0]?.toObject());
  const computeAnalytics = async (): Promise<GraphAnalytics> => {
    const [entities, pairs] = await Promise.all([read("analytics-entities", {}), read("analytics-pairs", {})]);
    return analyseEntityGraph(
      entities.records.map((r) => r.toObject() as EntityRow),
      pairs.records.map((r) => r.toObject() as PairRow),
    );
  };
  const currentAnalytics = async (): Promise<NonNullable<typeof analyticsCache>> => {
    const version = await graphVersion();
    if (analyticsCache?.version !== version) {
      const result = computeAnalytics();
      const entry: NonNullable<typeof analyticsCache> = { version, result, communityViews: new Map() };
      analyticsCache = entry;
      result.then(
        (ready) => (entry.ready = ready),
        () => {
          if (analyticsCache === entry) analyticsCache = undefined;
        },
      );
    }
    return analyticsCache;
  };

  /**
   * The top entities of the graph or of one community, with their community and measure, as they stream from Neo4j
   * (500 of them hold about 20,000 relations); null for an unknown community.
   */
  const entityOverview = async (
    analytics: GraphAnalytics,
    measure: OverviewMeasure,
    limit: number,
    community: number | null,
  ): Promise<StreamedEntityGraph | null> => {
    const keys = topEntityKeys(analytics, measure, limit, community);
    if (keys === null) return null;
    const { parts } = await streamSubgraph(keys, NO_FILTERS);
    async function* withMetrics(): AsyncGenerator<SubgraphPart> {
      for await (const part of parts) {
        const metrics = analytics.entities.get(part.node.key);
        if (metrics) Object.assign(part.node.attributes, { community: metrics.community, score: metrics[measure] });
        yield part;
      }
    }
    const total = community === null ? analytics.entities.size : (analytics.communities[community]?.members.length ?? 0);
    const attributes = { view: "entities" as const, truncated: total > keys.length, totalEntities: analytics.entities.size, measure };
    return { attributes: community === null ? attributes : { ...attributes, community }, options: graphOptions, parts: withMetrics() };
  };

  return {
    async overview({ measure, limit, view, community, linksPerCommunity }) {
      const current = await currentAnalytics();
      const analytics = await current.result;
      if (community === null && (view === "communities" || (view === "auto" && analytics.entities.size > limit))) {
        // The same view is asked for again and again (every explorer that opens): shape it once per graph version.
        const cacheKey = `${limit}:${measure}:${linksPerCommunity}`;
        let shaped = current.communityViews.get(cacheKey);
        if (!shaped) {
          // Any limit and link count can be asked for: keep the views most recently shaped, not every one ever asked.
          if (current.communityViews.size >= MAX_CACHED_COMMUNITY_VIEWS) current.communityViews.delete(current.communityViews.keys().next().value as string);
          current.communityViews.set(cacheKey, (shaped = communityGraph(analytics, limit, measure, linksPerCommunity)));
        }
        return shaped;
      }
      return entityOverview(analytics, measure, limit, community);
    },

    async topEntities(measure, limit) {
      return (await entityOverview(await (await currentAnalytics()).result, measure, limit, null)) as StreamedEntityGraph;
    },

    async neighborhood(key, depth, filters, limit) {
      const visited = [key];
      let frontier = [key];
      let truncated = false;
      // Every ring but the last is a step of its own; the last comes with the relations of the whole neighbourhood.
      for (let step = 1; step < depth && frontier.length > 0; step++) {
        const room = limit - visited.length;
        const params = { frontier, visited, ...filterParams(filters), limit: neo4j.int(room + 1) };
        const { records } = await readStatement(cypherFor("neighborhood-step", params), params);
        const next = records.map((r) => r.get("key") as string);
        truncated = next.length > room;
        frontier = next.slice(0, room);
        visited.push(...frontier);
        if (truncated) break;
      }
      const graph = await streamSubgraph(visited, filters, truncated ? [] : frontier, limit - visited.length);
      // No separate existence check: an unknown entity has no node here (and had no neighbours).
      if (!graph.found) return null;
      return { attributes: { truncated: truncated || graph.truncated, center: key }, options: graphOptions, parts: graph.parts };
    },

    async search(query, type, limit) {
      const short = [...query].length <= 2;
      const [{ records }, version] = await Promise.all([
        read(short ? "search-entities-short" : "search-entities", { query: short ? query : escapeLucene(query), type, limit: neo4j.int(limit) }),
        graphVersion(),
      ]);
      // Communities only from analytics already computed for this very graph: type-ahead never waits for them.
      const analytics = analyticsCache?.version === version ? analyticsCache.ready : undefined;
      return records.map((r) => ({
        key: r.get("key") as string,
        name: r.get("name") as string,
        type: r.get("type") as EntityType,
        aliases: (r.get("aliases") as string[] | null) ?? [],
        mentions: (r.get("mentions") as number | null) ?? 0,
        score: r.get("score") as number,
        ...(analytics ? { community: analytics.entities.get(r.get("key") as string)?.community } : {}),
      }));
    },

    async entity(key) {
      const { records } = await read("entity-details", { key, documentLimit: neo4j.int(50), relationLimit: neo4j.int(50) });
      const record = records[0];
      if (!record) return null;
      const e = record.get("entity") as Omit<EntityDetails, "inDocuments" | "relations">;
      return {
        ...e,
        aliases: e.aliases ?? [],
        mentions: e.mentions ?? 0,
        documents: e.documents ?? 0,
        inDocuments: record.get("documents") as EntityDetails["inDocuments"],
        relations: record.get("relations") as RelationSummary[],
      };
    },

    async evidence(source, target, type, page, pageSize) {
      const { records } = await read("relation-evidence", { source, target, type, skip: neo4j.int((page - 1) * pageSize), limit: neo4j.int(pageSize) });
      return records.map((r) => ({
        sentence: r.get("sentence") as EvidenceItem["sentence"],
        document: r.get("document") as EvidenceItem["document"],
        relations: r.get("relations") as RelationType[],
        mentions: r.get("mentions") as EvidenceItem["mentions"],
      }));
    },

    async paths(from, to, maxHops, k, relations) {
      const known = await Promise.all([from, to].map((key) => mentionCount(key)));
      if (known.includes(null)) return null;
      const { records } = await readStatement(cypherWithBounds("shortest-paths", { k, maxHops }), { from, to, relations });
      const paths = records.map((r) => ({
        nodes: r.get("nodes") as string[],
        edges: (r.get("edges") as PathEdgeRow[]).map((e) => ({
          key: relationKey(e.source, e.type, e.target),
          source: e.source,
          target: e.target,
          relation: e.type,
          weight: e.weight ?? 1,
        })),
      }));
      const keys = [...new Set(paths.flatMap((p) => p.nodes).concat(from, to))];
      const onPaths = new Set(paths.flatMap((p) => p.edges.map((e) => e.key)));
      const drawn = await subgraph(keys, NO_FILTERS);
      const graph = { attributes: { truncated: false }, options: graphOptions, nodes: drawn.nodes, edges: drawn.edges.filter((e) => onPaths.has(e.key)) };
      return { paths, graph };
    },

    mentionCount,

    async mentions(key, page, pageSize) {
      const { records } = await read("entity-mentions", { key, skip: neo4j.int((page - 1) * pageSize), limit: neo4j.int(pageSize) });
      return records.map((r) => ({
        sentence: r.get("sentence") as MentionItem["sentence"],
        document: r.get("document") as MentionItem["document"],
        mention: r.get("mention") as MentionItem["mention"],
      }));
    },

    async documents(page, pageSize) {
      const { records } = await read("list-documents-page", { skip: neo4j.int((page - 1) * pageSize), limit: neo4j.int(pageSize) });
      return records.map((r) => r.get("document") as DocumentSummary);
    },

    stats(topPairs = 10) {
      return readGraphStats(db, topPairs, READ_TIMEOUT_MS);
    },

    async documentCount() {
      return (await read("count-documents", {})).records[0]?.get("documents") as number;
    },
  };
}

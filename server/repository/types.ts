// The repository's contract with the routes: what it answers, the filters and requests it takes, streamed subgraphs.

import type { OverviewMeasure } from "../../common/measures/index.js";
import type { SentencesAnchor, SentencesResult } from "./document-reader.js";
import type {
  DocumentSummary,
  EntityDetails,
  EntityType,
  EvidenceItem,
  GraphStats,
  MentionItem,
  PathsResult,
  RelationPage,
  RelationType,
  SearchHit,
  SerializedCommunityGraph,
  SerializedEntityGraph,
  Timeline,
} from "../../common/api.js";
import type { ProjectionLink, SerializedProjectionGraph } from "../../common/projection-api.js";

/** Filters of a neighbourhood: relation types, entity types, minimum weight, document date range. */
export interface GraphFilters {
  relations: RelationType[] | null;
  types: EntityType[] | null;
  minWeight: number;
  from: string | null;
  to: string | null;
}

/**
 * What a path may pass through: relation types (null: every stated one), entity types between its ends (null: any),
 * and whether co-occurrence (CO_OCCURS) is admitted besides the stated relations.
 */
export interface PathTraversal {
  relations: RelationType[] | null;
  types: EntityType[] | null;
  cooccurrence: boolean;
}

/** No filter in use: every relation and entity type, any weight, any date. */
export const NO_FILTERS: GraphFilters = { relations: null, types: null, minWeight: 0, from: null, to: null };

/** The overview's views, `auto` first: the API's `view` parameter takes one of them. */
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

/** A document date range (YYYY, YYYY-MM or YYYY-MM-DD, inclusive, a partial bound by prefix); null = open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The organizations projection: the `limit` pairs sharing most projects, at least `minShared`, in a date range. */
export interface ProjectionRequest extends DateRange {
  minShared: number;
  limit: number;
}

/** The shared projects of organizations `a` and `b` (at most `limit`), in a date range. */
export interface ProjectionLinkRequest extends DateRange {
  a: string;
  b: string;
  limit: number;
}

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

/** JSON text already written (UTF-8), the same object handed out again for as long as what it says holds. */
export interface JsonText {
  readonly jsonText: Buffer;
}

/** Read access to the graph for the API and the CLI, one method per question the explorer asks. */
export interface GraphRepository {
  /**
   * The top entities by a measure and the relations among them (written as JSON), or the communities; null for an
   * unknown community. The same request gets the same object until the graph changes.
   */
  overview(request: OverviewRequest): Promise<SerializedCommunityGraph | JsonText | null>;
  /** The `limit` top entities of the whole graph by a measure and the relations among them. */
  topEntities(measure: OverviewMeasure, limit: number): Promise<StreamedEntityGraph>;
  /** The entities up to `depth` steps from one, strongest relations first, at most `limit` of them; null if unknown. */
  neighborhood(key: string, depth: number, filters: GraphFilters, limit: number): Promise<StreamedEntityGraph | null>;
  /** Entities by name or alias: the cjk full-text index, or contains-matching for one- and two-character queries. */
  search(query: string, type: EntityType | null, limit: number): Promise<SearchHit[]>;
  entity(key: string): Promise<EntityDetails | null>;
  /** One page of an entity's relations of one type, strongest first; null if the entity is unknown. */
  relations(key: string, relation: RelationType, offset: number, limit: number): Promise<RelationPage | null>;
  evidence(
    source: string,
    target: string,
    type: RelationType | null,
    page: number,
    pageSize: number,
  ): Promise<EvidenceItem[]>;
  documents(page: number, pageSize: number): Promise<DocumentSummary[]>;
  /** A document's metadata; null if unknown. */
  document(key: string): Promise<DocumentSummary | null>;
  /** Consecutive sentences of a document with the mentions in them, from an index or around a sentence. */
  sentences(key: string, anchor: SentencesAnchor, limit: number): Promise<SentencesResult>;
  /** Up to k shortest paths of at most maxHops relations; null if either entity is unknown. */
  paths(from: string, to: string, maxHops: number, k: number, traversal: PathTraversal): Promise<PathsResult | null>;
  /** How often an entity is mentioned; null when there is no such entity. */
  mentionCount(key: string): Promise<number | null>;
  /** One page of an entity's mentions in their sentences. */
  mentions(key: string, page: number, pageSize: number): Promise<MentionItem[]>;
  documentCount(): Promise<number>;
  /** Relations and documents per year, every year from the first dated to the last. */
  timeline(): Promise<Timeline>;
  /** Counts per entity and relation type, documents and dates, and the top collaborating pairs. */
  stats(topPairs?: number): Promise<GraphStats>;
  /** Organizations linked by the projects they share, beside the stated collaborations among them. */
  organizationProjection(request: ProjectionRequest): Promise<SerializedProjectionGraph>;
  /** The projects two organizations share with the evidence of each tie; null when either is no organization. */
  projectionLink(request: ProjectionLinkRequest): Promise<ProjectionLink | null>;
}

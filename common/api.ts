// The wire contract between server and client: what each endpoint answers. Types only.

import type { CurationRule, CurationRuleStatus, DuplicateSuggestion } from "./curation.js";
import type { EntityType, OverviewView, RelationType } from "./domain.js";

export type { EntityType, OverviewView, RelationType };

export interface EntityNodeAttributes {
  label: string;
  entityType: EntityType;
  mentions: number;
  documents: number;
  /**
   * The entity's community in the whole graph's one numbering (Louvain, 0 = largest; the communities view's ids), on
   * every entity graph once the server has the analytics; `score`: its value of the overview's measure (overview only).
   */
  community?: number;
  score?: number;
}

export interface RelationEdgeAttributes {
  relation: RelationType;
  weight: number;
  rule: string;
  /** True for a typed relation found by a rule, false for mere co-occurrence. */
  stated: boolean;
  /** Dates of the first and last dated document that supports it (YYYY-MM-DD), when any is dated. */
  firstDate?: string;
  lastDate?: string;
}

/** graphology's serialized graph format, so the client can `Graph.import()` it as it is. */
export interface SerializedEntityGraph {
  /** truncated: the node limit cut the graph; totalEntities: entities in the whole graph (overview only). */
  attributes: {
    truncated: boolean;
    totalEntities?: number;
    center?: string;
    measure?: string;
    view?: "entities";
    community?: number;
  };
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: EntityNodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: RelationEdgeAttributes }>;
}

/** One community of the overview's communities view; its key is `community:<id>`. */
export interface CommunityNodeAttributes {
  label: string;
  community: number;
  /** Entities in the community. */
  members: number;
  /** The most common entity type among its members, for colour. */
  entityType: EntityType;
  /** Mentions of all its members. */
  mentions: number;
  /** Names of its most central members, most central first. */
  topMembers: string[];
  /** The years its members' relations cover (each relation's first to last dated document), ascending. */
  years?: number[];
}

/** The relations between two communities, summed. */
export interface CommunityEdgeAttributes {
  weight: number;
  relations: number;
  /** The years its relations cover, ascending. */
  years?: number[];
}

/** `GET /api/overview` when the graph holds more entities than the cap: communities and the links between them. */
export interface SerializedCommunityGraph {
  attributes: {
    view: "communities";
    /** More communities than the `limit` shown ones, isolated ones aside. */
    truncated: boolean;
    totalEntities: number;
    totalCommunities: number;
    /** Communities of one or two entities with no link to any other, left out of the view, and their entities. */
    isolatedCommunities: number;
    isolatedEntities: number;
    /** The links among the communities shown, and how many each keeps (its strongest) in `edges`. */
    totalLinks: number;
    linksPerCommunity: number;
    measure: string;
  };
  options: { type: "undirected"; multi: false; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: CommunityNodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: CommunityEdgeAttributes }>;
}

/**
 * `GET /api/overview`: the top entities (view "entities", also the drill-down into one community, which sets
 * `attributes.community`) or the communities view; `attributes.view` tells them apart.
 */
export type OverviewGraph = SerializedEntityGraph | SerializedCommunityGraph;

/** Counts that describe the whole graph (`GET /api/stats`, `kg stats`). */
export interface GraphStats {
  documents: {
    total: number;
    dated: number;
    firstDate: string | null;
    lastDate: string | null;
    sentences: number;
    chars: number;
  };
  entities: Array<{ type: EntityType; count: number }>;
  relations: Array<{ type: RelationType; count: number; evidence: number }>;
  topCollaborations: Array<{ source: string; sourceName: string; target: string; targetName: string; weight: number }>;
}

export interface SearchHit {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  score: number;
  /** Its community in the overview's communities view, once the server has computed them for the current graph. */
  community?: number;
}

export interface RelationSummary {
  relation: RelationType;
  direction: "out" | "in";
  other: { key: string; name: string; type: EntityType };
  weight: number;
  rule: string | null;
  role: string | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface EntityDetails {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: number;
  /** The documents that mention it most, with how often. */
  inDocuments: Array<{ key: string; title: string; date: string | null; path: string; mentions: number }>;
  /** Stated relations first, then by weight. */
  relations: RelationSummary[];
  /** How many relations of each type it has; `relations` holds the strongest of each, the rest are paged. */
  relationCounts: Array<{ relation: RelationType; count: number }>;
}

/** `GET /api/entities/{id}/relations`: one page of an entity's relations of one type, strongest first. */
export interface RelationPage {
  relation: RelationType;
  /** Relations of this type in all. */
  total: number;
  offset: number;
  items: RelationSummary[];
}

export interface DocumentSummary {
  key: string;
  title: string;
  date: string | null;
  path: string;
  source: string | null;
  chars: number;
  sentences: number;
  extractor: string;
}

/** A sentence of a document as the reader shows it, with every entity mention in it (document offsets). */
export interface DocumentSentence {
  key: string;
  index: number;
  text: string;
  start: number;
  end: number;
  mentions: Array<{ entity: string; name: string; type: EntityType; start: number; end: number; surface: string }>;
}

/** `GET /api/documents/{id}/sentences`: consecutive sentences of a document, from index `from`. */
export interface DocumentSentencesPage {
  document: string;
  /** Sentences in the whole document. */
  total: number;
  from: number;
  /** The sentence the page was asked around (`around=`), or null. */
  around: string | null;
  items: DocumentSentence[];
}

/** A sentence that supports a relation, with its document and where the two entities are named in it. */
export interface EvidenceItem {
  sentence: { key: string; text: string; start: number; end: number };
  document: { key: string; title: string; date: string | null };
  relations: RelationType[];
  /** Offsets into the document text; subtract sentence.start for offsets into sentence.text. */
  mentions: Array<{ entity: string; start: number; end: number; surface: string }>;
  /**
   * The relation's ends (entity keys) the sentence never names: the extraction inferred them, usually the report's
   * author taken as the subject of 「与…联合开展…」.
   */
  inferred: string[];
}

/** Paths between two entities: each a list of node keys and the relations joining them, shortest first. */
export interface PathsResult {
  paths: Array<{
    nodes: string[];
    /** Each step in path order; a step runs from nodes[i] to nodes[i + 1], along or against its relation. */
    edges: Array<{
      key: string;
      source: string;
      target: string;
      relation: RelationType;
      weight: number;
      /** True for a stated relation, false for co-occurrence (only on paths that admit it). */
      stated: boolean;
    }>;
  }>;
  /** The nodes on any path, in graphology's serialized format, to draw. */
  graph: SerializedEntityGraph;
}

export interface MentionItem {
  sentence: { key: string; text: string; start: number; end: number };
  document: { key: string; title: string; date: string | null };
  mention: { start: number; end: number; surface: string };
}

/** Body of every error response. */
export interface ApiError {
  error: { code: string; message: string };
}

/** What a curation change touched: entity keys and relation keys (`relationKey`), so a view can refresh just those. */
export interface CurationTouched {
  entities: string[];
  relations: string[];
}

/** POST /api/curation/rules and POST /api/curation/undo: the rule made or undone and what it changed. */
export interface CurationChangeResponse {
  rule: CurationRule;
  /** One line saying what the rule does. */
  description: string;
  /** Documents whose rows changed. */
  documents: number;
  touched: CurationTouched;
}

/** GET /api/curation/rules: every rule in order, with what it does today (documents 0: it matches nothing now). */
export interface CurationRulesResponse {
  rules: Array<CurationRuleStatus & { description: string }>;
}

/** GET /api/curation/suggestions: likely duplicates, best first. */
export interface CurationSuggestionsResponse {
  suggestions: DuplicateSuggestion[];
}

/** POST /api/curation/import: rules added, rules already stored (same id), documents changed. */
export interface CurationImportResponse {
  added: number;
  skipped: number;
  documents: number;
}

/** GET /api/curation/token: the label of the token the request carries (the explorer checks a token once). */
export interface CurationTokenResponse {
  label: string;
}

/** One year of the time bar: relations whose dated span covers it (stated ones among them) and documents dated in it. */
export interface TimelineYear {
  year: number;
  relations: number;
  stated: number;
  documents: number;
}

/** `GET /api/timeline`: the years of the corpus's dates, every year from the first to the last, and its date bounds. */
export interface Timeline {
  /** The first and last document dates (YYYY, YYYY-MM or YYYY-MM-DD as stored); null when no document is dated. */
  firstDate: string | null;
  lastDate: string | null;
  years: TimelineYear[];
}

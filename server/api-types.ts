// The wire contract between server and client; the client imports these types only.

import type { EntityType, RelationType } from "../ingest/types.js";

export type { EntityType, RelationType };

export interface EntityNodeAttributes {
  label: string;
  entityType: EntityType;
  mentions: number;
  documents: number;
}

export interface RelationEdgeAttributes {
  relation: RelationType;
  weight: number;
  rule: string;
  /** True for a typed relation found by a rule, false for mere co-occurrence. */
  stated: boolean;
}

/** graphology's serialized graph format, so the client can `Graph.import()` it as it is. */
export interface SerializedEntityGraph {
  attributes: { truncated: boolean; totalEntities: number };
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: EntityNodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: RelationEdgeAttributes }>;
}

/** Counts that describe the whole graph (`GET /api/stats`, `kg stats`). */
export interface GraphStats {
  documents: { total: number; dated: number; firstDate: string | null; lastDate: string | null; sentences: number; chars: number };
  entities: Array<{ type: EntityType; count: number }>;
  relations: Array<{ type: RelationType; count: number; evidence: number }>;
  topCollaborations: Array<{ source: string; sourceName: string; target: string; targetName: string; weight: number }>;
}

/** Body of every error response. */
export interface ApiError {
  error: { code: string; message: string };
}

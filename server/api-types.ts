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

/** Body of every error response. */
export interface ApiError {
  error: { code: string; message: string };
}

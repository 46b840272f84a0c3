// The organizations projection's API shapes (`/api/projection/*`): bodies linked by the projects they share.

import type { EntityNodeAttributes, EvidenceItem, RelationEdgeAttributes } from "./api.js";

/** A link of the organizations projection: two bodies that take part in or organize the same projects. */
export interface SharedProjectEdgeAttributes {
  link: "shared-projects";
  /** The number of shared projects. */
  weight: number;
  /** The shared projects' keys and names, in the same order. */
  projects: string[];
  projectNames: string[];
  /** The span of the dated ties counted (YYYY-MM-DD), when any is dated. */
  firstDate?: string;
  lastDate?: string;
}

/** A stated collaboration between two organizations of the projection, drawn beside the shared-project links. */
export interface StatedCollaborationEdgeAttributes extends RelationEdgeAttributes {
  link: "stated";
  relation: "COLLABORATES_WITH";
}

/**
 * `GET /api/projection/organizations`: organizations linked by the projects they share (key `shared:<a>|<b>`, from a
 * to b with a < b, as a link has no direction) and the stated collaborations among them (keyed as the other graphs key
 * relations); `link` tells the two kinds apart.
 */
export interface SerializedProjectionGraph {
  attributes: {
    view: "organizations";
    /** More pairs share projects than `limit`: the strongest were kept. */
    truncated: boolean;
    /** Pairs of organizations sharing at least `minShared` projects, before the limit. */
    totalLinks: number;
    from?: string;
    to?: string;
    minShared: number;
  };
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: EntityNodeAttributes }>;
  edges: Array<{
    key: string;
    source: string;
    target: string;
    attributes: SharedProjectEdgeAttributes | StatedCollaborationEdgeAttributes;
  }>;
}

/** One organization's tie to a shared project: its relation types, its sentences (a first few) and how many there are. */
export interface ProjectTie {
  organization: string;
  relations: Array<"PARTNER_IN" | "ORGANIZED">;
  total: number;
  evidence: EvidenceItem[];
}

/** `GET /api/projection/link`: the projects two organizations share, each with both ties and their evidence. */
export interface ProjectionLink {
  a: { key: string; name: string };
  b: { key: string; name: string };
  projects: Array<{ project: { key: string; name: string }; ties: ProjectTie[] }>;
  /** More shared projects than `limit`. */
  truncated: boolean;
}

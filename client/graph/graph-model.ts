// The explorer's graph: one graphology graph whose attributes hold what the server sent plus how it is drawn.

import Graph from "graphology";
import type {
  CommunityEdgeAttributes,
  CommunityNodeAttributes,
  EntityNodeAttributes,
  OverviewGraph,
  RelationEdgeAttributes,
  RelationType,
  SerializedCommunityGraph,
  SerializedEntityGraph,
} from "../../common/api.js";

/** An entity or, in the communities view, a community (key `community:<id>`; `community` is then its id). */
export interface ViewNodeAttributes
  extends EntityNodeAttributes, Partial<Pick<CommunityNodeAttributes, "members" | "topMembers">> {
  kind: "entity" | "community";
  /** Communities: the years their members have relations in (for the time filter). */
  years?: number[];
  x: number;
  y: number;
  size: number;
  color: string;
  /** Pinned by hand: ForceAtlas2 (and the explorer's other layouts) leave the node where it is. */
  fixed?: boolean;
  /** Drawn with its label whatever its size (sigma reads it), e.g. every organization of a small organizations view. */
  forceLabel?: boolean;
}

/** A relation between entities, or the summed links between two communities. */
export interface ViewEdgeAttributes {
  kind: "relation" | "community" | "shared-projects";
  /** Undefined for community links and shared-project links. */
  relation?: RelationType;
  weight: number;
  rule: string;
  stated: boolean;
  /** Dates of the documents that state it, when the server sends them. */
  firstDate?: string;
  lastDate?: string;
  /** Community links: how many relations they sum. */
  relations?: number;
  /** Community links: the years their relations cover (for the time filter). */
  years?: number[];
  /** Shared-project links (organizations view): the projects both ends take part in or organize, keys and names. */
  projects?: string[];
  projectNames?: string[];
  size: number;
  color: string;
  /** sigma's drawing order; set by the reducers only. */
  zIndex?: number;
}

export interface ViewGraphAttributes {
  view: "entities" | "communities" | "organizations";
  truncated: boolean;
  totalEntities?: number;
  totalCommunities?: number;
  /** Communities view: isolated pairs and single entities left out of it, and their entities. */
  isolatedCommunities?: number;
  isolatedEntities?: number;
  /** Communities view: the links among its communities, of which each community's strongest are drawn. */
  totalLinks?: number;
  linksPerCommunity?: number;
  community?: number;
  measure?: string;
}

export type ExplorerGraph = Graph<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>;

/** An empty explorer graph: directed (relations have a direction) and multi (two entities can share several relations). */
export function createExplorerGraph(): ExplorerGraph {
  return new Graph<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>({
    type: "directed",
    multi: true,
    allowSelfLoops: false,
  });
}

type DrawnNode = Omit<ViewNodeAttributes, "x" | "y" | "size" | "color">;
type DrawnEdge = Omit<ViewEdgeAttributes, "size" | "color">;

/** The attributes of an entity node as the server sends them. */
export function entityNode(a: EntityNodeAttributes): DrawnNode {
  return {
    kind: "entity",
    label: a.label,
    entityType: a.entityType,
    mentions: a.mentions,
    documents: a.documents,
    community: a.community,
    score: a.score,
  };
}

/** The attributes of a relation edge; firstDate/lastDate are kept when a server sends them. */
export function relationEdge(
  a: RelationEdgeAttributes & { firstDate?: string | null; lastDate?: string | null },
): DrawnEdge {
  const edge: DrawnEdge = { kind: "relation", relation: a.relation, weight: a.weight, rule: a.rule, stated: a.stated };
  if (typeof a.firstDate === "string") edge.firstDate = a.firstDate;
  if (typeof a.lastDate === "string") edge.lastDate = a.lastDate;
  return edge;
}

function communityNode(a: CommunityNodeAttributes): DrawnNode {
  return {
    kind: "community",
    label: a.label,
    entityType: a.entityType,
    mentions: a.mentions,
    documents: 0,
    community: a.community,
    members: a.members,
    topMembers: a.topMembers,
    ...(a.years ? { years: a.years } : {}),
  };
}

function communityEdge(a: CommunityEdgeAttributes): DrawnEdge {
  return {
    kind: "community",
    weight: a.weight,
    rule: "",
    stated: true,
    relations: a.relations,
    ...(a.years ? { years: a.years } : {}),
  };
}

/** A server graph in the explorer's attribute shape, positions and appearance still to come. */
export interface NormalizedGraph {
  attributes: ViewGraphAttributes;
  nodes: Array<{ key: string; attributes: DrawnNode }>;
  edges: Array<{ key: string; source: string; target: string; attributes: DrawnEdge }>;
}

/** A serialized graph's nodes and edges with their attributes brought into the drawn shape. */
function drawnElements<N, E>(
  data: {
    nodes: Array<{ key: string; attributes: N }>;
    edges: Array<{ key: string; source: string; target: string; attributes: E }>;
  },
  node: (attributes: N) => DrawnNode,
  edge: (attributes: E) => DrawnEdge,
): Pick<NormalizedGraph, "nodes" | "edges"> {
  return {
    nodes: data.nodes.map((n) => ({ key: n.key, attributes: node(n.attributes) })),
    edges: data.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: edge(e.attributes) })),
  };
}

/** Brings an overview answer (either view) into one shape. Pure. */
export function normalizeOverview(data: OverviewGraph): NormalizedGraph {
  if (isCommunityGraph(data)) {
    const a = data.attributes;
    return {
      attributes: {
        view: "communities",
        truncated: a.truncated,
        totalEntities: a.totalEntities,
        totalCommunities: a.totalCommunities,
        isolatedCommunities: a.isolatedCommunities,
        isolatedEntities: a.isolatedEntities,
        totalLinks: a.totalLinks,
        linksPerCommunity: a.linksPerCommunity,
        measure: a.measure,
      },
      ...drawnElements(data, communityNode, communityEdge),
    };
  }
  return normalizeEntityGraph(data);
}

/** Whether an overview answer is the communities view. */
export function isCommunityGraph(data: OverviewGraph): data is SerializedCommunityGraph {
  return data.attributes.view === "communities";
}

/** An entity graph (overview, neighbourhood, paths) in the explorer's shape. Pure. */
export function normalizeEntityGraph(data: SerializedEntityGraph): NormalizedGraph {
  const a = data.attributes;
  return {
    attributes: {
      view: "entities",
      truncated: a.truncated,
      totalEntities: a.totalEntities,
      community: a.community,
      measure: a.measure,
    },
    ...drawnElements(data, entityNode, relationEdge),
  };
}

/** Whether a node key names a community of the communities view. */
export function isCommunityKey(key: string): boolean {
  return key.startsWith("community:");
}

// The subgraph among given entities (and the strongest ring around a frontier), streamed from Neo4j part by part.

import neo4j from "neo4j-driver";
import { cypherFor } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { EntityType, SerializedEntityGraph } from "../../common/api.js";
import { createStringQuoter, edgeLinesToJson } from "./edge-lines.js";
import { stream } from "./read.js";
import type { GraphFilters, StreamedEntityGraph, SubgraphPart } from "./types.js";

/** The graphology options of every entity graph the API sends. */
export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;

/** The filters as the parameters of subgraph.cypher and neighborhood-step.cypher: null for each one not in use. */
export const filterParams = (filters: GraphFilters) => ({
  ...filters,
  minWeight: filters.minWeight > 0 ? filters.minWeight : null,
});

/** Orders a subgraph's parts as its entities were asked for: the given ones, then the ring strongest first. */
export const bySubgraphPosition = (a: Pick<SubgraphPart, "position">, b: Pick<SubgraphPart, "position">): number =>
  a.position - b.position;

/** A row of subgraph.cypher: one entity, its place, its relations as edge lines, and whether the ring was cut. */
interface SubgraphRow {
  position: number;
  key: string;
  name: string;
  type: EntityType;
  mentions: number | null;
  documents: number | null;
  edges: string[];
  truncated: boolean;
}

/** A subgraph as it streams: `found` when any of the given keys is an entity, `truncated` when the ring was cut. */
export interface SubgraphStream {
  found: boolean;
  truncated: boolean;
  parts: AsyncGenerator<SubgraphPart>;
}

/**
 * The entities of `keys`, then up to `room` of the strongest neighbours of `frontier` not among them, and the
 * relations among them all, as they stream from Neo4j; `truncated` when the frontier had more neighbours than
 * `room`, `found` when any of `keys` is an entity.
 */
export async function streamSubgraph(
  db: GraphTarget,
  keys: string[],
  filters: GraphFilters,
  frontier: string[] = [],
  room = 0,
): Promise<SubgraphStream> {
  const params = { keys, frontier, ...filterParams(filters), room: neo4j.int(room), ringLimit: neo4j.int(room + 1) };
  const rows = stream<SubgraphRow>(db, cypherFor("subgraph", params), params);
  const first = await rows.next();
  const quote = createStringQuoter();
  const toPart = (row: SubgraphRow): SubgraphPart => {
    const attributes = {
      label: row.name,
      entityType: row.type,
      mentions: row.mentions ?? 0,
      documents: row.documents ?? 0,
    };
    return {
      position: row.position,
      node: { key: row.key, attributes },
      edgesJson: edgeLinesToJson(row.key, row.edges, quote),
    };
  };
  async function* parts(): AsyncGenerator<SubgraphPart> {
    if (first.done) return;
    yield toPart(first.value);
    for await (const row of rows) yield toPart(row);
  }
  return { found: !first.done, truncated: first.done ? false : first.value.truncated, parts: parts() };
}

/** Reads a subgraph's parts to their end: its entities in their order, and the relations of each. */
export async function collectParts(
  parts: AsyncIterable<SubgraphPart>,
): Promise<Pick<SerializedEntityGraph, "nodes" | "edges">> {
  const all: SubgraphPart[] = [];
  for await (const part of parts) all.push(part);
  all.sort(bySubgraphPosition);
  const edgesJson = all.map((part) => part.edgesJson).filter(Boolean);
  return {
    nodes: all.map((part) => part.node),
    edges: JSON.parse(`[${edgesJson.join(",")}]`) as SerializedEntityGraph["edges"],
  };
}

/** Reads a streamed subgraph to its end, for a caller that needs it whole. */
export async function collectGraph({
  attributes,
  options,
  parts,
}: StreamedEntityGraph): Promise<SerializedEntityGraph> {
  return { attributes, options, ...(await collectParts(parts)) };
}

/** The subgraph among `keys` that passes `filters`, read whole. */
export async function subgraph(
  db: GraphTarget,
  keys: string[],
  filters: GraphFilters,
): Promise<Pick<SerializedEntityGraph, "nodes" | "edges">> {
  return collectParts((await streamSubgraph(db, keys, filters)).parts);
}

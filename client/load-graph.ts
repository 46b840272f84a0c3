// Fetches the entity graph from the API and writes appearance (colour, size, seeded position) into its attributes.

import Graph from "graphology";
import circlepack from "graphology-layout/circlepack";
import type { SerializedGraph } from "graphology-types";
import type { EntityNodeAttributes, RelationEdgeAttributes, SerializedEntityGraph } from "../server/api-types.js";
import { seededRandom } from "../common/seeded-random.js";
import { CO_OCCURRENCE_EDGE_COLOR, ENTITY_STYLES, STATED_EDGE_COLOR } from "./entity-style.js";

export type NodeAttributes = EntityNodeAttributes & { x: number; y: number; size: number; color: string };
export type EdgeAttributes = RelationEdgeAttributes & { size: number; color: string };
export type EntityGraph = Graph<NodeAttributes, EdgeAttributes, SerializedEntityGraph["attributes"]>;

/** Loads `/api/graph` into a graphology graph ready for sigma. */
export async function loadEntityGraph(limit = 1000): Promise<EntityGraph> {
  const response = await fetch(`/api/graph?limit=${limit}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  }
  const data = (await response.json()) as SerializedEntityGraph;
  const graph = new Graph<NodeAttributes, EdgeAttributes, SerializedEntityGraph["attributes"]>({ type: "directed", multi: true });
  // The server sends the entity attributes; styleGraph adds the drawing ones right after.
  graph.import(data as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, SerializedEntityGraph["attributes"]>);
  styleGraph(graph);
  return graph;
}

/**
 * Colour by type; size by mentions plus connections, so a body that the report's sentences act through (often the
 * implicit subject, seldom named) is as visible as one named often; positions packed by type from a seeded generator.
 */
export function styleGraph(graph: EntityGraph): void {
  const prominence = (node: string, a: NodeAttributes): number => a.mentions + graph.degree(node);
  const maxProminence = Math.max(1, ...graph.mapNodes(prominence));
  graph.updateEachNodeAttributes((node, a) => ({
    ...a,
    color: ENTITY_STYLES[a.entityType]?.color ?? "#999",
    size: 3 + 12 * Math.sqrt(prominence(node, a) / maxProminence),
  }));
  graph.updateEachEdgeAttributes((_edge, a) => ({
    ...a,
    color: a.stated ? STATED_EDGE_COLOR : CO_OCCURRENCE_EDGE_COLOR,
    size: Math.min(4, 0.5 + Math.log2(1 + a.weight)),
  }));
  circlepack.assign(graph, { hierarchyAttributes: ["entityType"], rng: seededRandom(42) });
}

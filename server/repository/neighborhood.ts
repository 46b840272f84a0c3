// An entity's neighbourhood: the strongest entities up to a few steps away that pass the filters, capped.

import neo4j from "neo4j-driver";
import { cypherFor } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import { read } from "./read.js";
import { filterParams, GRAPH_OPTIONS, streamSubgraph } from "./subgraph.js";
import type { GraphFilters, StreamedEntityGraph } from "./types.js";

/** The entities up to `depth` steps from `key`, strongest relations first, at most `limit` of them; null if unknown. */
export async function neighborhood(
  db: GraphTarget,
  key: string,
  depth: number,
  filters: GraphFilters,
  limit: number,
): Promise<StreamedEntityGraph | null> {
  const visited = [key];
  let frontier = [key];
  let truncated = false;
  // Every ring but the last is a step of its own; the last comes with the relations of the whole neighbourhood.
  for (let step = 1; step < depth && frontier.length > 0; step++) {
    const room = limit - visited.length;
    const params = { frontier, visited, ...filterParams(filters), limit: neo4j.int(room + 1) };
    const next = (await read<{ key: string }>(db, cypherFor("neighborhood-step", params), params)).map(
      (row) => row.key,
    );
    truncated = next.length > room;
    frontier = next.slice(0, room);
    visited.push(...frontier);
    if (truncated) break;
  }
  const graph = await streamSubgraph(db, visited, filters, truncated ? [] : frontier, limit - visited.length);
  // No separate existence check: an unknown entity has no node here (and had no neighbours).
  if (!graph.found) return null;
  return {
    attributes: { truncated: truncated || graph.truncated, center: key },
    options: GRAPH_OPTIONS,
    parts: graph.parts,
  };
}

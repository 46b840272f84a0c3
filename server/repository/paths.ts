// The shortest paths between two entities through entity relations, and the subgraph to draw them.

import { cypherWithBounds } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import { relationKey } from "../../common/domain.js";
import type { PathsResult, RelationType } from "../../common/api.js";
import { mentionCount } from "./entities.js";
import { read } from "./read.js";
import { GRAPH_OPTIONS, subgraph } from "./subgraph.js";
import { NO_FILTERS } from "./types.js";

/** A row of shortest-paths.cypher: a path's entity keys in order and its relations. */
interface PathRow {
  nodes: string[];
  edges: Array<{ source: string; target: string; type: RelationType; weight: number | null }>;
}

/** Up to k shortest paths of at most maxHops relations; null if either entity is unknown. */
export async function shortestPaths(
  db: GraphTarget,
  from: string,
  to: string,
  maxHops: number,
  k: number,
  relations: RelationType[] | null,
): Promise<PathsResult | null> {
  const known = await Promise.all([from, to].map((key) => mentionCount(db, key)));
  if (known.includes(null)) return null;
  const rows = await read<PathRow>(db, cypherWithBounds("shortest-paths", { k, maxHops }), { from, to, relations });
  const paths = rows.map((row) => ({
    nodes: row.nodes,
    edges: row.edges.map((e) => ({
      key: relationKey(e.source, e.type, e.target),
      source: e.source,
      target: e.target,
      relation: e.type,
      weight: e.weight ?? 1,
    })),
  }));
  const keys = [...new Set(paths.flatMap((p) => p.nodes).concat(from, to))];
  const onPaths = new Set(paths.flatMap((p) => p.edges.map((e) => e.key)));
  const drawn = await subgraph(db, keys, NO_FILTERS);
  const graph = {
    attributes: { truncated: false },
    options: GRAPH_OPTIONS,
    nodes: drawn.nodes,
    edges: drawn.edges.filter((e) => onPaths.has(e.key)),
  };
  return { paths, graph };
}

// The shortest paths between two entities through entity relations, and the subgraph to draw them.

import { cypherWithBounds } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import { RELATION_TYPES, relationKey } from "../../common/domain.js";
import type { PathsResult, RelationType } from "../../common/api.js";
import { mentionCount } from "./entities.js";
import { read } from "./read.js";
import { GRAPH_OPTIONS, subgraph } from "./subgraph.js";
import { NO_FILTERS, type PathTraversal } from "./types.js";

/** A row of shortest-paths.cypher: a path's entity keys in order and its relations. */
interface PathRow {
  nodes: string[];
  edges: Array<{ source: string; target: string; type: RelationType; weight: number | null }>;
}

/**
 * The relation types a path may follow: the given ones (all by default), co-occurrence only when admitted, because a
 * co-occurrence joins nearly everything named in one sentence and would make every path run through places and topics.
 */
export function traversedRelations(traversal: PathTraversal): RelationType[] {
  return (traversal.relations ?? RELATION_TYPES).filter((type) => traversal.cooccurrence || type !== "CO_OCCURS");
}

/**
 * Up to k shortest paths of at most maxHops relations, along the relation types and through the entity types the
 * traversal allows (the two ends whatever their type); null if either entity is unknown.
 */
export async function shortestPaths(
  db: GraphTarget,
  from: string,
  to: string,
  maxHops: number,
  k: number,
  traversal: PathTraversal,
): Promise<PathsResult | null> {
  const known = await Promise.all([from, to].map((key) => mentionCount(db, key)));
  if (known.includes(null)) return null;
  const relations = traversedRelations(traversal);
  const rows =
    relations.length === 0
      ? []
      : await read<PathRow>(db, cypherWithBounds("shortest-paths", { k, maxHops }), {
          from,
          to,
          relations,
          types: traversal.types,
        });
  const paths = rows.map((row) => ({
    nodes: row.nodes,
    edges: row.edges.map((e) => ({
      key: relationKey(e.source, e.type, e.target),
      source: e.source,
      target: e.target,
      relation: e.type,
      weight: e.weight ?? 1,
      stated: e.type !== "CO_OCCURS",
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

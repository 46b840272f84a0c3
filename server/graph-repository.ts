// Read access to the graph for the API: every query is a named Cypher file run in a read transaction.

import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypher-files.js";
import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import type { EntityType, RelationType, SerializedEntityGraph } from "./api-types.js";

export interface GraphRepository {
  /** The `limit` most mentioned entities and the relations among them. */
  entityGraph(limit: number): Promise<SerializedEntityGraph>;
  documentCount(): Promise<number>;
}

interface NodeRow { key: string; name: string; type: EntityType; mentions: number | null; documents: number | null }
interface EdgeRow { key: string; source: string; target: string; type: RelationType; weight: number | null; rule: string | null }

/** A repository over a driver; it names the database on every call and routes to readers. */
export function createGraphRepository({ driver, database }: Pick<GraphDatabase, "driver" | "database">): GraphRepository {
  const read = (name: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher(name), params, { database, routing: neo4j.routing.READ });

  return {
    async entityGraph(limit) {
      const [graph, count] = await Promise.all([read("entity-graph", { limit: neo4j.int(limit) }), read("count-entities", {})]);
      const record = graph.records[0];
      const nodes = (record?.get("nodes") ?? []) as NodeRow[];
      const edges = (record?.get("edges") ?? []) as EdgeRow[];
      const totalEntities = count.records[0]?.get("entities") as number;
      return {
        attributes: { truncated: totalEntities > nodes.length, totalEntities },
        options: { type: "directed", multi: true, allowSelfLoops: false },
        nodes: nodes.map((n) => ({
          key: n.key,
          attributes: { label: n.name, entityType: n.type, mentions: n.mentions ?? 0, documents: n.documents ?? 0 },
        })),
        edges: edges.map((e) => ({
          key: e.key,
          source: e.source,
          target: e.target,
          attributes: { relation: e.type, weight: e.weight ?? 1, rule: e.rule ?? "", stated: e.type !== "CO_OCCURS" },
        })),
      };
    },
    async documentCount() {
      return (await read("count-documents", {})).records[0]?.get("documents") as number;
    },
  };
}

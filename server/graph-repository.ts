// Read access to the graph for the API: every query is a named Cypher file run in a read transaction.

import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypher-files.js";
import type { GraphDatabase } from "../neo4j/open-graph-database.js";
import type { EntityType, GraphStats, RelationType, SerializedEntityGraph } from "./api-types.js";

export interface GraphRepository {
  /** The `limit` most mentioned entities and the relations among them. */
  entityGraph(limit: number): Promise<SerializedEntityGraph>;
  documentCount(): Promise<number>;
  /** Counts per entity and relation type, documents and dates, and the top collaborating pairs. */
  stats(topPairs?: number): Promise<GraphStats>;
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
    async stats(topPairs = 10) {
      const [documents, entities, relations, pairs] = await Promise.all([
        read("stats-documents", {}),
        read("stats-entities", {}),
        read("stats-relations", {}),
        read("top-collaborations", { limit: neo4j.int(topPairs) }),
      ]);
      const d = documents.records[0];
      return {
        documents: {
          total: (d?.get("documents") as number) ?? 0,
          dated: (d?.get("dated") as number) ?? 0,
          firstDate: (d?.get("firstDate") as string | null) ?? null,
          lastDate: (d?.get("lastDate") as string | null) ?? null,
          sentences: (d?.get("sentences") as number) ?? 0,
          chars: (d?.get("chars") as number) ?? 0,
        },
        entities: entities.records.map((r) => ({ type: r.get("type") as EntityType, count: r.get("count") as number })),
        relations: relations.records.map((r) => ({ type: r.get("type") as RelationType, count: r.get("count") as number, evidence: r.get("evidence") as number })),
        topCollaborations: pairs.records.map((r) => ({
          source: r.get("source") as string,
          sourceName: r.get("sourceName") as string,
          target: r.get("target") as string,
          targetName: r.get("targetName") as string,
          weight: r.get("weight") as number,
        })),
      };
    },
    async documentCount() {
      return (await read("count-documents", {})).records[0]?.get("documents") as number;
    },
  };
}

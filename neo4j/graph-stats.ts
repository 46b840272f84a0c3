// What the graph holds, counted: the reads behind both `kg stats` and `GET /api/stats`.

import neo4j from "neo4j-driver";
import type { GraphStats } from "../common/api.js";
import { cypher } from "./cypher-files.js";
import { readObjects, type GraphTarget } from "./graph-database.js";

type DocumentCounts = GraphStats["documents"] & { documents: number };

/** Counts per entity and relation type, documents with dates, and the pairs that collaborate most. */
export async function readGraphStats(db: GraphTarget, topPairs = 10, timeoutMs?: number): Promise<GraphStats> {
  const [documents, entities, relations, topCollaborations] = await Promise.all([
    readObjects<Partial<DocumentCounts>>(db, cypher("stats-documents"), {}, timeoutMs),
    readObjects<GraphStats["entities"][number]>(db, cypher("stats-entities"), {}, timeoutMs),
    readObjects<GraphStats["relations"][number]>(db, cypher("stats-relations"), {}, timeoutMs),
    readObjects<GraphStats["topCollaborations"][number]>(
      db,
      cypher("top-collaborations"),
      { limit: neo4j.int(topPairs) },
      timeoutMs,
    ),
  ]);
  const d = documents[0] ?? {};
  return {
    documents: {
      total: d.documents ?? 0,
      dated: d.dated ?? 0,
      firstDate: d.firstDate ?? null,
      lastDate: d.lastDate ?? null,
      sentences: d.sentences ?? 0,
      chars: d.chars ?? 0,
    },
    entities,
    relations,
    topCollaborations,
  };
}

// Entities by name or alias: the cjk full-text index, or contains-matching for one- and two-character queries.

import neo4j from "neo4j-driver";
import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { EntityType, SearchHit } from "../../common/api.js";
import { graphVersion, type AnalyticsCache } from "./overview/analytics-cache.js";
import { read } from "./read.js";

/** A row of search-entities.cypher and search-entities-short.cypher. */
interface SearchRow {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[] | null;
  mentions: number | null;
  score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene's operator words, which its parser reads as syntax only when written in capitals. */
const LUCENE_OPERATOR = /\b(?:AND|OR|NOT)\b/g;

/** Escapes Lucene's query syntax, so user input is searched for as text (AND, OR, NOT as plain lower-case words). */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`).replace(LUCENE_OPERATOR, (word) => word.toLowerCase());
}

/** The best `limit` entities matching `query`, of one type or any, each with its community when that is known. */
export async function searchEntities(
  db: GraphTarget,
  cache: AnalyticsCache,
  query: string,
  type: EntityType | null,
  limit: number,
): Promise<SearchHit[]> {
  const short = [...query].length <= 2;
  const [rows, version] = await Promise.all([
    read<SearchRow>(db, cypher(short ? "search-entities-short" : "search-entities"), {
      query: short ? query : escapeLucene(query),
      type,
      limit: neo4j.int(limit),
    }),
    graphVersion(db),
  ]);
  // Communities only from analytics already computed for this very graph: type-ahead never waits for them.
  const analytics = cache.readyFor(version);
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    type: row.type,
    aliases: row.aliases ?? [],
    mentions: row.mentions ?? 0,
    score: row.score,
    ...(analytics ? { community: analytics.entities.get(row.key)?.community } : {}),
  }));
}

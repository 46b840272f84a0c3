// Duplicate suggestions for a graph: its entities read once, compared by ingest/curate/duplicate-suggestions.ts, less
// the pairs a `distinct` rule keeps apart.

import { cypher } from "../../neo4j/cypher-files.js";
import { readObjects, type GraphTarget } from "../../neo4j/graph-database.js";
import { suggestDuplicates, type DuplicateSuggestion, type SuggestionEntity } from "./duplicate-suggestions.js";
import { readRules } from "./curation.js";

/** Neighbours compared per entity: enough to tell near-identical neighbourhoods apart. */
const NEIGHBOURS = 50;

/** The likely duplicates of the graph, best first. */
export async function readSuggestions(db: GraphTarget, { limit }: { limit: number }): Promise<DuplicateSuggestion[]> {
  const [entities, rules] = await Promise.all([
    readObjects<SuggestionEntity>(db, cypher("suggestion-entities"), { neighbours: NEIGHBOURS }),
    readRules(db),
  ]);
  const distinct = rules.flatMap((rule) => (rule.kind === "distinct" ? [rule.entities] : []));
  return suggestDuplicates(entities, { distinct, limit });
}

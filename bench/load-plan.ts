// bench:load's requests: the explorer's own requests (type-ahead search, a node's neighbourhood, hubs' included, and
// the overviews) over the bench graph, drawn in a seeded order so that every run sends the same sequence.

import { seededRandom } from "../common/seeded-random.js";
import { cypher } from "../neo4j/cypher-files.js";
import { readObjects, type GraphTarget } from "../neo4j/graph-database.js";

/** The kinds of request, each with its share of the load. */
export const LOAD_MIX = {
  /** Type-ahead sends one per keystroke: the most frequent request by far. */
  search: 0.4,
  neighbourhood: 0.3,
  /** The most connected entities, which everyone expands sooner or later: the heaviest neighbourhoods. */
  hub_neighbourhood: 0.1,
  /** The explorer's first request (every explorer that opens), and a drill-down into one community. */
  overview: 0.1,
  community_overview: 0.05,
  /** The top entities instead of the communities: the largest answer the explorer asks for. */
  entities_overview: 0.05,
} as const;

export type LoadKind = keyof typeof LOAD_MIX;
export const LOAD_KINDS = Object.keys(LOAD_MIX) as LoadKind[];

export interface PlannedRequest {
  kind: LoadKind;
  /** Path and query, as the explorer sends them. */
  url: string;
}

/** How many of the most connected entities count as hubs. */
const HUBS = 5;
/** Distinct requests of each kind the plan draws from. */
const VARIANTS = 40;
/** The communities drilled into: the largest ones, which the explorer shows first. */
const COMMUNITIES = 5;

/** What the explorer asks for (client/api/api-client.ts, its default view state and its expand limit). */
const EXPLORER = { searchLimit: 12, expandLimit: 150, overviewLimit: 1000, measure: "degree" } as const;

/**
 * `length` requests drawn by LOAD_MIX, the same for the same graph and length: search terms from entity names (every
 * other one the first two characters someone types), neighbourhoods of random entities and of the `HUBS` most
 * connected, the default overview and the explorer's other overview requests.
 */
export async function loadPlan(db: GraphTarget, length: number): Promise<PlannedRequest[]> {
  const entities = await readObjects<{ key: string; name: string }>(db, cypher("bench-entity-degrees"));
  if (entities.length <= HUBS)
    throw new Error(`the benchmark graph holds ${entities.length} related entities, too few; is the corpus empty?`);
  const random = seededRandom(23);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const ordinary = entities.slice(HUBS);
  const neighbourhood = (key: string) =>
    `/api/entities/${encodeURIComponent(key)}/neighborhood?depth=1&limit=${EXPLORER.expandLimit}`;
  const overview = (view: string, community?: number) =>
    `/api/overview?limit=${EXPLORER.overviewLimit}&measure=${EXPLORER.measure}&view=${view}` +
    (community === undefined ? "" : `&community=${community}`);
  const variants: Record<LoadKind, string[]> = {
    search: Array.from({ length: VARIANTS }, (_, i) => {
      const name = [...pick(ordinary).name];
      const term = i % 2 === 0 ? name.slice(0, 2).join("") : name.join("");
      return `/api/search?q=${encodeURIComponent(term)}&limit=${EXPLORER.searchLimit}`;
    }),
    neighbourhood: Array.from({ length: VARIANTS }, () => neighbourhood(pick(ordinary).key)),
    hub_neighbourhood: entities.slice(0, HUBS).map((e) => neighbourhood(e.key)),
    overview: [overview("auto")],
    community_overview: Array.from({ length: COMMUNITIES }, (_, id) => overview("entities", id)),
    entities_overview: [overview("entities")],
  };
  return Array.from({ length }, () => {
    let draw = random();
    const kind = LOAD_KINDS.find((k) => (draw -= LOAD_MIX[k]) < 0) ?? "search";
    return { kind, url: pick(variants[kind]) };
  });
}

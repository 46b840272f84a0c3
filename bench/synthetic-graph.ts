// A seeded synthetic entity graph for the client benchmark: N entities with Chinese-looking names and 4N typed
// relations between them with a power-law-like degree distribution, written straight into Neo4j by batched UNWIND.

import { seededRandom } from "../common/seeded-random.js";
import { LONG_HEADS } from "../ingest/extract/lexicon/organization-heads.js";
import { CITY_PROVINCE, PROVINCES } from "../ingest/extract/lexicon/places.js";
import { PROJECT_HEADS } from "../ingest/extract/lexicon/project-heads.js";
import { SINGLE_SURNAMES } from "../ingest/extract/lexicon/surnames.js";
import { TOPIC_HEADS, TOPIC_KEYWORDS } from "../ingest/extract/lexicon/topic-keywords.js";
import type { EntityType, RelationType } from "../ingest/types.js";
import { cypherStatements } from "../neo4j/cypher-files.js";
import { writeTransaction, type GraphTarget } from "../neo4j/graph-database.js";

export interface SyntheticEntity {
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
}

export interface SyntheticRelation {
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  rule: string;
  /** The dated span of the documents that state it (YYYY-MM-DD), so the time bar has years to play. */
  firstDate: string;
  lastDate: string;
}

export interface SyntheticGraph {
  entities: SyntheticEntity[];
  relations: SyntheticRelation[];
}

type Picker = <T>(items: readonly T[]) => T;

/** How often each type occurs, roughly as in extracted reports. */
const TYPE_SHARES: ReadonlyArray<readonly [EntityType, number]> = [
  ["Organization", 0.36],
  ["Person", 0.2],
  ["Project", 0.2],
  ["Topic", 0.14],
  ["Place", 0.1],
];

/** Stated relations by the types they join (source type first); every other pair only co-occurs. */
const STATED_RELATIONS: ReadonlyMap<string, readonly RelationType[]> = new Map([
  ["Organization>Organization", ["COLLABORATES_WITH", "COLLABORATES_WITH", "PART_OF", "MEMBER_OF"]],
  ["Organization>Project", ["PARTNER_IN", "ORGANIZED", "PUBLISHED"]],
  ["Person>Organization", ["HOLDS_POSITION", "MEMBER_OF"]],
  ["Organization>Place", ["LOCATED_IN"]],
  ["Project>Place", ["LOCATED_IN"]],
  ["Organization>Topic", ["ADDRESSES"]],
  ["Project>Topic", ["ADDRESSES"]],
]);

/** Share of relations that are mere co-occurrence even where a stated relation could join the two types. */
const CO_OCCURRENCE_SHARE = 0.35;
/** Exponent of the endpoint weights (i+1)^-a: the higher, the more the relations gather on a few hubs. */
const HUB_EXPONENT = 0.75;
const WRITE_BATCH = 10_000;

const CITIES = [...CITY_PROVINCE.keys()].filter((city) => city.length >= 2);
const PROVINCE_NAMES = Object.keys(PROVINCES);
const SURNAMES = [...SINGLE_SURNAMES];
const NAME_CHARS = [
  ..."安保昌成德东芳丰刚光海宏华辉佳建杰金锦静俊凯兰丽利良林玲龙梅敏明娜宁鹏平琴清荣瑞森山胜淑涛婷伟文霞祥新欣秀雪燕阳英永玉云泽志忠",
];
const ORGANIZATION_MODIFIERS = [
  "",
  "",
  "师范",
  "理工",
  "农业",
  "工业",
  "医药",
  "科技",
  "文化",
  "交通",
  "财经",
  "经济技术开发区",
];

/** One name maker per entity type: a registry, so a new type adds a line. */
const NAME_MAKERS: Record<EntityType, (pick: Picker, random: () => number) => string> = {
  Organization: (pick) =>
    `${pick(CITIES)}${pick(["市", "市", "县", ""])}${pick(ORGANIZATION_MODIFIERS)}${pick(LONG_HEADS)}`,
  Person: (pick, random) => pick(SURNAMES) + pick(NAME_CHARS) + (random() < 0.6 ? pick(NAME_CHARS) : ""),
  Project: (pick) => `${pick(CITIES)}${pick(TOPIC_KEYWORDS)}${pick(PROJECT_HEADS)}`,
  Topic: (pick, random) =>
    random() < 0.5 ? `${pick(PROVINCE_NAMES)}${pick(TOPIC_KEYWORDS)}` : `${pick(TOPIC_KEYWORDS)}${pick(TOPIC_HEADS)}`,
  Place: (pick, random) =>
    random() < 0.3 ? `${pick(CITIES)}市` : `${pick(NAME_CHARS)}${pick(NAME_CHARS)}${pick(["县", "区", "镇", "乡"])}`,
};

/**
 * Builds `nodes` entities and `relationsPerNode × nodes` distinct relations (no self-loops). Endpoints are drawn with
 * weights falling as a power of a node's rank, so a few bodies have hundreds of relations and most have a handful.
 */
export function buildSyntheticGraph(nodes: number, relationsPerNode = 4, seed = 11): SyntheticGraph {
  const random = seededRandom(seed);
  const pick: Picker = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const weights = Array.from({ length: nodes }, (_, i) => (i + 1) ** -HUB_EXPONENT);
  const cumulative = prefixSums(weights);
  const total = cumulative[nodes - 1] ?? 0;
  const wanted = relationsPerNode * nodes;
  const types = weights.map(() => drawType(random()));
  const entities = createEntities(types, pick, random);
  const relations = createRelations(entities, wanted, () => lowerBound(cumulative, random() * total), pick, random);
  // Mentions follow the degree the entity ended up with, as they do in a real corpus.
  const degree = new Map<string, number>();
  for (const r of relations) for (const key of [r.source, r.target]) degree.set(key, (degree.get(key) ?? 0) + 1);
  for (const entity of entities) {
    entity.mentions = 1 + Math.floor((degree.get(entity.key) ?? 0) * (0.5 + random()));
    entity.documents = Math.max(1, Math.ceil(entity.mentions * (0.2 + 0.3 * random())));
  }
  datedSpans(relations, seededRandom(seed + 1));
  return { entities, relations };
}

/** First year of the synthetic dates; relations start in one of the ten years from it. */
const FIRST_YEAR = 2015;

/**
 * Gives each relation a dated span: a start year, then most spans within that year and a few over several. Its own
 * random stream, so the entities and relations are the same as without dates.
 */
function datedSpans(relations: SyntheticRelation[], random: () => number): void {
  const day = (): string =>
    `${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  for (const relation of relations) {
    const first = FIRST_YEAR + Math.floor(random() * 10);
    const last = Math.min(FIRST_YEAR + 9, first + Math.floor(-Math.log(1 - random()) * 0.8));
    const [a, b] = [`${first}-${day()}`, `${last}-${day()}`];
    [relation.firstDate, relation.lastDate] = a <= b ? [a, b] : [b, a];
  }
}

function drawType(u: number): EntityType {
  let below = 0;
  for (const [type, share] of TYPE_SHARES) {
    below += share;
    if (u < below) return type;
  }
  return "Organization";
}

function createEntities(types: EntityType[], pick: Picker, random: () => number): SyntheticEntity[] {
  const taken = new Set<string>();
  return types.map((type) => {
    let name = NAME_MAKERS[type](pick, random);
    // A few retries keep names natural; a counter makes the rare remaining clash unique.
    for (let attempt = 0; taken.has(`${type}:${name}`) && attempt < 5; attempt++)
      name = NAME_MAKERS[type](pick, random);
    for (let n = 2; taken.has(`${type}:${name}`); n++) name = `${name.replace(/（\d+）$/, "")}（${n}）`;
    taken.add(`${type}:${name}`);
    return { key: `${type}:${name}`, name, type, mentions: 0, documents: 0 };
  });
}

function createRelations(
  entities: SyntheticEntity[],
  wanted: number,
  drawNode: () => number,
  pick: Picker,
  random: () => number,
): SyntheticRelation[] {
  const seen = new Set<string>();
  const relations: SyntheticRelation[] = [];
  for (let attempt = 0; relations.length < wanted && attempt < 50 * wanted; attempt++) {
    let a = entities[drawNode()] as SyntheticEntity;
    let b = entities[drawNode()] as SyntheticEntity;
    if (a === b) continue;
    if (!STATED_RELATIONS.has(`${a.type}>${b.type}`) && STATED_RELATIONS.has(`${b.type}>${a.type}`)) [a, b] = [b, a];
    const stated = STATED_RELATIONS.get(`${a.type}>${b.type}`);
    const type: RelationType = stated && random() >= CO_OCCURRENCE_SHARE ? pick(stated) : "CO_OCCURS";
    const id = `${a.key}|${b.key}|${type}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const weight = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
    relations.push({
      source: a.key,
      target: b.key,
      type,
      weight,
      rule: type === "CO_OCCURS" ? "co-occurrence" : `synthetic-${type.toLowerCase()}`,
      firstDate: "",
      lastDate: "",
    });
  }
  if (relations.length < wanted)
    throw new Error(
      `bench/synthetic-graph: only ${relations.length} of ${wanted} distinct relations fit ${entities.length} entities`,
    );
  return relations;
}

function prefixSums(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}

/** The first index whose cumulative weight exceeds `target`. */
function lowerBound(cumulative: number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Writes the graph into an empty database (entities, then relations) in batches, one transaction per batch. */
export async function writeSyntheticGraph(db: GraphTarget, graph: SyntheticGraph): Promise<void> {
  const [createEntitiesStatement, createRelationsStatement] = cypherStatements("bench-synthetic-graph") as [
    string,
    string,
  ];
  const steps: Array<[string, readonly object[]]> = [
    [createEntitiesStatement, graph.entities],
    [createRelationsStatement, graph.relations],
  ];
  for (const [statement, rows] of steps) {
    for (let at = 0; at < rows.length; at += WRITE_BATCH) {
      await writeTransaction(db, (tx) => tx.run(statement, { rows: rows.slice(at, at + WRITE_BATCH) }));
    }
  }
}

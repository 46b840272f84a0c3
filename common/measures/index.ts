// Every network measure, listed once: the overview's ranking, the explorer's size and colour choices and the
// analysis worker all read this list.

import { betweenness } from "./betweenness.js";
import { communities } from "./communities.js";
import { degree } from "./degree.js";
import { mentions } from "./mentions.js";
import { pagerank } from "./pagerank.js";
import { weightedDegree } from "./weighted-degree.js";

export type { Measure, MeasureValues } from "./measure.js";

/** In the order the explorer offers them. */
export const MEASURES = [degree, weightedDegree, mentions, pagerank, betweenness, communities] as const;

type AnyMeasure = (typeof MEASURES)[number];
export type MeasureId = AnyMeasure["id"];
/** The measures that rank the overview's entities. */
export type OverviewMeasure = Extract<AnyMeasure, { overview: true }>["id"];
/** The measures that size the nodes in view. */
export type SizeMeasureId = Extract<AnyMeasure, { size: true }>["id"];
/** The measures computed over the graph in view, in the analysis worker. */
export type ComputedMeasure = Extract<AnyMeasure, { compute: unknown }>["id"];

const ids = <Id extends MeasureId>(keep: (measure: AnyMeasure) => boolean) =>
  MEASURES.filter(keep).map((m) => m.id) as [Id, ...Id[]];

export const OVERVIEW_MEASURES: readonly [OverviewMeasure, ...OverviewMeasure[]] = ids<OverviewMeasure>(
  (m) => m.overview,
);
export const SIZE_MEASURE_IDS: readonly [SizeMeasureId, ...SizeMeasureId[]] = ids<SizeMeasureId>((m) => m.size);

/** Whether the analysis worker computes this measure (the others are values the nodes carry). */
export function isComputed(id: string): id is ComputedMeasure {
  return MEASURES.some((m) => m.id === id && "compute" in m);
}

/** The measure of this id. */
export function measureById(id: ComputedMeasure): Extract<AnyMeasure, { compute: unknown }> {
  return MEASURES.find((m) => m.id === id) as Extract<AnyMeasure, { compute: unknown }>;
}

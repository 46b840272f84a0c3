// The time bar's data: relations and documents per year over the whole graph, every year between the first and last.

import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { Timeline, TimelineYear } from "../../common/api.js";
import { read } from "./read.js";

export interface RelationYearRow {
  year: number;
  relations: number;
  stated: number;
}

export interface DocumentYearRow {
  year: number;
  documents: number;
  firstDate: string;
  lastDate: string;
}

/** Joins the two per-year counts into one contiguous run of years (a year with nothing dated counts zero). Pure. */
export function timelineOf(relations: readonly RelationYearRow[], documents: readonly DocumentYearRow[]): Timeline {
  const years = [...relations.map((r) => r.year), ...documents.map((d) => d.year)];
  if (years.length === 0) return { firstDate: null, lastDate: null, years: [] };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const byYear = new Map<number, TimelineYear>();
  for (let year = first; year <= last; year++) byYear.set(year, { year, relations: 0, stated: 0, documents: 0 });
  for (const r of relations)
    Object.assign(byYear.get(r.year) as TimelineYear, { relations: r.relations, stated: r.stated });
  for (const d of documents) (byYear.get(d.year) as TimelineYear).documents = d.documents;
  const dated = [...documents].sort((a, b) => a.year - b.year);
  return {
    firstDate: dated[0]?.firstDate ?? String(first),
    lastDate: dated[dated.length - 1]?.lastDate ?? String(last),
    years: [...byYear.values()],
  };
}

/** The whole graph's timeline. */
export async function timeline(db: GraphTarget): Promise<Timeline> {
  const [relations, documents] = await Promise.all([
    read<RelationYearRow>(db, cypher("timeline-relations")),
    read<DocumentYearRow>(db, cypher("timeline-documents")),
  ]);
  return timelineOf(relations, documents);
}

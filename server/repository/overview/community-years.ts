// The years of the communities view: for each community and each link between two, the years their relations cover,
// so the explorer's time range filters that view as it filters entities.

import type { SerializedCommunityGraph } from "../../../common/api.js";
import type { GraphAnalytics } from "./graph-analytics.js";

/** The years the dated relations from `source` to `target` cover. */
export interface PairYearsRow {
  source: string;
  target: string;
  years: number[];
}

const sorted = (years: Set<number> | undefined): number[] | undefined =>
  years && years.size > 0 ? [...years].sort((a, b) => a - b) : undefined;

const idOf = (key: string): number => Number(key.slice(key.indexOf(":") + 1));

/** The view with `years` on each community and link that has dated relations. Pure: returns a new view. */
export function withCommunityYears(
  view: SerializedCommunityGraph,
  analytics: GraphAnalytics,
  rows: readonly PairYearsRow[],
): SerializedCommunityGraph {
  const communityYears = new Map<number, Set<number>>();
  const linkYears = new Map<string, Set<number>>();
  const add = <K>(map: Map<K, Set<number>>, key: K, years: readonly number[]): void => {
    const set = map.get(key) ?? new Set<number>();
    for (const year of years) set.add(year);
    map.set(key, set);
  };
  for (const row of rows) {
    const a = analytics.entities.get(row.source)?.community;
    const b = analytics.entities.get(row.target)?.community;
    if (a === undefined || b === undefined) continue;
    add(communityYears, a, row.years);
    add(communityYears, b, row.years);
    if (a !== b) add(linkYears, a < b ? `${a}-${b}` : `${b}-${a}`, row.years);
  }
  return {
    ...view,
    nodes: view.nodes.map((n) => {
      const years = sorted(communityYears.get(n.attributes.community));
      return years ? { ...n, attributes: { ...n.attributes, years } } : n;
    }),
    edges: view.edges.map((e) => {
      const [a, b] = [idOf(e.source), idOf(e.target)];
      const years = sorted(linkYears.get(a < b ? `${a}-${b}` : `${b}-${a}`));
      return years ? { ...e, attributes: { ...e.attributes, years } } : e;
    }),
  };
}

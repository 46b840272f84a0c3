// Network measures and communities of the graph in view (graphology-metrics, Louvain), on a simple undirected copy.

import Graph from "graphology";
import { communities } from "../../common/measures/communities.js";
import { isComputed, measureById, type ComputedMeasure, type MeasureValues } from "../../common/measures/index.js";

/** The graph in view reduced to what the measures need: node keys and weighted links between their indices. */
export interface AnalysisInput {
  nodes: string[];
  /** [source index, target index, weight]; parallel relations and both directions are summed into one link. */
  links: Array<[number, number, number]>;
}

export type AnalysisMeasure = ComputedMeasure;

/** One value per node key (a community id for the community measure). */
export type AnalysisResult = MeasureValues;

/** The registry's measure whose communities colour the nodes. */
export const COMMUNITY_MEASURE = communities.id;

/** The measures the worker computes for a colour and a size choice (a carried value such as mentions needs none). Pure. */
export function measuresFor(colorByCommunity: boolean, sizeBy: string): AnalysisMeasure[] {
  const measures: AnalysisMeasure[] = colorByCommunity ? [COMMUNITY_MEASURE] : [];
  if (isComputed(sizeBy)) measures.push(sizeBy);
  return measures;
}

/** Reduces a multigraph to a simple undirected weighted one, keeping only the nodes and edges that pass. Pure. */
export function projectForAnalysis(
  nodes: Iterable<string>,
  edges: Iterable<{ source: string; target: string; weight: number }>,
): AnalysisInput {
  const keys = [...nodes];
  const index = new Map(keys.map((key, i) => [key, i]));
  const summed = new Map<string, [number, number, number]>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const id = `${a}:${b}`;
    const link = summed.get(id);
    if (link) link[2] += e.weight;
    else summed.set(id, [a, b, e.weight]);
  }
  return { nodes: keys, links: [...summed.values()] };
}

function toGraph(input: AnalysisInput): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const key of input.nodes) graph.addNode(key);
  for (const [s, t, weight] of input.links) graph.addEdge(input.nodes[s], input.nodes[t], { weight });
  return graph;
}

/** Computes one measure over the projected graph (see common/measures). Deterministic: Louvain is seeded. */
export function computeMeasure(input: AnalysisInput, measure: AnalysisMeasure): AnalysisResult {
  const graph = toGraph(input);
  return graph.order === 0 ? {} : measureById(measure).compute(graph);
}

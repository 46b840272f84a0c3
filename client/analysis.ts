// Network measures and communities of the graph in view (graphology-metrics, Louvain), on a simple undirected copy.

import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { seededRandom } from "../common/seeded-random.js";

/** The graph in view reduced to what the measures need: node keys and weighted links between their indices. */
export interface AnalysisInput {
  nodes: string[];
  /** [source index, target index, weight]; parallel relations and both directions are summed into one link. */
  links: Array<[number, number, number]>;
}

export type AnalysisMeasure = "degree" | "weightedDegree" | "pagerank" | "betweenness" | "louvain";

/** One value per node key (a community id for "louvain"). */
export type AnalysisResult = Record<string, number>;

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

/** Computes one measure over the projected graph. Deterministic: Louvain runs on a seeded generator. */
export function computeMeasure(input: AnalysisInput, measure: AnalysisMeasure): AnalysisResult {
  const result: AnalysisResult = {};
  if (measure === "degree" || measure === "weightedDegree") {
    for (const key of input.nodes) result[key] = 0;
    for (const [s, t, w] of input.links) {
      const add = measure === "degree" ? 1 : w;
      const a = input.nodes[s] as string;
      const b = input.nodes[t] as string;
      result[a] = (result[a] ?? 0) + add;
      result[b] = (result[b] ?? 0) + add;
    }
    return result;
  }
  const graph = toGraph(input);
  if (graph.order === 0) return result;
  if (measure === "louvain") return louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(7) });
  if (measure === "pagerank") {
    if (graph.size === 0) return Object.fromEntries(input.nodes.map((key) => [key, 1 / input.nodes.length]));
    return pagerank(graph, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-8 });
  }
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** Renumbers communities by size, largest first (0, 1, 2 …), so colours and legend order are stable. Pure. */
export function rankCommunities(communities: AnalysisResult): { byNode: AnalysisResult; sizes: number[] } {
  const counts = new Map<number, number>();
  for (const id of Object.values(communities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rank = new Map(order.map(([id], i) => [id, i]));
  const byNode: AnalysisResult = {};
  for (const [key, id] of Object.entries(communities)) byNode[key] = rank.get(id) ?? 0;
  return { byNode, sizes: order.map(([, count]) => count) };
}

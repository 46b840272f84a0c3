// Brings a curation change into the graph in view without a reload: asks for the touched entities' neighbourhoods,
// then removes, adds and refreshes nodes and edges as `planReconcile` says, and moves the view state along.

import type { CurationChangeResponse } from "../../common/api.js";
import { ApiRequestError, fetchNeighborhood } from "../api/api-client.js";
import { expandHolder, holdNode, mergeGraph, PIN_HOLDER, type Holders } from "../graph/graph-merge.js";
import { normalizeEntityGraph, type ExplorerGraph, type NormalizedGraph } from "../graph/graph-model.js";
import { offspring, successors } from "./operations.js";
import { planReconcile, type EntityRefs, type ReconcilePlan } from "./reconcile.js";

/** Touched entities looked at, at most: a change to a hub touches all its neighbours, whose counts are minor. */
const MAX_LOOKUPS = 60;
/** Neighbours asked for per touched entity. */
const NEIGHBOURS = 300;
const PARALLEL = 4;

/** What the view update needs from the explorer. */
export interface ViewUpdateTarget {
  graph: ExplorerGraph;
  holders: Holders;
  refs(): EntityRefs;
  /** Takes the followed entity keys into the view state (and reopens or closes the panel as needed). */
  setRefs(refs: EntityRefs, touched: ReadonlySet<string>): void;
  graphChanged(): void;
}

/** A touched entity's neighbourhood, null when it no longer exists, undefined when it could not be asked. */
async function lookUp(key: string): Promise<NormalizedGraph | null | undefined> {
  try {
    return normalizeEntityGraph(await fetchNeighborhood(key, NEIGHBOURS));
  } catch (error) {
    return error instanceof ApiRequestError && error.status === 404 ? null : undefined;
  }
}

/** Keys to look up: entities in view first (removed or refreshed), then the successors, then the rest. */
function lookupKeys(graph: ExplorerGraph, response: CurationChangeResponse, follow: Map<string, string[]>): string[] {
  // A relation's change may leave its ends' counts alone: its ends in view are looked at too.
  const ends = response.touched.relations
    .filter((edge) => graph.hasEdge(edge))
    .flatMap((edge) => graph.extremities(edge));
  const keys = [...new Set([...response.touched.entities, ...ends, ...[...follow.values()].flat()])];
  const rank = (key: string): number => (graph.hasNode(key) ? 0 : [...follow.values()].flat().includes(key) ? 1 : 2);
  return keys.sort((a, b) => rank(a) - rank(b)).slice(0, MAX_LOOKUPS);
}

/** Updates the view after a rule was made (`undone` false) or undone. */
export async function updateView(
  target: ViewUpdateTarget,
  response: CurationChangeResponse,
  undone: boolean,
): Promise<ReconcilePlan> {
  const { graph } = target;
  const follow = successors(response.rule, undone);
  const children = offspring(response.rule, undone);
  const keys = lookupKeys(graph, response, new Map([...follow, ...children]));
  const answers = new Map<string, NormalizedGraph | null>();
  for (let i = 0; i < keys.length; i += PARALLEL) {
    const batch = keys.slice(i, i + PARALLEL);
    const found = await Promise.all(batch.map(lookUp));
    batch.forEach((key, j) => {
      const answer = found[j];
      if (answer !== undefined) answers.set(key, answer);
    });
  }
  const plan = planReconcile(graph, {
    answers,
    touchedRelations: response.touched.relations,
    successors: follow,
    offspring: children,
    state: target.refs(),
  });
  applyPlan(target, plan, answers);
  target.setRefs(plan.state, new Set(response.touched.entities));
  target.graphChanged();
  return plan;
}

/** Writes a plan into the graph: replaced nodes' places and holders go to their successors. */
function applyPlan(target: ViewUpdateTarget, plan: ReconcilePlan, answers: Map<string, NormalizedGraph | null>): void {
  const { graph, holders } = target;
  const attributes = graph.getAttributes();
  for (const { key, replaces, beside } of plan.add) {
    const places = replaces.filter((k) => graph.hasNode(k)).map((k) => graph.getNodeAttributes(k));
    const parent = beside !== undefined && graph.hasNode(beside) ? graph.getNodeAttributes(beside) : undefined;
    const anchor =
      places.length > 0
        ? { x: avg(places.map((p) => p.x)), y: avg(places.map((p) => p.y)) }
        : parent
          ? { x: parent.x, y: parent.y }
          : neighbourCentre(graph, answers.get(key) ?? null, key);
    const inherited = new Set(replaces.flatMap((k) => [...(holders.get(k) ?? [])]));
    const node = answers.get(key)?.nodes.find((n) => n.key === key);
    if (!node) continue;
    mergeGraph(graph, { attributes, nodes: [node], edges: [] }, holders, [...inherited][0] ?? PIN_HOLDER, anchor);
    for (const holder of inherited) holdNode(holders, key, holder);
    // Nodes the replaced entity's expansion brought stay, now held by the successor's expansion.
    for (const old of replaces) renameHolder(holders, expandHolder(old), expandHolder(key));
  }
  for (const key of plan.remove) {
    graph.dropNode(key);
    holders.delete(key);
  }
  for (const node of plan.update) graph.mergeNodeAttributes(node.key, node.attributes);
  for (const edge of plan.removeEdges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const e of plan.addEdges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, size: 1, color: "#ccc" });
  }
}

const avg = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/** Where the neighbours of a new entity are drawn, or undefined (then it goes near the graph's centre). */
function neighbourCentre(
  graph: ExplorerGraph,
  answer: NormalizedGraph | null,
  key: string,
): { x: number; y: number } | undefined {
  const near = (answer?.edges ?? [])
    .map((e) => (e.source === key ? e.target : e.source))
    .filter((k) => graph.hasNode(k))
    .map((k) => graph.getNodeAttributes(k));
  return near.length > 0 ? { x: avg(near.map((p) => p.x)), y: avg(near.map((p) => p.y)) } : undefined;
}

/** Moves a holder's nodes to another holder. */
function renameHolder(holders: Holders, from: string, to: string): void {
  for (const set of holders.values()) if (set.delete(from)) set.add(to);
}

// After a curation change, what the view must do (pure): which nodes and edges go, which entities come in or change,
// and how the view state follows (a removed entity is replaced by its successor, or forgotten).

import type { ExplorerGraph, NormalizedGraph } from "../graph/graph-model.js";

/** The view-state keys that name entities. */
export interface EntityRefs {
  selected: string | null;
  expanded: string[];
  pathFrom: string | null;
  pathTo: string | null;
}

export interface ReconcileInput {
  /** Each touched entity's fresh neighbourhood, or null when it no longer exists (404); left out when unknown. */
  answers: ReadonlyMap<string, NormalizedGraph | null>;
  /** Relation keys the change touched. */
  touchedRelations: readonly string[];
  /** Which entity takes the place of which (see `successors`). */
  successors: ReadonlyMap<string, string[]>;
  /** Entities that come into view beside another one in view (see `offspring`). */
  offspring?: ReadonlyMap<string, string[]>;
  state: EntityRefs;
}

export interface ReconcilePlan {
  /** Nodes in view that no longer exist. */
  remove: string[];
  /** Entities to bring into view, each with the removed nodes it replaces (placed where they were) or the node in view
   * it comes out of (placed beside it). */
  add: Array<{ key: string; replaces: string[]; beside: string | undefined }>;
  /** Entities in view whose attributes to refresh, with the fresh attributes. */
  update: NormalizedGraph["nodes"];
  removeEdges: string[];
  addEdges: NormalizedGraph["edges"];
  /** The view state with removed entities replaced by their successors or dropped. */
  state: EntityRefs;
}

/** The node of `key` in its own neighbourhood answer. */
const centre = (answer: NormalizedGraph, key: string) => answer.nodes.find((n) => n.key === key);

/** Plans how the view follows a curation change. Reads the graph, never writes it. */
export function planReconcile(graph: ExplorerGraph, input: ReconcileInput): ReconcilePlan {
  const { answers, successors } = input;
  const gone = new Set([...answers].filter(([, answer]) => answer === null).map(([key]) => key));
  const remove = [...gone].filter((key) => graph.hasNode(key));
  const removed = new Set(remove);
  const stays = (key: string): boolean => graph.hasNode(key) && !removed.has(key);

  /** The removed nodes each living entity replaces. */
  const replaces = new Map<string, string[]>();
  for (const key of remove)
    for (const next of successors.get(key) ?? [])
      if (answers.get(next)) replaces.set(next, [...(replaces.get(next) ?? []), key]);

  /** Each entity that comes out of one in view, with that one. */
  const beside = new Map<string, string>();
  for (const [parent, children] of input.offspring ?? [])
    if (stays(parent)) for (const child of children) beside.set(child, parent);
  const add: ReconcilePlan["add"] = [];
  const update: ReconcilePlan["update"] = [];
  for (const [key, answer] of answers) {
    if (answer === null) continue;
    const node = centre(answer, key);
    if (!node) continue;
    if (stays(key)) update.push(node);
    else if (
      replaces.has(key) ||
      beside.has(key) ||
      answer.edges.some((e) => stays(e.source === key ? e.target : e.source))
    )
      add.push({ key, replaces: replaces.get(key) ?? [], beside: beside.get(key) });
  }

  const added = new Set(add.map((a) => a.key));
  const inViewAfter = (key: string): boolean => stays(key) || added.has(key);
  const touched = new Set(input.touchedRelations);
  const removeEdges = new Set<string>();
  const addEdges = new Map<string, NormalizedGraph["edges"][number]>();
  for (const [key, answer] of answers) {
    if (answer === null || !inViewAfter(key)) continue;
    const fresh = new Set(answer.edges.map((e) => e.key));
    if (stays(key))
      for (const edge of graph.edges(key))
        if (!fresh.has(edge) && (!answer.attributes.truncated || touched.has(edge))) removeEdges.add(edge);
    for (const e of answer.edges)
      if (inViewAfter(e.source) && inViewAfter(e.target) && e.source !== e.target && !graph.hasEdge(e.key))
        addEdges.set(e.key, e);
  }
  for (const edge of touched) if (graph.hasEdge(edge) && !answersHoldEdge(answers, edge)) removeEdges.add(edge);

  return {
    remove,
    add,
    update,
    removeEdges: [...removeEdges].filter((edge) => !graph.extremities(edge).some((n) => removed.has(n))),
    addEdges: [...addEdges.values()],
    state: followRefs(input.state, gone, successors, (key) => Boolean(answers.get(key))),
  };
}

/** Whether a relation still exists according to the answers of its ends (unknown counts as existing). */
function answersHoldEdge(answers: ReadonlyMap<string, NormalizedGraph | null>, edge: string): boolean {
  let known = false;
  for (const [key, answer] of answers) {
    if (answer === null || !(edge.startsWith(`${key}-[`) || edge.endsWith(`]->${key}`))) continue;
    if (answer.edges.some((e) => e.key === edge)) return true;
    if (!answer.attributes.truncated) known = true;
  }
  return !known;
}

/** The view state's entity keys with removed ones replaced by their living successors, or dropped. */
export function followRefs(
  state: EntityRefs,
  gone: ReadonlySet<string>,
  successors: ReadonlyMap<string, string[]>,
  alive: (key: string) => boolean,
): EntityRefs {
  const follow = (key: string): string[] =>
    gone.has(key) ? (successors.get(key) ?? []).filter((next) => alive(next) && !gone.has(next)) : [key];
  const one = (key: string | null): string | null => (key === null ? null : (follow(key)[0] ?? null));
  return {
    selected: one(state.selected),
    expanded: [...new Set(state.expanded.flatMap(follow))],
    pathFrom: one(state.pathFrom),
    pathTo: one(state.pathTo),
  };
}

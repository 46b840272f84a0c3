// How the view follows a curation change: removed nodes go, their successor comes in where they were, edges and the
// view state follow.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import { relationKey } from "../../../../common/domain.js";
import { followRefs, planReconcile } from "../../../../client/curation/reconcile.js";
import {
  createExplorerGraph,
  normalizeEntityGraph,
  type NormalizedGraph,
} from "../../../../client/graph/graph-model.js";
import { replaceGraph } from "../../../../client/graph/graph-merge.js";

const A = "Project:金点子活动";
const B = "Project:金点子征集活动";
const HUB = "Organization:辽源市政协";
const OTHER = "Place:辽源市";

const edge = (source: string, target: string, relation: "ORGANIZED" | "CO_OCCURS" = "ORGANIZED") => ({
  key: relationKey(source, relation, target),
  source,
  target,
  attributes: { relation, weight: 1, rule: "r", stated: relation !== "CO_OCCURS" },
});
const graphOf = (nodes: string[], edges: ReturnType<typeof edge>[], truncated = false): NormalizedGraph => {
  const data: SerializedEntityGraph = {
    attributes: { truncated },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: nodes.map((key) => ({
      key,
      attributes: { label: key.split(":")[1] ?? key, entityType: "Project", mentions: 1, documents: 1 },
    })),
    edges,
  };
  return normalizeEntityGraph(data);
};
const view = (nodes: string[], edges: ReturnType<typeof edge>[]) => {
  const graph = createExplorerGraph();
  replaceGraph(graph, graphOf(nodes, edges), new Map());
  return graph;
};
const refs = { selected: A, expanded: [A, HUB], pathFrom: A, pathTo: OTHER };

describe("reconciling the view after a change", () => {
  it("brings a form split off an entity in view in beside it, though none of its neighbours is in view", () => {
    const graph = view([A, HUB], [edge(HUB, A)]);
    const split = "Project:金点子";
    const plan = planReconcile(graph, {
      answers: new Map([
        [A, graphOf([A, HUB], [edge(HUB, A)])],
        [split, graphOf([split, OTHER], [edge(split, OTHER, "CO_OCCURS")])],
      ]),
      touchedRelations: [],
      successors: new Map(),
      offspring: new Map([[A, [split]]]),
      state: refs,
    });
    expect(plan.add).toEqual([{ key: split, replaces: [], beside: A }]);
    expect(plan.remove).toEqual([]);
  });

  it("removes a merged node, brings the result in in its place, and moves the state to it", () => {
    const graph = view([A, HUB, OTHER], [edge(HUB, A), edge(HUB, OTHER)]);
    const plan = planReconcile(graph, {
      answers: new Map([
        [A, null],
        [B, graphOf([B, HUB, OTHER], [edge(HUB, B), edge(B, OTHER, "CO_OCCURS")])],
      ]),
      touchedRelations: [relationKey(HUB, "ORGANIZED", A), relationKey(HUB, "ORGANIZED", B)],
      successors: new Map([[A, [B]]]),
      state: refs,
    });
    expect(plan.remove).toEqual([A]);
    expect(plan.add).toEqual([{ key: B, replaces: [A] }]);
    expect(plan.addEdges.map((e) => e.key).sort()).toEqual(
      [relationKey(HUB, "ORGANIZED", B), relationKey(B, "CO_OCCURS", OTHER)].sort(),
    );
    // The removed node's own edges go with it.
    expect(plan.removeEdges).toEqual([]);
    expect(plan.state).toEqual({ selected: B, expanded: [B, HUB], pathFrom: B, pathTo: OTHER });
  });

  it("drops an excluded entity from the state when nothing takes its place", () => {
    expect(followRefs(refs, new Set([A]), new Map(), () => true)).toEqual({
      selected: null,
      expanded: [HUB],
      pathFrom: null,
      pathTo: OTHER,
    });
  });

  it("removes a rejected relation between two nodes that stay, even when the neighbourhood was cut", () => {
    const rejected = relationKey(HUB, "ORGANIZED", A);
    const graph = view([A, HUB], [edge(HUB, A), edge(HUB, A, "CO_OCCURS")]);
    const plan = planReconcile(graph, {
      answers: new Map([[HUB, graphOf([HUB, A], [edge(HUB, A, "CO_OCCURS")], true)]]),
      touchedRelations: [rejected],
      successors: new Map(),
      state: refs,
    });
    expect(plan.remove).toEqual([]);
    expect(plan.removeEdges).toEqual([rejected]);
    expect(plan.update.map((n) => n.key)).toEqual([HUB]);
  });

  it("leaves out a touched entity that is neither in view nor next to it", () => {
    const graph = view([HUB], []);
    const plan = planReconcile(graph, {
      answers: new Map([[B, graphOf([B, OTHER], [edge(B, OTHER)])]]),
      touchedRelations: [],
      successors: new Map(),
      state: { selected: null, expanded: [], pathFrom: null, pathTo: null },
    });
    expect(plan.add).toEqual([]);
  });

  it("brings back both entities of an undone merge next to their neighbours", () => {
    const graph = view([B, HUB], [edge(HUB, B)]);
    const plan = planReconcile(graph, {
      answers: new Map([
        [B, graphOf([B, HUB], [edge(HUB, B)])],
        [A, graphOf([A, HUB], [edge(HUB, A)])],
      ]),
      touchedRelations: [],
      successors: new Map([[B, [A]]]),
      state: { selected: B, expanded: [], pathFrom: null, pathTo: null },
    });
    expect(plan.add).toEqual([{ key: A, replaces: [] }]);
    expect(plan.addEdges.map((e) => e.key)).toEqual([relationKey(HUB, "ORGANIZED", A)]);
    expect(plan.state.selected).toBe(B);
  });
});

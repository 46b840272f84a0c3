// A play step redraws only what the date range change altered; any other change redraws the whole graph.

import { describe, expect, it } from "vitest";
import { dateStepChanges, type DrawnState } from "../../../../client/graph/date-step.js";
import { DEFAULT_FILTERS, nodesInDateRange, type Filters } from "../../../../client/graph/filters.js";
import { createExplorerGraph } from "../../../../client/graph/graph-model.js";
import { createEmphasis } from "../../../../client/graph/reducers.js";

const graph = createExplorerGraph();
const node = { kind: "entity", label: "n", entityType: "Organization", mentions: 1, documents: 1 } as const;
for (const key of ["a", "b", "c", "d"]) graph.addNode(key, { ...node, x: 0, y: 0, size: 1, color: "#000" });
const edge = (firstDate: string) =>
  ({
    kind: "relation",
    relation: "PARTNER_IN",
    weight: 1,
    rule: "r",
    stated: true,
    size: 1,
    color: "#000",
    firstDate,
  }) as const;
graph.addEdgeWithKey("ab", "a", "b", edge("2019-05-01"));
graph.addEdgeWithKey("bc", "b", "c", edge("2020-05-01"));
graph.addEdgeWithKey("cd", "c", "d", edge("2020-07-01"));

const emphasis = createEmphasis();
const state = (filters: Filters, extra: Partial<DrawnState["emphasis"]> = {}): DrawnState => ({
  emphasis: { ...emphasis, ...extra },
  filters,
  inDateRange: nodesInDateRange(graph, filters),
  order: graph.order,
  size: graph.size,
});

describe("date steps", () => {
  it("lists the nodes that enter or leave the range and the edges that pass or fail it or touch those nodes", () => {
    const in2019 = state({ ...DEFAULT_FILTERS, dateFrom: "2019", dateTo: "2019" });
    const in2020 = state({ ...in2019.filters, dateFrom: "2020", dateTo: "2020" });
    const changes = dateStepChanges(graph, in2019, in2020);
    expect(changes?.nodes.sort()).toEqual(["a", "c", "d"]);
    expect(changes?.edges.sort()).toEqual(["ab", "bc", "cd"]);
    const from2019 = state({ ...in2019.filters, dateTo: null });
    expect(dateStepChanges(graph, state(DEFAULT_FILTERS), from2019)).toEqual({ nodes: [], edges: [] });
  });

  it("redraws everything when more than the dates changed, or nothing was drawn yet", () => {
    const in2019 = state({ ...DEFAULT_FILTERS, dateFrom: "2019" });
    expect(dateStepChanges(graph, null, in2019)).toBeNull();
    expect(dateStepChanges(graph, in2019, state({ ...in2019.filters, hiddenTypes: ["Place"] }))).toBeNull();
    expect(dateStepChanges(graph, in2019, state({ ...in2019.filters, dateFrom: "2020" }, { hovered: "a" }))).toBeNull();
    expect(dateStepChanges(graph, in2019, { ...state({ ...in2019.filters, dateFrom: "2020" }), size: 9 })).toBeNull();
  });
});

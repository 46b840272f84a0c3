// The explorer's filters as predicates: entity and relation types, minimum weight, and a date range over relations.

import { describe, expect, it } from "vitest";
import {
  anyDated,
  DEFAULT_FILTERS,
  edgePasses,
  hasFilters,
  nodePasses,
  type Filters,
} from "../../../../client/graph/filters.js";

const edge = (extra: Partial<Parameters<typeof edgePasses>[0]> = {}) => ({
  relation: "COLLABORATES_WITH" as const,
  weight: 2,
  ...extra,
});
const filters = (extra: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...extra });

describe("client filters", () => {
  it("lets everything through by default", () => {
    expect(hasFilters(DEFAULT_FILTERS)).toBe(false);
    expect(nodePasses({ entityType: "Place" }, DEFAULT_FILTERS)).toBe(true);
    expect(edgePasses(edge(), DEFAULT_FILTERS)).toBe(true);
    expect(edgePasses(edge({ relation: undefined }), DEFAULT_FILTERS)).toBe(true);
  });

  it("hides entity types and relation types", () => {
    const f = filters({ hiddenTypes: ["Place"], hiddenRelations: ["CO_OCCURS"] });
    expect(hasFilters(f)).toBe(true);
    expect(nodePasses({ entityType: "Place" }, f)).toBe(false);
    expect(nodePasses({ entityType: "Person" }, f)).toBe(true);
    expect(edgePasses(edge({ relation: "CO_OCCURS" }), f)).toBe(false);
    expect(edgePasses(edge(), f)).toBe(true);
  });

  it("keeps relations of at least the minimum weight", () => {
    expect(edgePasses(edge({ weight: 2 }), filters({ minWeight: 2 }))).toBe(true);
    expect(edgePasses(edge({ weight: 1 }), filters({ minWeight: 2 }))).toBe(false);
  });

  it("keeps relations whose dates overlap the range, comparing partial dates by prefix", () => {
    const dated = edge({ firstDate: "2020-03-01", lastDate: "2021-01-11" });
    expect(edgePasses(dated, filters({ dateFrom: "2021" }))).toBe(true);
    expect(edgePasses(dated, filters({ dateFrom: "2021-02" }))).toBe(false);
    expect(edgePasses(dated, filters({ dateTo: "2020" }))).toBe(true);
    expect(edgePasses(dated, filters({ dateTo: "2019-12-31" }))).toBe(false);
    expect(edgePasses(dated, filters({ dateFrom: "2020-06", dateTo: "2020-09" }))).toBe(true);
    expect(
      edgePasses(edge({ firstDate: "2021-01-11" }), filters({ dateFrom: "2021-01-11", dateTo: "2021-01-11" })),
    ).toBe(true);
  });

  it("drops undated relations once a date range is set, as the server's neighbourhood filter does", () => {
    expect(edgePasses(edge(), filters({ dateFrom: "2020" }))).toBe(false);
    expect(edgePasses(edge(), filters({ dateTo: "2020" }))).toBe(false);
    expect(anyDated([edge(), edge()])).toBe(false);
    expect(anyDated([edge(), edge({ lastDate: "2021" })])).toBe(true);
  });
});

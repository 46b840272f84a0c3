// The edge lines subgraph.cypher sends in their source's row: parsed into graphology edges with their key, dates only when known.

import { describe, expect, it } from "vitest";
import { parseEdgeLine, relationKey } from "../../server/graph-repository.js";

const line = (...fields: string[]): string => fields.join("\u001f");

describe("parseEdgeLine", () => {
  it("reads a stated relation with its weight, rule and date span", () => {
    const edge = parseEdgeLine("Organization:辽源市政协", line("Project:百名委员联百企", "PARTNER_IN", "12", "partner-in-verb", "2021-01-11", "2023-02-01"));
    expect(edge).toEqual({
      key: relationKey("Organization:辽源市政协", "PARTNER_IN", "Project:百名委员联百企"),
      source: "Organization:辽源市政协",
      target: "Project:百名委员联百企",
      attributes: { relation: "PARTNER_IN", weight: 12, rule: "partner-in-verb", stated: true, firstDate: "2021-01-11", lastDate: "2023-02-01" },
    });
  });

  it("marks co-occurrence as not stated and leaves out dates a relation does not have", () => {
    const edge = parseEdgeLine("Person:张三", line("Topic:乡村振兴", "CO_OCCURS", "3", "", "", ""));
    expect(edge.attributes).toEqual({ relation: "CO_OCCURS", weight: 3, rule: "", stated: false });
  });
});

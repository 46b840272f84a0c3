// The edge lines subgraph.cypher sends in their source's row: written as graphology edges with their key, dates only when known.

import { describe, expect, it } from "vitest";
import { relationKey } from "../../../../common/domain.js";
import { createStringQuoter, edgeLinesToJson } from "../../../../server/repository/edge-lines.js";

const line = (...fields: string[]): string => fields.join("\u001f");
const edges = (source: string, ...lines: string[]): unknown[] =>
  JSON.parse(`[${edgeLinesToJson(source, lines, createStringQuoter())}]`) as unknown[];

describe("edgeLinesToJson", () => {
  it("writes a stated relation with its key, weight, rule and date span", () => {
    expect(
      edges(
        "Organization:辽源市政协",
        line("Project:百名委员联百企", "PARTNER_IN", "12", "partner-in-verb", "2021-01-11", "2023-02-01"),
      ),
    ).toEqual([
      {
        key: relationKey("Organization:辽源市政协", "PARTNER_IN", "Project:百名委员联百企"),
        source: "Organization:辽源市政协",
        target: "Project:百名委员联百企",
        attributes: {
          relation: "PARTNER_IN",
          weight: 12,
          rule: "partner-in-verb",
          stated: true,
          firstDate: "2021-01-11",
          lastDate: "2023-02-01",
        },
      },
    ]);
  });

  it("marks co-occurrence as not stated and leaves out dates a relation does not have", () => {
    const [edge] = edges("Person:张三", line("Topic:乡村振兴", "CO_OCCURS", "3", "", "", "")) as Array<{
      attributes: unknown;
    }>;
    expect(edge?.attributes).toEqual({ relation: "CO_OCCURS", weight: 3, rule: "", stated: false });
  });

  it("escapes keys that hold JSON's quotes, backslashes and control characters, in the key as well", () => {
    const source = 'Organization:"智库"\\研究会';
    const target = "Topic:一\t二\n三";
    const [edge] = edges(source, line(target, "ADDRESSES", "2.5", "r", "", "2022-01-01")) as Array<{
      key: string;
      source: string;
      target: string;
      attributes: unknown;
    }>;
    expect(edge).toMatchObject({ key: relationKey(source, "ADDRESSES", target), source, target });
    expect(edge?.attributes).toEqual({
      relation: "ADDRESSES",
      weight: 2.5,
      rule: "r",
      stated: true,
      lastDate: "2022-01-01",
    });
  });

  it("reads a line that ends early or has an empty weight as weight 1 without a rule or dates", () => {
    const written = edges(
      "Place:辽源市",
      line("Place:东丰县", "PART_OF", ""),
      line("Place:东辽县", "LOCATED_IN"),
    ) as Array<{ attributes: unknown }>;
    expect(written.map((e) => e.attributes)).toEqual([
      { relation: "PART_OF", weight: 1, rule: "", stated: true },
      { relation: "LOCATED_IN", weight: 1, rule: "", stated: true },
    ]);
  });

  it("writes every line of a source, separated by commas, and nothing for none", () => {
    const written = edges(
      "Place:辽源市",
      line("Place:东丰县", "PART_OF", "1"),
      line("Place:东辽县", "CO_OCCURS", "4"),
    ) as Array<{ target: string }>;
    expect(written.map((e) => e.target)).toEqual(["Place:东丰县", "Place:东辽县"]);
    expect(edgeLinesToJson("Place:辽源市", [], createStringQuoter())).toBe("");
  });
});

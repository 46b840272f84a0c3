// /api/paths along stated relations and through the types asked for, and /api/evidence naming the inferred ends,
// over the sample report in a real Neo4j.

import { describe, expect, it } from "vitest";
import type { EntityType, EvidenceItem, PathsResult } from "../../common/api.js";
import { useSampleApi } from "../helpers/sample-api.js";

const api = useSampleApi();

const get = <T>(path: string, params: Record<string, string>) =>
  api.get<T>(`${path}?${new URLSearchParams(params).toString()}`);

const COLLEGE = "Organization:长春中医药大学药学院";
const BANK = "Organization:吉林省兴业银行";
const CITY_CPPCC = "Organization:辽源市政协";
const paths = (params: Record<string, string>) =>
  get<PathsResult>("/api/paths", { from: COLLEGE, to: BANK, maxHops: "6", k: "10", ...params });
const typeOf = (body: PathsResult) => new Map(body.graph.nodes.map((n) => [n.key, n.attributes.entityType]));

describe("GET /api/paths: what a path may pass through", () => {
  it("follows stated relations only by default, where co-occurrence would run the path through 辽源市", async () => {
    const { status, body } = await paths({});
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths)
      for (const edge of path.edges) {
        expect(edge.relation).not.toBe("CO_OCCURS");
        expect(edge.stated).toBe(true);
      }
    const admitted = await paths({ cooccurrence: "true" });
    const shortest = admitted.body.paths[0];
    expect(shortest?.edges.some((e) => e.relation === "CO_OCCURS" && !e.stated)).toBe(true);
    expect(shortest?.nodes).toContain("Place:辽源市");
    expect(shortest?.edges.length).toBeLessThan(body.paths[0]?.edges.length ?? 0);
  });

  it("passes only through the entity types asked for, the ends whatever their type", async () => {
    const types: EntityType[] = ["Organization", "Person", "Project"];
    const { body } = await paths({ cooccurrence: "true", types: types.join(",") });
    expect(body.paths.length).toBeGreaterThan(0);
    const typeOfNode = typeOf(body);
    for (const path of body.paths)
      for (const node of path.nodes.slice(1, -1)) expect(types).toContain(typeOfNode.get(node));
    // A place as an end: the bank collaborates with 辽源市 itself.
    const fromPlace = await get<PathsResult>("/api/paths", { from: "Place:辽源市", to: BANK, types: "Organization" });
    expect(fromPlace.body.paths[0]?.nodes).toEqual(["Place:辽源市", BANK]);
  });

  it("draws every node and every relation of every path", async () => {
    const { body } = await paths({});
    const drawnNodes = new Set(body.graph.nodes.map((n) => n.key));
    const drawnEdges = new Set(body.graph.edges.map((e) => e.key));
    for (const path of body.paths) {
      for (const node of path.nodes) expect(drawnNodes).toContain(node);
      for (const edge of path.edges) expect(drawnEdges).toContain(edge.key);
    }
  });

  it("finds no path, without an error, when the relation types asked for are only co-occurrence and it is not admitted", async () => {
    const { status, body } = await paths({ relations: "CO_OCCURS" });
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
  });

  it("refuses an unknown entity type and documents the new parameters in OpenAPI", async () => {
    expect((await paths({ types: "Planet" })).status).toBe(400);
    expect((await paths({ cooccurrence: "yes" })).status).toBe(400);
    const { body } = await get<{
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { default?: unknown } }> } }>;
    }>("/api/openapi.json", {});
    const parameters = body.paths["/api/paths"]?.get.parameters ?? [];
    expect(parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["relations", "types", "cooccurrence"]));
    expect(parameters.find((p) => p.name === "cooccurrence")?.schema.default).toBe("false");
  });
});

describe("GET /api/evidence: the ends a sentence never names", () => {
  const evidence = (target: string) =>
    get<{ items: EvidenceItem[] }>("/api/evidence", { source: CITY_CPPCC, target, type: "COLLABORATES_WITH" });

  it("marks 辽源市政协 as inferred in 「与长春师范大学联合开展…」, which names only the partner", async () => {
    const { body } = await evidence("Organization:长春师范大学");
    const item = body.items.find((i) => i.sentence.text.startsWith("与长春师范大学联合开展"));
    expect(item).toBeDefined();
    expect(item?.inferred).toEqual([CITY_CPPCC]);
    expect(item?.mentions.map((m) => m.entity)).toEqual(["Organization:长春师范大学"]);
  });

  it("marks no end as inferred when the sentence names both (省政协 … 辽源政协)", async () => {
    const { body } = await evidence("Organization:吉林省政协");
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.inferred).toEqual([]);
      expect(new Set(item.mentions.map((m) => m.entity))).toEqual(new Set([CITY_CPPCC, "Organization:吉林省政协"]));
    }
  });
});

// The organizations projection over the sample report: bodies linked by shared projects, beside stated collaborations.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { ApiError } from "../../common/api.js";
import type { ProjectionLink, SerializedProjectionGraph } from "../../common/projection-api.js";
import { useSampleApi } from "../helpers/sample-api.js";

const api = useSampleApi();
const get = <T>(pathAndQuery: string) => api.get<T>(pathAndQuery);

const keyOf = (graph: SerializedProjectionGraph, name: string): string => {
  const node = graph.nodes.find((n) => n.attributes.label === name);
  if (!node) throw new Error(`no node named ${name} in ${graph.nodes.map((n) => n.attributes.label).join(", ")}`);
  return node.key;
};

const sharedBetween = (graph: SerializedProjectionGraph, a: string, b: string) =>
  graph.edges.find(
    (e) =>
      e.attributes.link === "shared-projects" &&
      ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
  );

describe("GET /api/projection/organizations", () => {
  it("refuses a malformed date and a minShared below one, naming the parameter", async () => {
    for (const [query, name] of [
      ["from=last-year", "from"],
      ["minShared=0", "minShared"],
      ["limit=0", "limit"],
    ]) {
      const { status, body } = await get<ApiError>(`/api/projection/organizations?${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toContain(name);
    }
  });

  it("is documented in the OpenAPI document with its parameters", async () => {
    const { body } = await get<{ paths: Record<string, { get: { parameters: Array<{ name: string }> } }> }>(
      "/api/openapi.json",
    );
    const names = (path: string) => body.paths[path]?.get.parameters.map((p) => p.name).sort();
    expect(names("/api/projection/organizations")).toEqual(["from", "limit", "minShared", "to"]);
    expect(names("/api/projection/link")).toEqual(["a", "b", "from", "limit", "to"]);
  });

  it("links two universities by the project they both take part in, where no sentence says they collaborate", async () => {
    const { status, body } = await get<SerializedProjectionGraph>("/api/projection/organizations");
    expect(status).toBe(200);
    expect(body.attributes.view).toBe("organizations");
    expect(body.nodes.length).toBeGreaterThan(2);
    expect(body.nodes.every((n) => n.attributes.entityType === "Organization")).toBe(true);
    const a = keyOf(body, "长春大学");
    const b = keyOf(body, "长春师范大学");
    const link = sharedBetween(body, a, b);
    expect(link?.attributes).toMatchObject({ link: "shared-projects", weight: 1 });
    expect(link?.attributes.link === "shared-projects" && link.attributes.projectNames).toEqual([
      "辽源市自然历史文化挖掘与整理数据化项目",
    ]);
    const stated = body.edges.filter((e) => e.attributes.link === "stated");
    expect(stated.some((e) => [e.source, e.target].includes(a) && [e.source, e.target].includes(b))).toBe(false);
  });

  it("marks the stated collaborations among the same organizations apart from the shared-project links", async () => {
    const { body } = await get<SerializedProjectionGraph>("/api/projection/organizations");
    const cppcc = keyOf(body, "辽源市政协");
    const university = keyOf(body, "长春大学");
    const stated = body.edges.filter((e) => e.attributes.link === "stated");
    expect(stated.length).toBeGreaterThan(0);
    for (const e of stated) expect(e.attributes).toMatchObject({ relation: "COLLABORATES_WITH", stated: true });
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(stated.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
    // One pair can have both: a stated collaboration and a shared project, two edges told apart by `link`.
    expect(sharedBetween(body, cppcc, university)).toBeDefined();
    expect(stated.some((e) => e.source === cppcc && e.target === university)).toBe(true);
    // The sample's shared-project links are heaviest first, and graphology imports the graph as it is.
    const graph = new Graph({ type: "directed", multi: true });
    graph.import(body);
    expect(graph.size).toBe(body.edges.length);
  });

  it("counts a project only when both ties have evidence in the date range", async () => {
    const all = await get<SerializedProjectionGraph>("/api/projection/organizations");
    const inYear = await get<SerializedProjectionGraph>("/api/projection/organizations?from=2021&to=2021");
    expect(inYear.body.edges.length).toBe(all.body.edges.length);
    expect(inYear.body.attributes).toMatchObject({ from: "2021", to: "2021" });
    for (const query of ["from=2022", "to=2020-12", "from=2021-02&to=2021-12"]) {
      const { body } = await get<SerializedProjectionGraph>(`/api/projection/organizations?${query}`);
      expect(body.nodes, query).toHaveLength(0);
      expect(body.edges, query).toHaveLength(0);
    }
  });

  it("keeps the `limit` strongest pairs and says it cut, and drops pairs below minShared", async () => {
    const { body } = await get<SerializedProjectionGraph>("/api/projection/organizations?limit=1");
    expect(body.edges.filter((e) => e.attributes.link === "shared-projects")).toHaveLength(1);
    expect(body.attributes.truncated).toBe(true);
    const strict = await get<SerializedProjectionGraph>("/api/projection/organizations?minShared=50");
    expect(strict.body.edges).toHaveLength(0);
  });
});

describe("GET /api/projection/link", () => {
  it("lists the shared projects of a pair with the sentences that tie each body to each project", async () => {
    const { body: graph } = await get<SerializedProjectionGraph>("/api/projection/organizations");
    const a = keyOf(graph, "长春大学");
    const b = keyOf(graph, "长春师范大学");
    const { status, body } = await get<ProjectionLink>(
      `/api/projection/link?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
    );
    expect(status).toBe(200);
    expect(body.a).toEqual({ key: a, name: "长春大学" });
    expect(body.projects.map((p) => p.project.name)).toEqual(["辽源市自然历史文化挖掘与整理数据化项目"]);
    const [project] = body.projects;
    expect(project?.ties.map((t) => t.organization).sort()).toEqual([a, b].sort());
    for (const tie of project?.ties ?? []) {
      expect(tie.relations).toContain("PARTNER_IN");
      expect(tie.total).toBeGreaterThan(0);
      const [item] = tie.evidence;
      expect(item?.sentence.text).toContain("辽源市自然历史文化挖掘与整理数据化项目");
      expect(item?.document.date).toBe("2021-01-11");
      // Both the body and the project are marked in the sentence.
      expect(item?.mentions.map((m) => m.entity)).toEqual(
        expect.arrayContaining([tie.organization, project?.project.key]),
      );
    }
  });

  it("lists nothing outside the date range, and answers unknown or equal ends with 404 and 400", async () => {
    const { body: graph } = await get<SerializedProjectionGraph>("/api/projection/organizations");
    const a = encodeURIComponent(keyOf(graph, "长春大学"));
    const b = encodeURIComponent(keyOf(graph, "长春师范大学"));
    const late = await get<ProjectionLink>(`/api/projection/link?a=${a}&b=${b}&from=2022`);
    expect(late.status).toBe(200);
    expect(late.body.projects).toEqual([]);
    const unknown = await get<ApiError>(`/api/projection/link?a=${a}&b=Organization:不存在的机构`);
    expect(unknown.status).toBe(404);
    const same = await get<ApiError>(`/api/projection/link?a=${a}&b=${a}`);
    expect(same.status).toBe(400);
  });

  it("drops a pair when only one of its ties has evidence in the range", async () => {
    const { body: graph } = await get<SerializedProjectionGraph>("/api/projection/organizations");
    const university = keyOf(graph, "长春大学");
    // A later document where another body joins the same project: its tie is dated 2023, 长春大学's 2021.
    const session = api.db.driver.session({ database: api.db.database });
    try {
      await session.run(
        `MATCH (p:Project {name: $project})
         CREATE (d:Document {key: 'doc:projection-2023', title: '2023 年报告', path: 'x.txt', date: '2023-05-01'})
         CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {key: 'sentence:projection-2023', index: 0, text: '测试研究院参与该项目。', start: 0, end: 11})
         CREATE (o:Entity:Organization {key: 'Organization:测试研究院', name: '测试研究院', type: 'Organization', mentions: 1, documents: 1})
         CREATE (o)-[:PARTNER_IN {weight: 1, rule: 'test', sentences: [s.key], firstDate: d.date, lastDate: d.date}]->(p)`,
        { project: "辽源市自然历史文化挖掘与整理数据化项目" },
      );
    } finally {
      await session.close();
    }
    const newcomer = "Organization:测试研究院";
    const all = await get<SerializedProjectionGraph>("/api/projection/organizations");
    expect(sharedBetween(all.body, newcomer, university)).toBeDefined();
    for (const query of ["from=2023", "from=2021&to=2021"]) {
      const { body } = await get<SerializedProjectionGraph>(`/api/projection/organizations?${query}`);
      expect(sharedBetween(body, newcomer, university), query).toBeUndefined();
    }
    const link = await get<ProjectionLink>(
      `/api/projection/link?a=${encodeURIComponent(newcomer)}&b=${encodeURIComponent(university)}`,
    );
    expect(link.body.projects).toHaveLength(1);
    const inYear = await get<ProjectionLink>(
      `/api/projection/link?a=${encodeURIComponent(newcomer)}&b=${encodeURIComponent(university)}&from=2023`,
    );
    expect(inYear.body.projects).toEqual([]);
  });
});

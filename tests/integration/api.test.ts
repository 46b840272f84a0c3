// The HTTP API over a real graph: the capped entity graph in graphology's format, and JSON errors.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Graph from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ApiError,
  DocumentSummary,
  CommunityNodeAttributes,
  EntityDetails,
  EvidenceItem,
  GraphStats,
  MentionItem,
  PathsResult,
  SearchHit,
  SerializedCommunityGraph,
  SerializedEntityGraph,
} from "../../common/api.js";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/pipeline/ingest-documents.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";

const db = openTestGraph();
let server: Awaited<ReturnType<typeof serveExplorer>>;

beforeAll(async () => {
  await loadSampleReport(db);
  server = await serveExplorer(db);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

async function get<T>(pathAndQuery: string): Promise<{ status: number; body: T }> {
  const response = await fetch(server.url + pathAndQuery);
  return { status: response.status, body: (await response.json()) as T };
}

describe("GET /api/graph", () => {
  it("returns at most `limit` entities, the most mentioned first, with a truncated flag", async () => {
    const { status, body } = await get<SerializedEntityGraph>("/api/graph?limit=10");
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(10);
    expect(body.attributes.truncated).toBe(true);
    expect(body.attributes.totalEntities).toBeGreaterThan(10);
    const mentions = body.nodes.map((n) => n.attributes.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it("imports into graphology as it is, every edge joining two returned entities", async () => {
    const { body } = await get<SerializedEntityGraph>("/api/graph?limit=1000");
    const graph = new Graph({ type: "directed", multi: true });
    graph.import(body);
    expect(graph.order).toBe(body.nodes.length);
    expect(graph.size).toBe(body.edges.length);
    expect(graph.size).toBeGreaterThan(0);
    expect(body.attributes.truncated).toBe(false);
  });

  it("answers a bad limit with 400 and a message naming the parameter", async () => {
    for (const bad of ["abc", "0", "999999"]) {
      const { status, body } = await get<ApiError>(`/api/graph?limit=${bad}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("bad-parameter");
      expect(body.error.message).toContain("limit");
    }
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const { status, body } = await get<ApiError>("/api/no-such-thing");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not-found");
  });
});

describe("GET /api/search", () => {
  it("finds the city's CPPCC by an abbreviation through the cjk index, with its canonical name", async () => {
    const { status, body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("市政协")}`);
    expect(status).toBe(200);
    const first = body.results[0];
    expect(first?.type).toBe("Organization");
    expect(first?.aliases).toContain("市政协");
  });

  it("matches one- and two-character queries by containment, exact names first", async () => {
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("辽源")}&limit=5`);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((hit) => hit.name.includes("辽源") || hit.aliases.some((a) => a.includes("辽源")))).toBe(
      true,
    );
  });

  it("filters by type and treats Lucene syntax in the query as text", async () => {
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("发展")}&type=Topic`);
    expect(body.results.every((hit) => hit.type === "Topic")).toBe(true);
    const odd = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent('政协 AND (x OR "')}`);
    expect(odd.status).toBe(200);
    // The operator words alone, or dangling, are words too (issue 23, item 1).
    for (const words of ["AND", "OR", "NOT", "辽源 AND", "OR OR", "NOT 政协", "AND AND AND"])
      expect((await get(`/api/search?q=${encodeURIComponent(words)}`)).status, words).toBe(200);
  });

  it("refuses an empty query and an unknown type, naming the parameter", async () => {
    expect((await get<ApiError>("/api/search?q=")).body.error.message).toContain("q");
    expect((await get<ApiError>("/api/search?q=abc&type=Animal")).body.error.message).toContain("type");
  });
});

describe("GET /api/entities/:id and its neighbourhood", () => {
  async function cityCppcc(): Promise<SearchHit> {
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("市政协")}`);
    return body.results[0] as SearchHit;
  }

  it("describes an entity with its documents and its stated relations first", async () => {
    const hit = await cityCppcc();
    const { status, body } = await get<EntityDetails>(`/api/entities/${encodeURIComponent(hit.key)}`);
    expect(status).toBe(200);
    expect(body.inDocuments).toHaveLength(1);
    expect(body.relations[0]?.relation).not.toBe("CO_OCCURS");
    expect(body.relations.some((r) => r.relation === "COLLABORATES_WITH")).toBe(true);
  });

  it("answers an unknown entity with a JSON 404", async () => {
    const { status, body } = await get<ApiError>("/api/entities/Organization%3A%E4%B8%8D%E5%AD%98%E5%9C%A8");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not-found");
  });

  it("returns the neighbourhood in graphology's format, filtered and capped with a truncated flag", async () => {
    const hit = await cityCppcc();
    const path = `/api/entities/${encodeURIComponent(hit.key)}/neighborhood`;
    const all = await get<SerializedEntityGraph>(`${path}?depth=2`);
    expect(all.body.attributes.center).toBe(hit.key);
    const graph = new Graph({ type: "directed", multi: true });
    graph.import(all.body);
    expect(graph.hasNode(hit.key)).toBe(true);

    const capped = await get<SerializedEntityGraph>(`${path}?depth=2&limit=5`);
    expect(capped.body.nodes).toHaveLength(5);
    expect(capped.body.attributes.truncated).toBe(true);

    const collaborators = await get<SerializedEntityGraph>(`${path}?relations=COLLABORATES_WITH&types=Organization`);
    expect(collaborators.body.edges.every((e) => e.attributes.relation === "COLLABORATES_WITH")).toBe(true);
    expect(collaborators.body.nodes.every((n) => n.attributes.entityType === "Organization")).toBe(true);
    expect(collaborators.body.nodes.length).toBeGreaterThan(1);
  });

  it("holds every entity within `depth` relations and every relation among them, and when capped the strongest", async () => {
    const whole = new Graph({ type: "directed", multi: true });
    whole.import((await get<SerializedEntityGraph>("/api/graph?limit=5000")).body);
    const center = (await cityCppcc()).key;
    const path = `/api/entities/${encodeURIComponent(center)}/neighborhood`;
    let ring = new Set([center]);
    const within = new Set(ring);
    for (const depth of [1, 2, 3]) {
      ring = new Set([...ring].flatMap((key) => whole.neighbors(key)).filter((key) => !within.has(key)));
      for (const key of ring) within.add(key);
      const response = await fetch(`${server.url}${path}?depth=${depth}&limit=1000`);
      const body = (await response.json()) as SerializedEntityGraph;
      expect(body.attributes.truncated).toBe(false);
      expect(new Set(body.nodes.map((n) => n.key))).toEqual(within);
      expect(body.edges.map((e) => e.key).sort()).toEqual(
        whole.filterEdges((_e, _a, source, target) => within.has(source) && within.has(target)).sort(),
      );
    }

    // Capped at the centre and four neighbours: no neighbour left out is more strongly related than one kept.
    const strongest = (key: string) =>
      Math.max(
        ...whole
          .edges(center, key)
          .concat(whole.edges(key, center))
          .map((e) => whole.getEdgeAttribute(e, "weight") as number),
      );
    const cappedResponse = await fetch(`${server.url}${path}?depth=1&limit=5`);
    // A small graph goes in one piece (one of more than 128 K characters in pieces, as tests/unit/streamed-graph.test.ts shows).
    expect(cappedResponse.headers.get("content-length")).not.toBeNull();
    const capped = (await cappedResponse.json()) as SerializedEntityGraph;
    expect(capped.attributes.truncated).toBe(true);
    const kept = capped.nodes.map((n) => n.key).slice(1);
    const left = whole.neighbors(center).filter((key) => !kept.includes(key));
    expect(kept).toHaveLength(4);
    expect(Math.min(...kept.map(strongest))).toBeGreaterThanOrEqual(Math.max(...left.map(strongest)));
  });

  it("dates each relation by the documents that support it, so a client can filter by date", async () => {
    const hit = await cityCppcc();
    const { body } = await get<SerializedEntityGraph>(`/api/entities/${encodeURIComponent(hit.key)}/neighborhood`);
    expect(body.edges.length).toBeGreaterThan(0);
    // The sample report is dated 2021-01-11 by its date line.
    for (const edge of body.edges)
      expect(edge.attributes).toMatchObject({ firstDate: "2021-01-11", lastDate: "2021-01-11" });
  });

  it("filters a neighbourhood by minimum weight and by date range, each alone and together", async () => {
    const hit = await cityCppcc();
    const path = `/api/entities/${encodeURIComponent(hit.key)}/neighborhood?depth=2&limit=1000`;
    const all = (await get<SerializedEntityGraph>(path)).body;
    const strong = (await get<SerializedEntityGraph>(`${path}&minWeight=2`)).body;
    expect(strong.edges.length).toBeGreaterThan(0);
    expect(strong.edges.length).toBeLessThan(all.edges.length);
    expect(strong.edges.every((e) => e.attributes.weight >= 2)).toBe(true);
    // The sample report is dated 2021-01-11: a range around it keeps everything, one after it keeps only the centre.
    const within = (await get<SerializedEntityGraph>(`${path}&from=2021-01-01&to=2021-12-31`)).body;
    expect(within.edges.map((e) => e.key).sort()).toEqual(all.edges.map((e) => e.key).sort());
    const later = (await get<SerializedEntityGraph>(`${path}&from=2022-01-01`)).body;
    expect(later.nodes.map((n) => n.key)).toEqual([hit.key]);
    expect(later.edges).toEqual([]);
    const earlier = (await get<SerializedEntityGraph>(`${path}&to=2020-12-31&minWeight=2`)).body;
    expect(earlier.nodes.map((n) => n.key)).toEqual([hit.key]);
  });

  it("refuses a depth above 3 and an unknown relation type", async () => {
    const hit = await cityCppcc();
    const path = `/api/entities/${encodeURIComponent(hit.key)}/neighborhood`;
    expect((await get<ApiError>(`${path}?depth=4`)).status).toBe(400);
    expect((await get<ApiError>(`${path}?relations=LIKES`)).body.error.message).toContain("relations");
  });
});

describe("GET /api/evidence, /api/documents, /api/stats", () => {
  it("gives the sentences behind a collaboration with both entities' mention offsets", async () => {
    const { body: stats } = await get<GraphStats>("/api/stats");
    const pair = stats.topCollaborations[0];
    expect(pair).toBeDefined();
    const { body } = await get<{ items: EvidenceItem[] }>(
      `/api/evidence?source=${encodeURIComponent(pair?.source ?? "")}&target=${encodeURIComponent(pair?.target ?? "")}&type=COLLABORATES_WITH`,
    );
    expect(body.items.length).toBeGreaterThan(0);
    const item = body.items[0] as EvidenceItem;
    expect(item.relations).toContain("COLLABORATES_WITH");
    for (const m of item.mentions)
      expect(item.sentence.text.slice(m.start - item.sentence.start, m.end - item.sentence.start)).toBe(m.surface);
  });

  it("lists documents with their date and counts, and the graph's stats", async () => {
    const { body } = await get<{ documents: DocumentSummary[] }>("/api/documents");
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({ date: "2021-01-11", sentences: 188 });
    const stats = await get<GraphStats>("/api/stats");
    expect(stats.body.documents.total).toBe(1);
    const overview = await get<SerializedEntityGraph>("/api/graph?limit=5000");
    expect(stats.body.entities.reduce((sum, e) => sum + e.count, 0)).toBe(overview.body.attributes.totalEntities);
  });
});

describe("GET /api/paths and /api/entities/:id/mentions", () => {
  async function firstHit(q: string, type: string): Promise<SearchHit> {
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&type=${type}`);
    return body.results[0] as SearchHit;
  }

  it("finds short paths between two bodies through entities only, each step a relation of the graph", async () => {
    const [a, b] = await Promise.all([
      firstHit("市政协", "Organization"),
      firstHit("长春中医药大学药学院", "Organization"),
    ]);
    const { status, body } = await get<PathsResult>(
      `/api/paths?from=${encodeURIComponent(a.key)}&to=${encodeURIComponent(b.key)}&maxHops=3&k=3`,
    );
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe(a.key);
      expect(path.nodes.at(-1)).toBe(b.key);
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      expect(path.nodes.length - 1).toBeLessThanOrEqual(3);
    }
    const lengths = body.paths.map((p) => p.nodes.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(body.graph.nodes.map((n) => n.key)).toContain(b.key);
  });

  it("answers an unknown endpoint with 404 and maxHops above 6 with 400", async () => {
    const a = await firstHit("市政协", "Organization");
    expect((await get<ApiError>(`/api/paths?from=${encodeURIComponent(a.key)}&to=nobody`)).status).toBe(404);
    expect(
      (await get<ApiError>(`/api/paths?from=${encodeURIComponent(a.key)}&to=x&maxHops=9`)).body.error.message,
    ).toContain("maxHops");
  });

  it("pages through an entity's mentions in their sentences", async () => {
    const a = await firstHit("市政协", "Organization");
    const { body } = await get<{ total: number; items: MentionItem[] }>(
      `/api/entities/${encodeURIComponent(a.key)}/mentions?pageSize=3`,
    );
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(3);
    for (const item of body.items) {
      expect(
        item.sentence.text.slice(item.mention.start - item.sentence.start, item.mention.end - item.sentence.start),
      ).toBe(item.mention.surface);
    }
  });
});

describe("HTTP hardening", () => {
  it("sends security headers and compresses large JSON responses", async () => {
    const response = await fetch(`${server.url}/api/graph?limit=1000`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("worker-src 'self' blob:");
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers a malformed percent-encoding with 400, not 500", async () => {
    const { status, body } = await get<ApiError>("/api/entities/%E4%B8");
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad-request");
  });
});

describe("GET /api/export", () => {
  async function download(
    query: string,
  ): Promise<{ status: number; type: string; text: string; truncated: string | null }> {
    const response = await fetch(`${server.url}/api/export?${query}`);
    return {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      text: await response.text(),
      truncated: response.headers.get("x-kg-truncated"),
    };
  }

  it("writes GEXF that graphology reads back with every node and edge", async () => {
    const { body: json } = await get<SerializedEntityGraph>("/api/graph?limit=5000");
    const { status, type, text } = await download("format=gexf");
    expect(status).toBe(200);
    expect(type).toContain("gexf");
    const { parse } = await import("graphology-gexf");
    const graph = parse(Graph, text);
    expect(graph.order).toBe(json.nodes.length);
    expect(graph.size).toBe(json.edges.length);
  });

  it("writes GraphML with typed keys and escaped Chinese labels", async () => {
    const { text } = await download("format=graphml&limit=20");
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('attr.name="weight" attr.type="double"');
    expect((text.match(/<node /g) ?? []).length).toBe(20);
    expect(text).toMatch(/<data key="label">[^<]*[\u4e00-\u9fff]/);
  });

  it("writes CSV node and edge tables a spreadsheet opens as UTF-8, and a neighbourhood as JSON", async () => {
    const bytes = new Uint8Array(await (await fetch(`${server.url}/api/export?format=csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const edges = await download("format=csv");
    expect(edges.text.startsWith("Source,Target,Source name,Target name,Relation,Weight")).toBe(true);
    const nodes = await download("format=csv&table=nodes&limit=10");
    expect(nodes.text.trim().split("\n")).toHaveLength(11);
    expect(nodes.truncated).toBe("true");
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("市政协")}`);
    const center = body.results[0]?.key ?? "";
    const json = await download(`format=json&center=${encodeURIComponent(center)}&depth=1`);
    expect((JSON.parse(json.text) as SerializedEntityGraph).attributes.center).toBe(center);
  });

  it("refuses an unknown format, naming the parameter", async () => {
    const { status, body } = await get<ApiError>("/api/export?format=xlsx");
    expect(status).toBe(400);
    expect(body.error.message).toContain("format");
  });
});

describe("GET /api/openapi.json", () => {
  it("documents every endpoint with parameter ranges taken from the validation schemas", async () => {
    const { status, body } = await get<{
      openapi: string;
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { maximum?: number } }> } }>;
    }>("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    for (const path of [
      "/api/search",
      "/api/entities/{id}/neighborhood",
      "/api/paths",
      "/api/evidence",
      "/api/export",
      "/api/stats",
      "/api/documents",
    ]) {
      expect(body.paths[path]).toBeDefined();
    }
    const depth = body.paths["/api/entities/{id}/neighborhood"]?.get.parameters.find((p) => p.name === "depth");
    expect(depth?.schema.maximum).toBe(3);
  });
});

describe("GET /api/overview", () => {
  it("ranks entities by degree or weighted degree and caps them, with the relations among them", async () => {
    const byDegree = await get<SerializedEntityGraph>("/api/overview?measure=degree&limit=10&view=entities");
    expect(byDegree.status).toBe(200);
    expect(byDegree.body.nodes).toHaveLength(10);
    expect(byDegree.body.attributes).toMatchObject({ truncated: true, measure: "degree" });
    const full = new Graph({ type: "directed", multi: true });
    full.import((await get<SerializedEntityGraph>("/api/graph?limit=5000")).body);
    const degrees = byDegree.body.nodes.map((n) => full.degree(n.key));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const weighted = await get<SerializedEntityGraph>("/api/overview?measure=weightedDegree&limit=5&view=entities");
    expect(weighted.body.nodes).toHaveLength(5);
    expect((await get<ApiError>("/api/overview?measure=pagerankish")).body.error.message).toContain("measure");
  });

  it("ranks by PageRank and gives each entity its community and score", async () => {
    const { body } = await get<SerializedEntityGraph>("/api/overview?measure=pagerank&limit=20&view=entities");
    expect(body.attributes).toMatchObject({ view: "entities", measure: "pagerank", truncated: true });
    const scores = body.nodes.map((n) => n.attributes.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.nodes.every((n) => Number.isInteger(n.attributes.community))).toBe(true);
  });

  it("shows the graph as communities when it holds more entities than the cap, and drills down into one", async () => {
    const all = await get<SerializedEntityGraph>("/api/overview?limit=5000");
    expect(all.body.attributes.view).toBe("entities");
    const total = all.body.nodes.length;

    const { body } = await get<SerializedCommunityGraph>("/api/overview?limit=8");
    expect(body.attributes).toMatchObject({ view: "communities", totalEntities: total });
    expect(body.nodes.length).toBeLessThanOrEqual(8);
    const sizes = body.nodes.map((n) => n.attributes.members);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const community = body.nodes[0]?.attributes as CommunityNodeAttributes;
    expect(community.label).toContain(community.topMembers[0]);
    for (const edge of body.edges) expect(edge.attributes.weight).toBeGreaterThan(0);

    // Isolated pairs and single entities are counted, not drawn: every community shown is larger or linked.
    const whole = (await get<SerializedCommunityGraph>("/api/overview?view=communities&limit=5000")).body;
    const linked = new Set(whole.edges.flatMap((e) => [e.source, e.target]));
    expect(whole.nodes.every((n) => n.attributes.members > 2 || linked.has(n.key))).toBe(true);
    expect(whole.nodes.length + whole.attributes.isolatedCommunities).toBe(whole.attributes.totalCommunities);
    expect(whole.nodes.reduce((sum, n) => sum + n.attributes.members, 0) + whole.attributes.isolatedEntities).toBe(
      total,
    );

    // Each community keeps its strongest links (5 unless asked); asking for more than any has gives them all.
    expect(whole.attributes.linksPerCommunity).toBe(5);
    expect(whole.edges.length).toBeLessThanOrEqual(whole.attributes.totalLinks);
    const allLinks = (
      await get<SerializedCommunityGraph>("/api/overview?view=communities&limit=5000&linksPerCommunity=20000")
    ).body;
    expect(allLinks.edges).toHaveLength(allLinks.attributes.totalLinks);
    expect(allLinks.attributes.totalLinks).toBe(whole.attributes.totalLinks);

    const drill = await get<SerializedEntityGraph>(
      `/api/overview?community=${community.community}&limit=500&measure=pagerank`,
    );
    const found = await get<{ results: SearchHit[] }>(
      `/api/search?q=${encodeURIComponent(community.topMembers[0] as string)}`,
    );
    expect(found.body.results.find((hit) => hit.name === community.topMembers[0])?.community).toBe(community.community);
    expect(drill.body.attributes).toMatchObject({ view: "entities", community: community.community, truncated: false });
    expect(drill.body.nodes).toHaveLength(community.members);
    expect(drill.body.nodes.every((n) => n.attributes.community === community.community)).toBe(true);
    expect(drill.body.nodes[0]?.attributes.label).toBe(community.topMembers[0]);
  });

  it("sends the communities view alike to any client, with one validator and a 304 for a browser that holds it", async () => {
    const plain = await fetch(`${server.url}/api/overview?view=communities`, {
      headers: { "accept-encoding": "identity" },
    });
    const zipped = await fetch(`${server.url}/api/overview?view=communities`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(zipped.headers.get("content-type")).toContain("application/json");
    const view = (await zipped.json()) as SerializedCommunityGraph;
    expect(view.attributes.view).toBe("communities");
    expect(view).toEqual(await plain.json());
    const etag = zipped.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    expect(plain.headers.get("etag")).toBe(etag);
    // As a browser revalidating: fetch marks a conditional request no-cache unless it names its own Cache-Control.
    const revalidated = await fetch(`${server.url}/api/overview?view=communities`, {
      headers: { "if-none-match": etag ?? "", "cache-control": "max-age=0" },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("refuses an unknown community, a bad view, a limit beyond the bound and no links per community", async () => {
    const unknown = await get<ApiError>("/api/overview?community=100000");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain("community");
    const badView = await get<ApiError>("/api/overview?view=galaxy");
    expect(badView.status).toBe(400);
    expect(badView.body.error.message).toContain("view");
    expect((await get<ApiError>("/api/overview?limit=20001")).body.error.message).toContain("limit");
    const noLinks = await get<ApiError>("/api/overview?view=communities&linksPerCommunity=0");
    expect(noLinks.status).toBe(400);
    expect(noLinks.body.error.message).toContain("linksPerCommunity");
  });
});

// Last in the file: it adds a document to the graph the tests above read.
describe("the overview after the graph changes", () => {
  it("computes its analytics again, so a new document's entities appear without a restart", async () => {
    const before = await get<SerializedEntityGraph>("/api/overview?view=entities&limit=5000&measure=pagerank");
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-api-new-document-"));
    try {
      const file = path.join(dir, "new-report.txt");
      await writeFile(file, "白山市政协工作报告\n2022年3月1日\n白山市政协与吉林大学联合开展长白山生态保护专题调研。\n");
      const summary = await ingestDocuments(db, [file], { progress: SILENT_PROGRESS, workers: 0 });
      expect(summary.ingested).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const after = await get<SerializedEntityGraph>("/api/overview?view=entities&limit=5000&measure=pagerank");
    expect(after.body.attributes.totalEntities).toBeGreaterThan(before.body.attributes.totalEntities as number);
    expect(after.body.nodes.some((n) => n.attributes.label === "吉林大学")).toBe(true);
  });
});

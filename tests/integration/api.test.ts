// The HTTP API over a real graph: the capped entity graph in graphology's format, and JSON errors.

import path from "node:path";
import Graph from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SILENT_PROGRESS } from "../../common/progress.js";
import { ingestDocuments } from "../../ingest/ingest-documents.js";
import type { ApiError, SerializedEntityGraph } from "../../server/api-types.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { emptyGraph, openTestGraph } from "../helpers/test-graph.js";

const db = openTestGraph();
let server: Awaited<ReturnType<typeof serveExplorer>>;

beforeAll(async () => {
  await emptyGraph(db);
  await ingestDocuments(db, [path.join(import.meta.dirname, "..", "..", "samples", "liaoyuan-cppcc-2021.txt")], { progress: SILENT_PROGRESS });
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

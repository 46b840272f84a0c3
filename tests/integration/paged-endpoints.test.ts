// The API's paged lists (mentions, evidence, documents): the page an answer says it is, is the page it holds; a
// pageSize above an endpoint's maximum is refused with a 400 naming it and the maximum, as every other bound is.

import { describe, expect, it } from "vitest";
import type { ApiError, DocumentSummary, GraphStats, MentionItem, SearchHit } from "../../common/api.js";
import { useSampleApi } from "../helpers/sample-api.js";

interface MentionsPage {
  page: number;
  pageSize: number;
  total: number;
  items: MentionItem[];
}

describe("paged endpoints", () => {
  const api = useSampleApi();

  /** The most mentioned organization of the sample report, with its mention count. */
  async function busiestOrganization(): Promise<{ key: string; total: number }> {
    const { body } = await api.get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("政协")}&limit=20`);
    let best = { key: "", total: -1 };
    for (const hit of body.results) {
      const page = await api.get<MentionsPage>(`/api/entities/${encodeURIComponent(hit.key)}/mentions?pageSize=1`);
      if (page.body.total > best.total) best = { key: hit.key, total: page.body.total };
    }
    return best;
  }

  it("refuses a pageSize above each endpoint's maximum with a 400 naming pageSize and the maximum", async () => {
    const { key } = await busiestOrganization();
    const { body: stats } = await api.get<GraphStats>("/api/stats");
    const pair = stats.topCollaborations[0];
    const evidence = `/api/evidence?source=${encodeURIComponent(pair?.source ?? "")}&target=${encodeURIComponent(pair?.target ?? "")}`;
    for (const [path, max] of [
      [`/api/entities/${encodeURIComponent(key)}/mentions?`, 100],
      [`${evidence}&`, 100],
      ["/api/documents?", 500],
    ] as const) {
      const refused = await api.get<ApiError>(`${path}pageSize=${max + 1}`);
      expect(refused.status, path).toBe(400);
      expect(refused.body.error.code).toBe("bad-parameter");
      expect(refused.body.error.message).toContain("pageSize");
      expect(refused.body.error.message).toContain(String(max));
      expect((await api.get<{ pageSize: number }>(`${path}pageSize=${max}`)).body.pageSize, path).toBe(max);
    }
  });

  it("holds as many mentions as the pageSize it echoes, and pages on without gaps or repeats", async () => {
    const { key, total } = await busiestOrganization();
    expect(total).toBeGreaterThan(4);
    const at = (query: string) => api.get<MentionsPage>(`/api/entities/${encodeURIComponent(key)}/mentions?${query}`);
    const full = await at("pageSize=100");
    expect(full.body).toMatchObject({ page: 1, pageSize: 100, total });
    expect(full.body.items).toHaveLength(Math.min(total, 100));

    // Three smaller pages are the first page's items in the same order.
    const size = Math.floor(Math.min(total, 100) / 3);
    const pages = await Promise.all([1, 2, 3].map((page) => at(`page=${page}&pageSize=${size}`)));
    expect(pages.map((p) => p.body.items.length)).toEqual([size, size, size]);
    const offsets = (items: MentionItem[]) => items.map((m) => `${m.sentence.key}:${m.mention.start}`);
    expect(pages.flatMap((p) => offsets(p.body.items))).toEqual(offsets(full.body.items).slice(0, 3 * size));
  });

  it("answers a page past the end, however far, with an empty page", async () => {
    const { body, status } = await api.get<{ page: number; documents: DocumentSummary[] }>(
      `/api/documents?page=${Number.MAX_SAFE_INTEGER}&pageSize=500`,
    );
    expect(status).toBe(200);
    expect(body.documents).toEqual([]);
    expect((await api.get<ApiError>("/api/documents?page=0")).body.error.message).toContain("page");
  });

  it("documents each maximum in the OpenAPI description", async () => {
    const { body } = await api.get<{
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { maximum?: number } }> } }>;
    }>("/api/openapi.json");
    const maximum = (path: string) =>
      body.paths[path]?.get.parameters.find((p) => p.name === "pageSize")?.schema.maximum;
    expect(maximum("/api/entities/{id}/mentions")).toBe(100);
    expect(maximum("/api/evidence")).toBe(100);
    expect(maximum("/api/documents")).toBe(500);
  });
});

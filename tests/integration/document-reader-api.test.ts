// The reader's endpoints and the entity's paged relations over the sample report: metadata, pages of sentences with
// their mentions, bounds, 404s, and relation counts that the pages add up to.

import { beforeAll, describe, expect, it } from "vitest";
import type {
  ApiError,
  DocumentSentencesPage,
  DocumentSummary,
  EntityDetails,
  RelationPage,
  SearchHit,
} from "../../common/api.js";
import { useSampleApi } from "../helpers/sample-api.js";

const api = useSampleApi();
const get = <T>(pathAndQuery: string) => api.get<T>(pathAndQuery);
let document: DocumentSummary;

beforeAll(async () => {
  document = (await get<{ documents: DocumentSummary[] }>("/api/documents")).body.documents[0] as DocumentSummary;
});

const sentencesOf = (key: string, query: string) =>
  get<DocumentSentencesPage>(`/api/documents/${encodeURIComponent(key)}/sentences?${query}`);

describe("GET /api/documents/{id}", () => {
  it("answers an unknown document with a JSON 404", async () => {
    const { status, body } = await get<ApiError>("/api/documents/0000000000000000");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not-found");
    expect(body.error.message).toContain("0000000000000000");
  });

  it("gives the document's title, path and sizes", async () => {
    const { status, body } = await get<DocumentSummary>(`/api/documents/${document.key}`);
    expect(status).toBe(200);
    expect(body).toEqual(document);
    expect(body.chars).toBeGreaterThan(1000);
    expect(body.sentences).toBeGreaterThan(100);
  });
});

describe("GET /api/documents/{id}/sentences", () => {
  it("answers an unknown document, and a sentence not in it, with a JSON 404", async () => {
    expect((await sentencesOf("0000000000000000", "from=0")).status).toBe(404);
    const { status, body } = await sentencesOf(document.key, "around=0000000000000000:3");
    expect(status).toBe(404);
    expect((body as unknown as ApiError).error.code).toBe("not-found");
  });

  it("refuses a limit out of bounds, a negative index, and around with from", async () => {
    for (const bad of ["limit=0", "limit=201", "from=-1", "from=x", `from=0&around=${document.key}:1`]) {
      const { status, body } = await get<ApiError>(`/api/documents/${document.key}/sentences?${bad}`);
      expect(status, bad).toBe(400);
      expect(body.error.code).toBe("bad-parameter");
    }
  });

  it("pages through consecutive sentences from an index, the last page cut at the document's end", async () => {
    const first = (await sentencesOf(document.key, "from=0&limit=5")).body;
    expect(first.total).toBe(document.sentences);
    expect(first.items.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    const next = (await sentencesOf(document.key, "from=5&limit=5")).body;
    expect(next.items[0]?.index).toBe(5);
    expect(next.items[0]?.start).toBeGreaterThanOrEqual(first.items[4]?.end as number);
    const last = (await sentencesOf(document.key, `from=${document.sentences - 2}&limit=10`)).body;
    expect(last.items.map((s) => s.index)).toEqual([document.sentences - 2, document.sentences - 1]);
    expect((await sentencesOf(document.key, `from=${document.sentences}`)).body.items).toEqual([]);
  });

  it("centres a page around a sentence, a third of it before the sentence, never before the first", async () => {
    const around = `${document.key}:30`;
    const page = (await sentencesOf(document.key, `around=${around}&limit=12`)).body;
    expect(page.around).toBe(around);
    expect(page.from).toBe(26);
    expect(page.items).toHaveLength(12);
    expect(page.items.some((s) => s.key === around)).toBe(true);
    const early = (await sentencesOf(document.key, `around=${document.key}:1&limit=12`)).body;
    expect(early.from).toBe(0);
  });

  it("lists each sentence's mentions inside it, with the entity's name and type, in order", async () => {
    const page = (await sentencesOf(document.key, "from=0&limit=40")).body;
    const mentions = page.items.flatMap((s) => s.mentions.map((m) => ({ s, m })));
    expect(mentions.length).toBeGreaterThan(10);
    for (const { s, m } of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
      expect(s.text.slice(m.start - s.start, m.end - s.start)).toBe(m.surface);
      expect(m.entity.startsWith(`${m.type}:`)).toBe(true);
      expect(m.name.length).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/entities/{id}/relations", () => {
  async function cityCppcc(): Promise<EntityDetails> {
    const { body } = await get<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent("市政协")}`);
    const details = await get<EntityDetails>(`/api/entities/${encodeURIComponent((body.results[0] as SearchHit).key)}`);
    expect(details.status, JSON.stringify(details.body)).toBe(200);
    return details.body;
  }

  it("counts every relation type of an entity, co-occurrence included, and brings the strongest of each", async () => {
    const entity = await cityCppcc();
    const counts = new Map(entity.relationCounts.map((c) => [c.relation, c.count]));
    expect(counts.get("CO_OCCURS")).toBeGreaterThan(0);
    expect(counts.get("COLLABORATES_WITH")).toBeGreaterThan(0);
    for (const [relation, count] of counts)
      expect(entity.relations.filter((r) => r.relation === relation)).toHaveLength(Math.min(count, 20));
    expect(entity.relations.at(-1)?.relation).toBe("CO_OCCURS");
  });

  it("pages through a type's relations to its total, continuing the details' first page without repeats", async () => {
    const entity = await cityCppcc();
    const total = entity.relationCounts.find((c) => c.relation === "CO_OCCURS")?.count as number;
    const seen = entity.relations.filter((r) => r.relation === "CO_OCCURS").map((r) => `${r.other.key} ${r.direction}`);
    for (let offset = seen.length; offset < total; offset += 7) {
      const { status, body } = await get<RelationPage>(
        `/api/entities/${encodeURIComponent(entity.key)}/relations?relation=CO_OCCURS&offset=${offset}&limit=7`,
      );
      expect(status).toBe(200);
      expect(body.total).toBe(total);
      seen.push(...body.items.map((r) => `${r.other.key} ${r.direction}`));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("answers an unknown entity with 404 and an unknown relation type with 400", async () => {
    expect((await get<ApiError>("/api/entities/Organization%3Anone/relations?relation=CO_OCCURS")).status).toBe(404);
    const entity = await cityCppcc();
    const { status, body } = await get<ApiError>(
      `/api/entities/${encodeURIComponent(entity.key)}/relations?relation=LIKES`,
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("relation");
  });
});

describe("GET /api/openapi.json", () => {
  it("documents the reader's endpoints and the relations page with their bounds", async () => {
    const { body } = await get<{
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { maximum?: number } }> } }>;
    }>("/api/openapi.json");
    for (const path of ["/api/documents/{id}", "/api/documents/{id}/sentences", "/api/entities/{id}/relations"])
      expect(body.paths[path], path).toBeDefined();
    const limit = body.paths["/api/documents/{id}/sentences"]?.get.parameters.find((p) => p.name === "limit");
    expect(limit?.schema.maximum).toBe(200);
  });
});

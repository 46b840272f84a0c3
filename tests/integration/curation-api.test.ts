// The curation endpoints over HTTP: writes need a KG_API_TOKEN token, bad requests change nothing, many writes at once
// lose no rule, undo gives the graph back, and the OpenAPI document describes them.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ApiError,
  CurationChangeResponse,
  CurationRulesResponse,
  CurationSuggestionsResponse,
  CurationTokenResponse,
} from "../../common/api.js";
import type { CurationFile } from "../../common/curation.js";
import { serveExplorer, TEST_TOKEN } from "../helpers/serve-explorer.js";
import { graphFingerprint, loadSampleReport, openTestGraph } from "../helpers/test-graph.js";

const db = openTestGraph();
let server: Awaited<ReturnType<typeof serveExplorer>>;
let readOnly: Awaited<ReturnType<typeof serveExplorer>>;
let clean: string;

beforeAll(async () => {
  await loadSampleReport(db);
  clean = await graphFingerprint(db);
  server = await serveExplorer(db);
  readOnly = await serveExplorer(db, { writes: false });
});

afterAll(async () => {
  await server.close();
  await readOnly.close();
  await db.close();
});

const MERGE = {
  kind: "merge",
  entities: ["Project:金点子活动", "Project:金点子征集活动"],
  into: { type: "Project", name: "金点子征集活动" },
};

async function call<T>(
  path: string,
  { body, token = TEST_TOKEN, base = server.url }: { body?: unknown; token?: string | null; base?: string } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(base + path, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe("curation writes", () => {
  it("refuses a write without a token, with a wrong one, or on a server without KG_API_TOKEN, and changes nothing", async () => {
    const none = await call<ApiError>("/api/curation/rules", { body: MERGE, token: null });
    expect(none.status).toBe(401);
    expect(none.body.error.message).toMatch(/Authorization: Bearer/);
    const wrong = await call<ApiError>("/api/curation/rules", { body: MERGE, token: `${TEST_TOKEN}x` });
    expect(wrong.status).toBe(401);
    const off = await call<ApiError>("/api/curation/rules", { body: MERGE, base: readOnly.url });
    expect(off.status).toBe(403);
    expect(off.body.error.message).toMatch(/KG_API_TOKEN/);
    expect((await call<ApiError>("/api/curation/token", { token: "nope" })).status).toBe(401);
    expect(await graphFingerprint(db)).toBe(clean);
    expect((await call<CurationRulesResponse>("/api/curation/rules")).body.rules).toEqual([]);
  });

  it("refuses a bad body, naming what is wrong, and a body over the limit", async () => {
    const bad = await call<ApiError>("/api/curation/rules", { body: { kind: "merge", entities: [] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/body entities/);
    const notJson = await call<ApiError>("/api/curation/rules", { body: "{not json" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe("bad-body");
    const huge = await call<ApiError>("/api/curation/rules", { body: { ...MERGE, note: "x".repeat(40_000) } });
    expect(huge.status).toBe(413);
    const missing = await call<ApiError>("/api/curation/rules", { body: { kind: "exclude", entity: "Person:无名氏" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/no entity Person:无名氏/);
    expect(await graphFingerprint(db)).toBe(clean);
  });

  it("makes a rule with the token's label, lists it, exports it, and undoes it exactly", async () => {
    expect((await call<CurationTokenResponse>("/api/curation/token")).body).toEqual({ label: "tester" });
    const made = await call<CurationChangeResponse>("/api/curation/rules", {
      body: { ...MERGE, note: "one campaign" },
    });
    expect(made.status).toBe(201);
    expect(made.body.rule).toMatchObject({ kind: "merge", by: "tester", note: "one campaign" });
    expect(made.body.description).toBe("merge Project:金点子活动 + Project:金点子征集活动 into Project:金点子征集活动");
    expect(made.body.documents).toBe(1);
    expect(made.body.touched.entities).toEqual(
      expect.arrayContaining(["Project:金点子活动", "Project:金点子征集活动"]),
    );
    expect((await call<ApiError>("/api/entities/Project%3A%E9%87%91%E7%82%B9%E5%AD%90%E6%B4%BB%E5%8A%A8")).status).toBe(
      404,
    );

    const { rules } = (await call<CurationRulesResponse>("/api/curation/rules")).body;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ id: made.body.rule.id, documents: 1 });
    const exported = (await call<CurationFile>("/api/curation/export")).body;
    expect(exported.rules.map((r) => r.id)).toEqual([made.body.rule.id]);

    const undone = await call<CurationChangeResponse>("/api/curation/undo", { body: { id: made.body.rule.id } });
    expect(undone.status).toBe(200);
    expect(await graphFingerprint(db)).toBe(clean);

    const imported = await call<{ added: number }>("/api/curation/import", { body: exported });
    expect(imported.body.added).toBe(1);
    expect(await graphFingerprint(db)).not.toBe(clean);
    await call("/api/curation/undo", { body: { id: made.body.rule.id } });
    expect(await graphFingerprint(db)).toBe(clean);
  });

  it("loses no rule when many writes arrive at once", async () => {
    const topics = (
      await db.driver.executeQuery(
        "MATCH (e:Topic) RETURN e.key AS key ORDER BY e.key LIMIT 10",
        {},
        { database: db.database },
      )
    ).records.map((r) => r.get("key") as string);
    const made = await Promise.all(
      topics.map((key) =>
        call<CurationChangeResponse>("/api/curation/rules", { body: { kind: "exclude", entity: key } }),
      ),
    );
    expect(made.map((m) => m.status)).toEqual(topics.map(() => 201));
    const { rules } = (await call<CurationRulesResponse>("/api/curation/rules")).body;
    expect(rules.map((r) => r.id).sort()).toEqual(made.map((m) => m.body.rule.id).sort());
    for (const m of made) await call("/api/curation/undo", { body: { id: m.body.rule.id } });
    expect(await graphFingerprint(db)).toBe(clean);
  });
});

describe("curation reads", () => {
  it("suggests the sample report's duplicates with their reasons", async () => {
    const { body } = await call<CurationSuggestionsResponse>("/api/curation/suggestions?limit=200", { token: null });
    const pairs = body.suggestions.map((s) => [s.keep, s.merge].sort().join(" | "));
    expect(pairs).toContain(["Project:金点子征集活动", "Project:金点子活动"].sort().join(" | "));
    expect(pairs).toContain(["Project:中共辽源市委七届十次全会", "Project:市委七届十次全会"].sort().join(" | "));
    expect(pairs).toContain(
      [
        "Project:中国东丰梅花鹿历史文化资源挖掘整理暨梅花鹿药用资源开发利用课题",
        "Project:中国东丰梅花鹿历史文化资源挖掘整理暨梅花鹿药用资源开发利用项目",
      ]
        .sort()
        .join(" | "),
    );
    expect(body.suggestions.every((s) => s.reasons.length > 0)).toBe(true);
  });

  it("describes every curation endpoint in the OpenAPI document, writes with their token and body", async () => {
    const { body } = await call<{
      paths: Record<string, Record<string, { security?: unknown; requestBody?: unknown }>>;
    }>("/api/openapi.json");
    const post = body.paths["/api/curation/rules"]?.post;
    expect(post?.security).toEqual([{ token: [] }]);
    expect(JSON.stringify(post?.requestBody)).toContain("retype-relation");
    expect(body.paths["/api/curation/undo"]?.post).toBeDefined();
    expect(body.paths["/api/curation/suggestions"]?.get).toBeDefined();
  });
});

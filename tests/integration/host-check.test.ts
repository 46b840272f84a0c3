// The Host check against DNS rebinding and the security headers, over raw HTTP requests whose Host header is forged
// as a browser would send it after a rebinding (a name), after typing an address, or when reached by its own name.

import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../common/api.js";
import { serveExplorer } from "../helpers/serve-explorer.js";
import { loadSampleReport, openTestGraph } from "../helpers/test-graph.js";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe("the Host check and the security headers", () => {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>>;

  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db, { allowedHosts: ["kg.example.org", ".lab.example.org"] });
  });

  afterAll(async () => {
    await server?.close();
    await db.close();
  });

  /** GETs `path` from the test server on 127.0.0.1 with the given Host header (any headers given besides). */
  function getWithHost(path: string, host: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const outgoing = request({ host: "127.0.0.1", port, path, headers: { ...headers, host } }, (incoming) => {
        let body = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => (body += chunk));
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
  }

  it("refuses a host name it was not given, as a rebinding page would send it, with a 403 naming ALLOWED_HOSTS", async () => {
    const port = new URL(server.url).port;
    for (const host of [
      `attacker.example:${port}`,
      "attacker.example",
      `kg.example.org.attacker.example:${port}`,
      `example.org:${port}`,
      `localhost.attacker.example:${port}`,
      `[not-an-address]:${port}`,
    ]) {
      for (const path of ["/api/stats", "/", "/api/openapi.json"]) {
        const answer = await getWithHost(path, host);
        expect(answer.status, `${host} ${path}`).toBe(403);
        const { error } = JSON.parse(answer.body) as ApiError;
        expect(error.code).toBe("host-not-allowed");
        expect(error.message).toContain("ALLOWED_HOSTS");
        expect(answer.body).not.toContain("辽源");
      }
    }
    const { error } = JSON.parse((await getWithHost("/api/stats", `attacker.example:${port}`)).body) as ApiError;
    expect(error.message).toContain('"attacker.example"');
  });

  it("answers loopback names and addresses on any port, IP addresses, and the names it was given", async () => {
    const port = new URL(server.url).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      "localhost:1",
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      `explorer.localhost:${port}`,
      `10.0.0.5:${port}`,
      `kg.example.org:${port}`,
      "kg.example.org",
      `lab.example.org:${port}`,
      `node-3.lab.example.org:${port}`,
    ]) {
      const answer = await getWithHost("/api/stats", host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toContain('"documents"');
    }
  });

  it("sends no https upgrade and no HSTS over plain http, and keeps the other protections", async () => {
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `kg.example.org:${port}`]) {
      const { status, headers } = await getWithHost("/", host);
      expect(status).toBe(200);
      const csp = String(headers["content-security-policy"]);
      expect(csp).not.toContain("upgrade-insecure-requests");
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'self'",
      ])
        expect(csp).toContain(directive);
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    }
  });

  it("sends the opener policy where the browser obeys it: on loopback and behind TLS, not on a plain-http network name", async () => {
    const port = new URL(server.url).port;
    const policy = async (host: string, headers: Record<string, string> = {}) =>
      (await getWithHost("/", host, headers)).headers["cross-origin-opener-policy"];
    expect(await policy(`localhost:${port}`)).toBe("same-origin");
    expect(await policy(`127.0.0.1:${port}`)).toBe("same-origin");
    expect(await policy(`[::1]:${port}`)).toBe("same-origin");
    expect(await policy(`kg.example.org:${port}`, { "x-forwarded-proto": "https" })).toBe("same-origin");
    expect(await policy(`kg.example.org:${port}`)).toBeUndefined();
    expect(await policy(`10.0.0.5:${port}`)).toBeUndefined();
  });
});

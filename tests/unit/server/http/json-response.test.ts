// JSON answers: small ones plain, large ones in brotli or gzip for a client that takes it, and a cached value's validator.

import express from "express";
import { describe, expect, it, onTestFinished } from "vitest";
import { createCachedJsonSender, sendJson } from "../../../../server/http/json-response.js";
import { serveApp } from "../../../helpers/serve-app.js";

/** Serves `/json` by `handler`, on a fresh app with no compression middleware, until the test ends. */
async function serve(handler: express.RequestHandler): Promise<string> {
  const app = express();
  app.get("/json", handler);
  const { url, close } = await serveApp(app);
  onTestFinished(close);
  return `${url}/json`;
}

/** A value whose JSON holds about `kilobytes` kB of Chinese text (three bytes a character in UTF-8). */
const valueOf = (kilobytes: number) => ({
  names: Array.from({ length: kilobytes * 10 }, (_, i) => `政协委员会${i}`.padEnd(33, "会")),
});

describe("sendJson", () => {
  it("sends a body that fits in TCP's first window as it is, even to a client that takes gzip", async () => {
    const value = valueOf(4);
    const url = await serve((request, response) => sendJson(request, response, value));
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(await response.json()).toEqual(value);
  });

  // Brotli first when a client takes it (browsers ask for it from localhost too), gzip for one that takes only gzip.
  it.each([
    ["gzip", "gzip"],
    ["identity", null],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, br;q=0", "gzip"],
  ])("answers a larger body to accept-encoding %j in %s", async (accept, coding) => {
    const value = valueOf(40);
    const bytes = Buffer.byteLength(JSON.stringify(value));
    const url = await serve((request, response) => sendJson(request, response, value));
    const response = await fetch(url, { headers: { "accept-encoding": accept } });
    expect(response.headers.get("content-encoding")).toBe(coding);
    expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
    const length = Number(response.headers.get("content-length"));
    if (coding === null) expect(length).toBe(bytes);
    else expect(length).toBeLessThan(bytes / 2);
    expect(await response.json()).toEqual(value);
  });
});

describe("createCachedJsonSender", () => {
  it("gives a value one weak validator for both forms, answers 304 to it, and a new one to a new value", async () => {
    const send = createCachedJsonSender();
    let value = valueOf(40);
    const url = await serve((request, response) => send(request, response, value));
    const zipped = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    const brotli = await fetch(url, { headers: { "accept-encoding": "br" } });
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    const etag = zipped.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    expect(plain.headers.get("etag")).toBe(etag);
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("etag")).toBe(etag);
    const original: unknown = await plain.json();
    expect(await zipped.json()).toEqual(original);
    expect(await brotli.json()).toEqual(original);
    // As a browser revalidating: fetch marks a conditional request no-cache unless it names its own Cache-Control.
    const revalidated = await fetch(url, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } });
    expect(revalidated.status).toBe(304);
    value = valueOf(41);
    const changed = await fetch(url, { headers: { "if-none-match": etag, "cache-control": "max-age=0" } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.json()).toEqual(value);
  });
});

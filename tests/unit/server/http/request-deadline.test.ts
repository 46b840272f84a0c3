// A request's deadline: a 503 to retry when nothing was answered, a cut connection when an answer was under way, and
// a late answer that changes nothing.

import express from "express";
import http from "node:http";
import { describe, expect, it, onTestFinished } from "vitest";
import type { ApiError } from "../../../../common/api.js";
import { errorHandler } from "../../../../server/http/errors.js";
import { sendJson } from "../../../../server/http/json-response.js";
import { requestDeadline } from "../../../../server/http/request-deadline.js";
import { serveApp } from "../../../helpers/serve-app.js";

/** A deadline short enough for a test; the handlers below wait far longer, or answer far sooner. */
const DEADLINE_MS = 200;
const never = new Promise<never>(() => undefined);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves `/slow` by `handler` behind the deadline, with the app's error handler, until the test ends. */
async function serve(handler: express.RequestHandler, options?: { write: boolean }): Promise<string> {
  const app = express();
  app.get("/slow", requestDeadline(DEADLINE_MS, options), handler);
  app.use(errorHandler);
  const { url, close } = await serveApp(app);
  onTestFinished(close);
  return `${url}/slow`;
}

describe("requestDeadline", () => {
  it("answers 503 database-timeout with Retry-After to a request with no answer by then", async () => {
    const url = await serve(() => never);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as ApiError;
    expect(body.error.code).toBe("database-timeout");
    expect(body.error.message).toMatch(/retry in a few seconds/);
  });

  it("tells a write cut short that its change may still land, so the client looks before repeating it", async () => {
    const url = await serve(() => never, { write: true });
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(((await response.json()) as ApiError).error.message).toMatch(/may still be applied/);
  });

  it("leaves an answer given in time as it is", async () => {
    const url = await serve((request, response) => sendJson(request, response, { ok: true }));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("cuts the connection of an answer under way, so a client never takes its part for the whole", async () => {
    const url = await serve(async (_request, response) => {
      response.type("json").flushHeaders();
      response.write('{"edges":[');
      await never;
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("keeps the connection of a request answered by its deadline when the handler's own answer comes late", async () => {
    let late: Promise<unknown> = Promise.resolve();
    const url = await serve((request, response) => {
      late = sleep(DEADLINE_MS * 3).then(() => sendJson(request, response, { late: true }));
      return late;
    });
    // One kept-alive socket for both requests: the second goes over the first's connection only if it survived.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    onTestFinished(() => agent.destroy());
    const get = () =>
      new Promise<{ status: number; port: number; body: string }>((resolve, reject) => {
        http
          .get(url, { agent }, (response) => {
            // The socket goes back to the agent at the end: its port is read while it is still this response's.
            const port = response.socket.localPort ?? 0;
            let body = "";
            response.on("data", (chunk: Buffer) => (body += chunk.toString()));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, port, body }));
          })
          .on("error", reject);
      });
    const first = await get();
    expect(first.status).toBe(503);
    await late.catch(() => undefined);
    await sleep(50);
    const second = await get();
    expect(second.status).toBe(503);
    expect(second.port).toBe(first.port);
  });
});

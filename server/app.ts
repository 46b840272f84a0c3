// The Express app: JSON API over the graph repository plus the built client. It never listens by itself.

import compression from "compression";
import express, { type ErrorRequestHandler, type Request } from "express";
import helmet from "helmet";
import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ApiError } from "../common/api.js";
import { evidenceQuery, exportQuery, graphQuery, neighborhoodQuery, overviewQuery, pageQuery, pathsQuery, searchQuery } from "./api-schemas.js";
import { createCachedJsonSender, sendJson, sendStreamedGraph } from "./json-response.js";
import { EXPORT_FORMATS } from "./export/export-formats.js";
import { buildOpenApi } from "./openapi.js";
import { collectGraph, type GraphRepository } from "./graph-repository.js";

export interface AppDependencies {
  repository: GraphRepository;
  /** Folder of the built client (vite build output); omitted in API-only tests. */
  clientDir?: string;
}

/** A client error with an HTTP status, turned into `{ error: { code, message } }` by the error handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Validates a request's query string against a schema; a bad parameter is a 400 naming it. */
function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.infer<T> {
  const result = schema.safeParse(request.query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HttpError(400, "bad-parameter", `parameter ${issue?.path.join(".") || "?"}: ${issue?.message ?? "invalid"}`);
}

/** Builds the app from its dependencies. */
export function createApp({ repository, clientDir }: AppDependencies): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // The client draws into canvases from a web worker built by Vite; blob: workers need that allowance.
  app.use(helmet({ contentSecurityPolicy: { directives: { "worker-src": ["'self'", "blob:"] } } }));
  // JSON answers are gzipped by json-response.ts, which knows their size first; the middleware compresses the rest
  // (client files, exports), and stays off the API's hot path.
  const compressed = compression({ level: 1 });
  const sendCachedJson = createCachedJsonSender();

  // Built from the request schemas once: it describes this very build of the server.
  const openApi = buildOpenApi();
  app.get("/api/openapi.json", (request, response) => {
    return sendCachedJson(request, response, openApi);
  });

  app.get("/api/graph", async (request, response) => {
    const { limit } = parseQuery(graphQuery, request);
    return sendStreamedGraph(request, response, await repository.topEntities("mentions", limit));
  });

  app.get("/api/overview", async (request, response) => {
    const { measure, limit, view, community, linksPerCommunity } = parseQuery(overviewQuery, request);
    const graph = await repository.overview({ measure, limit, view, community: community ?? null, linksPerCommunity });
    if (!graph) throw new HttpError(404, "not-found", `no community ${community}; the communities view (view=communities) lists them`);
    // The repository hands out the same communities view until the graph changes: encode it once. Entities stream.
    return "parts" in graph ? sendStreamedGraph(request, response, graph) : sendCachedJson(request, response, graph);
  });

  app.get("/api/search", async (request, response) => {
    const { q, type, limit } = parseQuery(searchQuery, request);
    return sendJson(request, response, { query: q, results: await repository.search(q, type ?? null, limit) });
  });

  app.get("/api/entities/:id", async (request, response) => {
    const entity = await repository.entity(request.params.id);
    if (!entity) throw new HttpError(404, "not-found", `no entity with id "${request.params.id}"; /api/search finds ids by name`);
    return sendJson(request, response, entity);
  });

  app.get("/api/entities/:id/neighborhood", async (request, response) => {
    const q = parseQuery(neighborhoodQuery, request);
    const filters = { relations: q.relations ?? null, types: q.types ?? null, minWeight: q.minWeight, from: q.from ?? null, to: q.to ?? null };
    const graph = await repository.neighborhood(request.params.id, q.depth, filters, q.limit);
    if (!graph) throw new HttpError(404, "not-found", `no entity with id "${request.params.id}"; /api/search finds ids by name`);
    return sendStreamedGraph(request, response, graph);
  });

  app.get("/api/entities/:id/mentions", async (request, response) => {
    const { page, pageSize } = parseQuery(pageQuery, request);
    const total = await repository.mentionCount(request.params.id);
    if (total === null) throw new HttpError(404, "not-found", `no entity with id "${request.params.id}"; /api/search finds ids by name`);
    return sendJson(request, response, { page, pageSize, total, items: await repository.mentions(request.params.id, page, Math.min(pageSize, 100)) });
  });

  app.get("/api/paths", async (request, response) => {
    const q = parseQuery(pathsQuery, request);
    const result = await repository.paths(q.from, q.to, q.maxHops, q.k, q.relations ?? null);
    if (!result) throw new HttpError(404, "not-found", "from or to names no entity; /api/search finds ids by name");
    return sendJson(request, response, result);
  });

  app.get("/api/evidence", async (request, response) => {
    const q = parseQuery(evidenceQuery, request);
    const items = await repository.evidence(q.source, q.target, q.type ?? null, q.page, q.pageSize);
    return sendJson(request, response, { page: q.page, pageSize: q.pageSize, items });
  });

  app.get("/api/documents", async (request, response) => {
    const { page, pageSize } = parseQuery(pageQuery, request);
    return sendJson(request, response, { page, pageSize, documents: await repository.documents(page, pageSize) });
  });

  app.get("/api/export", compressed, async (request, response) => {
    const q = parseQuery(exportQuery, request);
    const filters = { relations: q.relations ?? null, types: q.types ?? null, minWeight: q.minWeight, from: q.from ?? null, to: q.to ?? null };
    const neighborhood = q.center ? await repository.neighborhood(q.center, q.depth, filters, q.limit) : null;
    if (q.center && !neighborhood) throw new HttpError(404, "not-found", `no entity with id "${q.center}"; /api/search finds ids by name`);
    const graph = await collectGraph(neighborhood ?? (await repository.topEntities("mentions", q.limit)));
    const format = EXPORT_FORMATS[q.format];
    const name = `kg-explorer${q.center ? "-neighborhood" : ""}${q.format === "csv" ? `-${q.table}` : ""}.${format.extension}`;
    response
      .type(format.contentType)
      .set("Content-Disposition", `attachment; filename="${name}"`)
      .set("X-Kg-Truncated", String(graph.attributes.truncated))
      .send(format.write(graph, q.table));
  });

  app.get("/api/stats", async (request, response) => {
    return sendJson(request, response, await repository.stats());
  });

  app.use("/api", () => {
    throw new HttpError(404, "not-found", "no such API endpoint");
  });

  if (clientDir && existsSync(clientDir)) {
    app.use(compressed, express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    app.get("/{*path}", compressed, (_request, response) => response.sendFile(path.join(clientDir, "index.html")));
  }

  app.use(errorHandler);
  return app;
}

/** Driver errors that mean "the database cannot answer right now": the client should retry. */
const UNAVAILABLE = /^(ServiceUnavailable|SessionExpired|Neo\.TransientError\.)/;

const errorHandler: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error instanceof HttpError) {
    response.status(error.status).json({ error: { code: error.code, message: error.message } } satisfies ApiError);
    return;
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    // Express's own client errors, such as a malformed percent-encoding in the path.
    response.status(status).json({ error: { code: "bad-request", message: "the request could not be read; check its URL encoding" } } satisfies ApiError);
    return;
  }
  const driverCode = (error as { code?: unknown }).code;
  if (typeof driverCode === "string" && UNAVAILABLE.test(driverCode)) {
    response
      .status(503)
      .set("Retry-After", "5")
      .json({ error: { code: "database-unavailable", message: "the graph database cannot answer right now; retry in a few seconds" } } satisfies ApiError);
    return;
  }
  console.error("server:", error);
  response.status(500).json({ error: { code: "internal", message: "internal error; the server log has the details" } } satisfies ApiError);
};

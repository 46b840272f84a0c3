// The Express app: JSON API over the graph repository plus the built client. It never listens by itself.

import express, { type ErrorRequestHandler, type Request } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ApiError } from "./api-types.js";
import type { GraphRepository } from "./graph-repository.js";

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

export const MAX_GRAPH_NODES = 5000;

const graphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(1000),
});

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

  app.get("/api/graph", async (request, response) => {
    const { limit } = parseQuery(graphQuery, request);
    response.json(await repository.entityGraph(limit));
  });

  app.use("/api", () => {
    throw new HttpError(404, "not-found", "no such API endpoint");
  });

  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    app.get("/{*path}", (_request, response) => response.sendFile(path.join(clientDir, "index.html")));
  }

  app.use(errorHandler);
  return app;
}

const errorHandler: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const body: ApiError =
    error instanceof HttpError
      ? { error: { code: error.code, message: error.message } }
      : { error: { code: "internal", message: "internal error; the server log has the details" } };
  if (!(error instanceof HttpError)) console.error("server:", error);
  response.status(error instanceof HttpError ? error.status : 500).json(body);
};

// The Express app: the API's route table over the graph repository, plus the built client. It never listens by itself.

import compression from "compression";
import express from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import { errorHandler, HttpError } from "./http/errors.js";
import { createCachedJsonSender } from "./http/json-response.js";
import type { GraphRepository } from "./repository/types.js";
import type { GraphTarget } from "../neo4j/graph-database.js";
import { createCurationService, type CurationService } from "./curation-service.js";
import { createGraphRepository } from "./repository/index.js";
import { createAuthorize } from "./http/authorize.js";
import { createHostCheck } from "./http/host-check.js";
import { createSecurityHeaders } from "./http/security-headers.js";
import { API_ROUTES } from "./routes/api-routes.js";
import type { ApiToken } from "./server-config.js";
import { buildOpenApi } from "./routes/openapi.js";
import { mountRoutes } from "./routes/route.js";

/**
 * What the app is built from: the repository it reads through, curation, the write tokens, the host names it answers
 * to and the client it serves.
 */
export interface AppDependencies {
  repository: GraphRepository;
  curation: CurationService;
  /** KG_API_TOKEN's tokens; none refuses every write. */
  apiTokens: readonly ApiToken[];
  /** Host names besides localhost and IP addresses (ALLOWED_HOSTS and a HOST name); omitted: none. */
  allowedHosts?: readonly string[];
  /** Folder of the built client (vite build output); omitted in API-only tests. */
  clientDir?: string;
}

/** Builds the app from its dependencies. */
export function createApp({
  repository,
  curation,
  apiTokens,
  allowedHosts = [],
  clientDir,
}: AppDependencies): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(createSecurityHeaders());
  // After the security headers, so that a refusal carries them too.
  app.use(createHostCheck(allowedHosts));
  // JSON answers are gzipped by json-response.ts, which knows their size first; the middleware compresses the rest
  // (client files, exports), and stays off the API's hot path.
  const compressed = compression({ level: 1 });
  const sendCachedJson = createCachedJsonSender();

  // Built from the route table once: it describes this very build of the server.
  const openApi = buildOpenApi(API_ROUTES);
  app.get("/api/openapi.json", (request, response) => sendCachedJson(request, response, openApi));
  const services = { repository, curation, authorize: createAuthorize(apiTokens), sendCachedJson };
  mountRoutes(app, API_ROUTES, services, compressed);
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

/** The repository and curation over one database: what the app reads and writes through. */
export function graphServices(db: GraphTarget): Pick<AppDependencies, "repository" | "curation"> {
  return { repository: createGraphRepository(db), curation: createCurationService(db) };
}

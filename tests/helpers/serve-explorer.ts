// Serves the explorer app over the test graph on a free port, as `npm start` would, for API and browser tests.

import path from "node:path";
import { createApp } from "../../server/app.js";
import { createGraphRepository } from "../../server/repository/index.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import { serveApp } from "./serve-app.js";

export const CLIENT_DIR = path.join(import.meta.dirname, "..", "..", "dist", "client");

/** Starts the app on 127.0.0.1 with an OS-chosen port; returns its base URL and a close function. */
export function serveExplorer(db: GraphDatabase): Promise<{ url: string; close: () => Promise<void> }> {
  return serveApp(createApp({ repository: createGraphRepository(db), clientDir: CLIENT_DIR }));
}

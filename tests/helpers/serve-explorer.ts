// Serves the explorer app over the test graph on a free port, as `npm start` would, for API and browser tests.

import path from "node:path";
import { createApp, graphServices } from "../../server/app.js";
import type { GraphDatabase } from "../../neo4j/graph-database.js";
import { serveApp } from "./serve-app.js";

export const CLIENT_DIR = path.join(import.meta.dirname, "..", "..", "dist", "client");

/** A write token of the test servers (KG_API_TOKEN), labelled "tester". */
export const TEST_TOKEN = "test-token-0123456789abcdef";

/**
 * Starts the app on 127.0.0.1 with an OS-chosen port; returns its base URL and a close function. Writes take
 * TEST_TOKEN unless `writes` is false (a server without KG_API_TOKEN); `allowedHosts` is ALLOWED_HOSTS's list.
 */
export function serveExplorer(
  db: GraphDatabase,
  { writes = true, allowedHosts = [] }: { writes?: boolean; allowedHosts?: readonly string[] } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const apiTokens = writes ? [{ label: "tester", secret: TEST_TOKEN }] : [];
  return serveApp(createApp({ ...graphServices(db), apiTokens, allowedHosts, clientDir: CLIENT_DIR }));
}

// The sample report in Neo4j behind a running app, started before a test file's tests and stopped after them.

import { afterAll, beforeAll } from "vitest";
import { serveExplorer } from "./serve-explorer.js";
import { loadSampleReport, openTestGraph } from "./test-graph.js";

/** A GET's status and parsed JSON body. */
export interface JsonAnswer<T> {
  status: number;
  body: T;
}

export interface SampleApi {
  readonly db: ReturnType<typeof openTestGraph>;
  readonly url: string;
  /** GETs a path (with its query) and parses the JSON answer, whatever the status. */
  get<T>(pathAndQuery: string): Promise<JsonAnswer<T>>;
}

/** Loads the sample report and serves the app over it for the file's tests; call at the top of a test file. */
export function useSampleApi(): SampleApi {
  const db = openTestGraph();
  let server: Awaited<ReturnType<typeof serveExplorer>> | undefined;
  beforeAll(async () => {
    await loadSampleReport(db);
    server = await serveExplorer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db.close();
  });
  const url = (): string => {
    if (!server) throw new Error("useSampleApi: the server starts in beforeAll");
    return server.url;
  };
  return {
    db,
    get url() {
      return url();
    },
    async get<T>(pathAndQuery: string): Promise<JsonAnswer<T>> {
      const response = await fetch(url() + pathAndQuery);
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

// `npm start`: opens (or starts) Neo4j, applies the schema, ingests samples/ into an empty graph, serves the explorer.

import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KgError, reportFatal } from "../common/errors.js";
import { createProgress } from "../common/progress.js";
import { findDocuments } from "../ingest/read/find-documents.js";
import { ingestDocuments } from "../ingest/pipeline/ingest-documents.js";
import { applySchema } from "../neo4j/apply-schema.js";
import { resolveNeo4jConfig } from "../neo4j/neo4j-config.js";
import { openGraphDatabase } from "../neo4j/open-graph-database.js";
import { DEFAULT_RESTART_POLICY } from "../neo4j/local/supervise-local-neo4j.js";
import type { GraphDatabase } from "../neo4j/graph-database.js";
import { createApp, graphServices } from "./app.js";
import { createGraphRepository } from "./repository/index.js";
import { describeAllowedHosts, resolveServerConfig } from "./server-config.js";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const serverConfig = resolveServerConfig();
  const neo4jConfig = resolveNeo4jConfig();
  // The server outlives a crash of its local Neo4j: it restarts it and answers 503 meanwhile.
  const db = await openGraphDatabase(neo4jConfig, createProgress(process.stderr, "neo4j"), {
    policy: DEFAULT_RESTART_POLICY,
    log: (line) => process.stderr.write(`kg-explorer: ${line}\n`),
  });
  let server: Server | undefined;
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stderr.write("kg-explorer: stopping…\n");
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  try {
    await applySchema(db);
    await ingestSamplesIntoEmptyGraph(db);
    const app = createApp({
      ...graphServices(db),
      apiTokens: serverConfig.apiTokens,
      allowedHosts: serverConfig.allowedHosts,
      clientDir: path.join(ROOT, "dist", "client"),
    });
    server = await listen(app, serverConfig.port, serverConfig.host);
    const shownHost = serverConfig.host.includes(":") ? `[${serverConfig.host}]` : serverConfig.host;
    console.log(
      `kg-explorer: explorer at http://${shownHost}:${serverConfig.port}/ (graph: ${db.description}; Ctrl-C stops)`,
    );
    console.log(describeAllowedHosts(serverConfig.allowedHosts));
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function ingestSamplesIntoEmptyGraph(db: GraphDatabase): Promise<void> {
  const documents = await createGraphRepository(db).documentCount();
  if (documents > 0) {
    process.stderr.write(`kg-explorer: the graph holds ${documents} document(s); samples/ not ingested again\n`);
    return;
  }
  const files = await findDocuments([path.join(ROOT, "samples")]);
  await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest samples") });
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(portError(error, port, host)) : resolve(server),
    );
  });
}

function portError(error: Error, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE")
    return new KgError(
      "port-busy",
      `server: port ${port} on ${host} is already in use; set PORT to a free port (e.g. PORT=8081 npm start).`,
    );
  if (code === "EADDRNOTAVAIL")
    return new KgError("bad-host", `server: cannot listen on HOST=${host}: no such local address.`);
  return error;
}

main().catch((error: unknown) => process.exit(reportFatal(error)));

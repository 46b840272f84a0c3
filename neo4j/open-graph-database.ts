// One way in for every entry point: connect to NEO4J_URI, or start the local Neo4j, and hand back a checked driver.

import neo4j, { type Driver } from "neo4j-driver";
import { KgError } from "../common/errors.js";
import type { Progress } from "../common/progress.js";
import { applySchema } from "./apply-schema.js";
import { cypher } from "./cypher-files.js";
import { runStatement, type GraphDatabase } from "./graph-database.js";
import { startLocalNeo4j } from "./local/local-neo4j.js";
import { superviseLocalNeo4j, type RestartPolicy } from "./local/supervise-local-neo4j.js";
import type { Neo4jConfig } from "./neo4j-config.js";

/** For a long-lived process: restart the local Neo4j when it dies, as the policy allows, telling `log` each step. */
export interface KeepLocalRunning {
  policy: RestartPolicy;
  log: (line: string) => void;
}

/**
 * Opens the graph database named by the configuration; failures become KgErrors that say what to do. The local Neo4j
 * is restarted when it dies only with `keepLocalRunning` (a command that dies with it had better say so and stop).
 */
export async function openGraphDatabase(
  config: Neo4jConfig,
  progress: Progress,
  keepLocalRunning?: KeepLocalRunning,
): Promise<GraphDatabase> {
  if (config.uri !== undefined) {
    const auth = config.password === undefined ? undefined : { user: config.user, password: config.password };
    const driver = await connect(config.uri, auth, config.database, "NEO4J_URI");
    return { driver, database: config.database, description: config.uri, close: () => driver.close() };
  }
  const options = { dataDir: config.dataDir, port: config.localPort, progress };
  const local = keepLocalRunning
    ? await superviseLocalNeo4j(options, keepLocalRunning.policy, keepLocalRunning.log)
    : await startLocalNeo4j(options);
  try {
    const driver = await connect(
      local.uri,
      { user: local.user, password: local.password },
      config.database,
      "the local Neo4j",
    );
    return {
      driver,
      database: config.database,
      description: `${local.uri} (local, data in ${config.dataDir})`,
      ...("outage" in local ? { outage: () => local.outage() } : {}),
      async close() {
        await driver.close();
        await local.stop();
      },
    };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

/** Creates a driver and proves it can log in and reach the database, within a bounded time. */
export async function connect(
  uri: string,
  auth: { user: string; password: string } | undefined,
  database: string,
  what: string,
): Promise<Driver> {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    disableLosslessIntegers: true,
    // A connection is had from the pool within this time, or the work fails (and the API answers 503): a stalled
    // Neo4j accepts connections but never answers their handshake, and only this limit ends the wait for one.
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: "kg-explorer/0.1",
  });
  // An auto-commit query, not executeQuery: a refused connection must fail at once, not be retried for 15 s.
  const failure = await runStatement({ driver, database }, cypher("ping")).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (failure === undefined) return driver;
  await driver.close();
  throw explainConnectError(failure, uri, database, what);
}

/** Turns a driver error met while connecting into advice. */
export function explainConnectError(error: unknown, uri: string, database: string, what: string): unknown {
  const code = (error as { code?: string }).code ?? "";
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new KgError(
      "neo4j-auth",
      `neo4j: ${what} at ${uri} refused the login (${code.split(".").pop()}). ` +
        "Check NEO4J_USER and NEO4J_PASSWORD" +
        (what === "NEO4J_URI"
          ? "."
          : `, or delete the password file under KG_DATA_DIR only if you also delete the store.`),
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new KgError(
      "neo4j-database",
      `neo4j: ${uri} has no database "${database}". Set NEO4J_DATABASE to an existing one (Community has only "neo4j").`,
      { cause: error },
    );
  }
  if (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|timed out/i.test(detail ?? "")
  ) {
    return new KgError(
      "neo4j-unreachable",
      `neo4j: cannot reach ${what} at ${uri} (${detail}). Check that a Neo4j 5 server runs there ` +
        "(e.g. docker run -p 7687:7687 neo4j:5) and that the address and port are right, or unset NEO4J_URI to use the local Neo4j.",
      { cause: error },
    );
  }
  return error;
}

/**
 * Opens the database, applies the schema, runs `work`, and closes everything, also on Ctrl-C or SIGTERM,
 * which stop the work and exit with 130 / 143.
 */
export async function withGraphDatabase<T>(
  config: Neo4jConfig,
  progress: Progress,
  work: (db: GraphDatabase) => Promise<T>,
): Promise<T> {
  const db = await openGraphDatabase(config, progress);
  const onSignal = (signal: NodeJS.Signals): void => {
    void db.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await db.close();
  }
}

// Where the graph lives: an existing Neo4j named by NEO4J_URI, or the local one kept under KG_DATA_DIR.

import path from "node:path";
import { KgError } from "../common/errors.js";

/** How to reach Neo4j, read once from the environment at start-up. */
export interface Neo4jConfig {
  /** An existing server; undefined means: start the local Neo4j. */
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
  /** Absolute directory for the local Neo4j's store, logs and generated password. */
  dataDir: string;
  /** Bolt port of the local Neo4j. */
  localPort: number;
}

export const DEFAULT_NEO4J_CONFIG = {
  user: "neo4j",
  database: "neo4j",
  dataDir: ".data",
  localPort: 7687,
} as const;

const URI_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

/** Reads and validates the Neo4j settings; a bad value throws a KgError naming the variable. */
export function resolveNeo4jConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Neo4jConfig {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
    if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
      throw new KgError(
        "config",
        `NEO4J_URI="${uri}" is not a Neo4j address: use one of ${URI_SCHEMES.map((s) => `${s}://`).join(", ")}, ` +
          "e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io, or unset it to use the local Neo4j.",
      );
    }
  }
  return {
    uri,
    user: nonEmpty(env.NEO4J_USER) ?? DEFAULT_NEO4J_CONFIG.user,
    password: env.NEO4J_PASSWORD,
    database: validateDatabaseName(nonEmpty(env.NEO4J_DATABASE) ?? DEFAULT_NEO4J_CONFIG.database),
    dataDir: path.resolve(cwd, nonEmpty(env.KG_DATA_DIR) ?? DEFAULT_NEO4J_CONFIG.dataDir),
    localPort: parsePort("KG_NEO4J_PORT", env.KG_NEO4J_PORT, DEFAULT_NEO4J_CONFIG.localPort),
  };
}

/** Parses a TCP port variable; 0 is refused because the port must be known before start. */
export function parsePort(name: string, value: string | undefined, fallback: number): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new KgError("config", `${name}="${text}" is not a TCP port: use a whole number from 1 to 65535.`);
  }
  return port;
}

function validateDatabaseName(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(name)) {
    throw new KgError(
      "config",
      `NEO4J_DATABASE="${name}" is not a valid Neo4j database name (letters, digits, dots, dashes; 3-63 characters).`,
    );
  }
  return name;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

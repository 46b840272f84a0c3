// The explorer's HTTP settings (PORT, HOST, KG_API_TOKEN), read and validated once at start-up.

import { KgError } from "../common/errors.js";
import { parsePort } from "../neo4j/neo4j-config.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** Token that write endpoints require; undefined refuses every write. */
  apiToken: string | undefined;
}

export const DEFAULT_SERVER_CONFIG = { port: 8080, host: "127.0.0.1" } as const;

/** Reads the server settings; a bad value throws a KgError naming the variable. */
export function resolveServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST?.trim() || DEFAULT_SERVER_CONFIG.host;
  if (/\s|\/|^:$/.test(host))
    throw new KgError("config", `HOST="${host}" is not an address to listen on; use e.g. 127.0.0.1, 0.0.0.0 or ::1.`);
  const apiToken = env.KG_API_TOKEN?.trim() || undefined;
  if (apiToken !== undefined && apiToken.length < 16) {
    throw new KgError(
      "config",
      "KG_API_TOKEN is shorter than 16 characters; use a long random token (e.g. openssl rand -hex 24) or unset it.",
    );
  }
  return { port: parsePort("PORT", env.PORT, DEFAULT_SERVER_CONFIG.port), host, apiToken };
}

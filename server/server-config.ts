// The explorer's HTTP settings (PORT, HOST, KG_API_TOKEN), read and validated once at start-up.

import { KgError } from "../common/errors.js";
import { parsePort } from "../neo4j/neo4j-config.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** Tokens that write endpoints accept, each with the label that rules record; none refuses every write. */
  apiTokens: ApiToken[];
}

export const DEFAULT_SERVER_CONFIG = { port: 8080, host: "127.0.0.1" } as const;

/** Reads the server settings; a bad value throws a KgError naming the variable. */
export function resolveServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST?.trim() || DEFAULT_SERVER_CONFIG.host;
  if (/\s|\/|^:$/.test(host))
    throw new KgError("config", `HOST="${host}" is not an address to listen on; use e.g. 127.0.0.1, 0.0.0.0 or ::1.`);
  return {
    port: parsePort("PORT", env.PORT, DEFAULT_SERVER_CONFIG.port),
    host,
    apiTokens: parseApiTokens(env.KG_API_TOKEN),
  };
}

/** A token for the write endpoints and the label that the rules made with it record (`by`). */
export interface ApiToken {
  label: string;
  secret: string;
}

/**
 * KG_API_TOKEN: one token (labelled "api"), or several as `label:token` separated by commas, so that a team's rules
 * say who made them. Each token must be long enough not to be guessed.
 */
export function parseApiTokens(value: string | undefined): ApiToken[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const at = entry.indexOf(":");
    const label = at > 0 ? entry.slice(0, at).trim() : "api";
    const secret = at > 0 ? entry.slice(at + 1).trim() : entry;
    if (secret.length < 16)
      throw new KgError(
        "config",
        `KG_API_TOKEN: the token labelled "${label}" is shorter than 16 characters; use a long random token ` +
          "(e.g. openssl rand -hex 24), or unset KG_API_TOKEN.",
      );
    if (!/^[\p{L}\p{N}._@-]{1,40}$/u.test(label))
      throw new KgError(
        "config",
        `KG_API_TOKEN: the label "${label}" should be a short name (letters, digits, . _ @ -).`,
      );
    return { label, secret };
  });
}

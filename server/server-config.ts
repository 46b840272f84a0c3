// The explorer's HTTP settings (PORT, HOST, ALLOWED_HOSTS, KG_API_TOKEN), read and validated once at start-up.

import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { KgError } from "../common/errors.js";
import { parsePort } from "../neo4j/neo4j-config.js";

export interface ServerConfig {
  port: number;
  host: string;
  /**
   * Host names the server answers to besides localhost and IP addresses (see http/host-check.ts): ALLOWED_HOSTS's,
   * and HOST when it is a name. `.example.org` admits that domain and its subdomains.
   */
  allowedHosts: readonly string[];
  /** Tokens that write endpoints accept, each with the label that rules record; none refuses every write. */
  apiTokens: ApiToken[];
}

export const DEFAULT_SERVER_CONFIG = { port: 8080, host: "127.0.0.1" } as const;

/** Reads the server settings; a bad value throws a KgError naming the variable. */
export function resolveServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST?.trim() || DEFAULT_SERVER_CONFIG.host;
  if (/\s|\/|^:$/.test(host))
    throw new KgError("config", `HOST="${host}" is not an address to listen on; use e.g. 127.0.0.1, 0.0.0.0 or ::1.`);
  const allowedHosts = parseAllowedHosts(env.ALLOWED_HOSTS);
  // A HOST given as a name (HOST=kg.lan) is the name the server is reached by; an address or localhost needs no entry.
  const hostName = isIP(host) === 0 ? hostNameOf(host) : undefined;
  if (hostName && !/(^|\.)localhost$/.test(hostName) && !allowedHosts.includes(hostName)) allowedHosts.push(hostName);
  return {
    port: parsePort("PORT", env.PORT, DEFAULT_SERVER_CONFIG.port),
    host,
    allowedHosts: Object.freeze(allowedHosts),
    apiTokens: parseApiTokens(env.KG_API_TOKEN),
  };
}

const ALLOWED_HOSTS_EXAMPLE = "ALLOWED_HOSTS=kg.example.org,.lab.example.org";

/**
 * ALLOWED_HOSTS: host names separated by commas, as they stand in the browser's address bar (no scheme, no port);
 * a leading dot admits the domain and all its subdomains. Names are kept in the form browsers send (lower case,
 * punycode).
 */
export function parseAllowedHosts(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const subdomains = entry.startsWith(".");
    const name = hostNameOf(subdomains ? entry.slice(1) : entry);
    if (name === undefined)
      throw new KgError(
        "config",
        `ALLOWED_HOSTS: "${entry}" is not a host name; list names as the address bar shows them, without scheme, ` +
          `port or wildcard (a leading dot admits every subdomain), e.g. ${ALLOWED_HOSTS_EXAMPLE}.`,
      );
    return subdomains ? `.${name}` : name;
  });
}

/** A host name (or IP address) as a browser sends it in the Host header, or undefined when `text` is none. */
function hostNameOf(text: string): string | undefined {
  if (isIP(text.replace(/^\[(.*)\]$/, "$1")) !== 0) return text.toLowerCase();
  // domainToASCII reads "kg.example.org/x" as a URL's host: characters of a URL beyond the name are refused first.
  if (/[\s/\\?#@:%*[\]]/.test(text)) return undefined;
  const name = domainToASCII(text);
  return /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(name) ? name : undefined;
}

/** The start-up line that says which host names the server answers to and how to add one. */
export function describeAllowedHosts(allowedHosts: readonly string[]): string {
  const named = allowedHosts.map((name) => (name.startsWith(".") ? `${name.slice(1)} and its subdomains` : name));
  return (
    `kg-explorer: answers requests addressed to localhost or an IP address${named.length ? `, and to ${named.join(", ")}` : ""}; ` +
    `to open it under another name, add that name to ALLOWED_HOSTS (comma-separated, e.g. ${ALLOWED_HOSTS_EXAMPLE}).`
  );
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

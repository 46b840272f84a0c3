// Which errors mean that the graph database cannot answer now (rather than that a request is wrong), and why.

import { KgError } from "../common/errors.js";

/**
 * Why the database cannot answer: `unavailable` (unreachable, or a transient failure), `timeout` (no answer in time:
 * busy, stalled or frozen), `restarting` (the local Neo4j died and is being started again) or `stopped` (it died too
 * often and is no longer restarted).
 */
export type DatabaseFault = "unavailable" | "timeout" | "restarting" | "stopped";

/** KgError codes of the faults this program raises itself, by kind. */
export const FAULT_CODES = {
  timeout: "neo4j-timeout",
  restarting: "neo4j-restarting",
  stopped: "neo4j-stopped",
} as const satisfies Partial<Record<DatabaseFault, string>>;

/** Driver codes of a database that cannot be reached or answers with a failure worth retrying. */
const UNAVAILABLE = /^(ServiceUnavailable|SessionExpired|Neo\.TransientError\.)/;

/** Neo4j's codes for a transaction it ended at its time limit (the statement's, or the server's own setting). */
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

/** The driver's error for a connection not had from its pool in time; it carries no code of its own ("N/A"). */
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out/;

/** The fault that `error` reports, or undefined when it is not a fault of the database. */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (error instanceof KgError) {
    const kind = (Object.keys(FAULT_CODES) as Array<keyof typeof FAULT_CODES>).find((k) => FAULT_CODES[k] === code);
    return kind;
  }
  if (TIMED_OUT.test(code)) return "timeout";
  if (error instanceof Error && ACQUISITION_TIMED_OUT.test(error.message)) return "timeout";
  if (UNAVAILABLE.test(code)) return "unavailable";
  return undefined;
}

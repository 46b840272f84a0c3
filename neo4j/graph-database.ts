// The graph database every layer works with, and the one place where work runs on it: reads, streamed reads,
// write transactions and auto-commit statements, each in a session that is always closed.

import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import { KgError } from "../common/errors.js";
import { cypherStatements } from "./cypher-files.js";
import { FAULT_CODES } from "./database-faults.js";

/** A driver that has logged in, the database every call must name, and how to let go of both. */
export interface GraphDatabase {
  driver: Driver;
  database: string;
  /** Where it is, for messages: a URI, never a password. */
  description: string;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
  /**
   * Why the database cannot answer now although the driver would try (the local Neo4j is being restarted, or no
   * longer is), as the error to fail with at once; undefined while it runs.
   */
  outage?(): KgError | undefined;
}

/** What the work below needs of a graph database: its driver, the database to name, and whether it is out. */
export type GraphTarget = Pick<GraphDatabase, "driver" | "database" | "outage">;

/**
 * How much longer than a statement's server-side time limit the driver waits for it. Neo4j ends a statement that runs
 * too long itself, and frees what it holds, but notices only every couple of seconds; the driver's own limit is for a
 * Neo4j that cannot answer at all (stalled, frozen, cut off), whose connection would otherwise be waited on for ever.
 */
export const CLIENT_GRACE_MS = 5_000;

/** A time limit on waiting: `race` settles as the given promise does, or fails once the limit has passed. */
interface Deadline {
  race<T>(work: Promise<T>): Promise<T>;
  readonly expired: boolean;
  clear(): void;
}

function startDeadline(ms: number): Deadline {
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(
        new KgError(
          FAULT_CODES.timeout,
          `neo4j: the graph database did not answer within ${ms / 1000} s; it may be overloaded or stalled.`,
        ),
      );
    }, ms);
  });
  // Nobody may be racing at the moment it fires (between two records of a stream).
  expiry.catch(() => undefined);
  return {
    race: (work) => Promise.race([work, expiry]),
    get expired() {
      return expired;
    },
    clear: () => clearTimeout(timer),
  };
}

/** A session on `db` in `mode`, unless the database is known to be out, which fails at once. */
function openSession({ driver, database, outage }: GraphTarget, mode: "READ" | "WRITE"): Session {
  const out = outage?.();
  if (out) throw out;
  return driver.session({ database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
}

/** Closes a session; after a deadline, without waiting, as its connection may never answer the closing. */
async function closeSession(session: Session, deadline: Deadline | undefined): Promise<void> {
  if (deadline?.expired) void session.close().catch(() => undefined);
  else await session.close();
}

async function inSession<T>(
  db: GraphTarget,
  mode: "READ" | "WRITE",
  work: (session: Session) => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  const session = openSession(db, mode);
  const deadline = timeoutMs === undefined ? undefined : startDeadline(timeoutMs + CLIENT_GRACE_MS);
  try {
    return await (deadline ? deadline.race(work(session)) : work(session));
  } finally {
    deadline?.clear();
    await closeSession(session, deadline);
  }
}

/** A statement's run settings: a server-side time limit when one is given. */
const runConfig = (timeoutMs?: number): { timeout?: number } => (timeoutMs === undefined ? {} : { timeout: timeoutMs });

/**
 * Runs a read-only statement in its own auto-commit transaction, bounded by `timeoutMs` when given: on the server, and
 * in this process a little later (CLIENT_GRACE_MS), which then fails with a KgError `neo4j-timeout`. A
 * managed transaction (`executeQuery`, `executeRead`) costs a BEGIN and a COMMIT round trip more, and retries, which
 * an API answering 503 with a retry hint does not want; a read needs neither.
 */
export function readRows(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown> = {},
  timeoutMs?: number,
): Promise<Neo4jRecord[]> {
  return inSession(
    db,
    "READ",
    async (session) => (await session.run(statement, params, runConfig(timeoutMs))).records,
    timeoutMs,
  );
}

/** Runs a read as `readRows` does and gives each row as an object of its columns, typed by the caller once. */
export async function readObjects<Row extends object>(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown> = {},
  timeoutMs?: number,
): Promise<Row[]> {
  return (await readRows(db, statement, params, timeoutMs)).map((record) => record.toObject() as Row);
}

/**
 * Runs a read-only statement as `readRows` does, handing out its records as they arrive, so a caller can work on the
 * first while Neo4j still produces the rest; its time limit bounds the whole stream. The session closes when the
 * records end, fail or time out, or the caller stops early.
 */
export async function* streamRows(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs?: number,
): AsyncGenerator<Neo4jRecord> {
  const session = openSession(db, "READ");
  const records = session.run(statement, params, runConfig(timeoutMs))[Symbol.asyncIterator]();
  const deadline = timeoutMs === undefined ? undefined : startDeadline(timeoutMs + CLIENT_GRACE_MS);
  // Whether the records may still have more to hand out: only then does stopping early cancel them.
  let open = true;
  try {
    for (;;) {
      const next = deadline ? deadline.race(records.next()) : records.next();
      const record = await next.catch((error: unknown) => {
        open = false;
        throw error;
      });
      if (record.done) {
        open = false;
        return;
      }
      yield record.value;
    }
  } finally {
    if (open) {
      // The caller stopped early: cancel the rest, which needs an answer from Neo4j, so within the deadline too.
      const cancelled: Promise<unknown> = records.return?.() ?? Promise.resolve();
      await (deadline ? deadline.race(cancelled) : cancelled).catch(() => undefined);
    }
    deadline?.clear();
    await closeSession(session, deadline);
  }
}

/** Streams a read as `streamRows` does and gives each row as an object of its columns, typed by the caller once. */
export async function* streamObjects<Row extends object>(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs?: number,
): AsyncGenerator<Row> {
  for await (const record of streamRows(db, statement, params, timeoutMs)) yield record.toObject() as Row;
}

/** Runs `work` in one write transaction, retried by the driver on transient errors: all of it lands, or none. */
export function writeTransaction<T>(db: GraphTarget, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inSession(db, "WRITE", (session) => session.executeWrite(work));
}

/** Runs each statement of the file `name` in its own auto-commit transaction, as CALL … IN TRANSACTIONS needs. */
export function runAutoCommit(db: GraphTarget, name: string): Promise<void> {
  return inSession(db, "WRITE", async (session) => {
    for (const statement of cypherStatements(name)) await session.run(statement);
  });
}

/** Runs one statement, read or written, in its own auto-commit transaction (a ping, a connection check). */
export function runStatement(
  db: GraphTarget,
  statement: string,
  mode: "READ" | "WRITE" = "READ",
): Promise<Neo4jRecord[]> {
  return inSession(db, mode, async (session) => (await session.run(statement)).records);
}

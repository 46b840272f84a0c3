// The graph database every layer works with, and the one place where work runs on it: reads, streamed reads,
// write transactions and auto-commit statements, each in a session that is always closed.

import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import { cypherStatements } from "./cypher-files.js";

/** A driver that has logged in, the database every call must name, and how to let go of both. */
export interface GraphDatabase {
  driver: Driver;
  database: string;
  /** Where it is, for messages: a URI, never a password. */
  description: string;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** What the work below needs of a graph database: its driver and the database to name. */
export type GraphTarget = Pick<GraphDatabase, "driver" | "database">;

async function inSession<T>(
  { driver, database }: GraphTarget,
  mode: "READ" | "WRITE",
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    database,
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** A statement's run settings: a server-side time limit when one is given. */
const runConfig = (timeoutMs?: number): { timeout?: number } => (timeoutMs === undefined ? {} : { timeout: timeoutMs });

/**
 * Runs a read-only statement in its own auto-commit transaction, bounded by `timeoutMs` on the server when given. A
 * managed transaction (`executeQuery`, `executeRead`) costs a BEGIN and a COMMIT round trip more, and retries, which
 * an API answering 503 with a retry hint does not want; a read needs neither.
 */
export function readRows(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown> = {},
  timeoutMs?: number,
): Promise<Neo4jRecord[]> {
  return inSession(db, "READ", async (session) => (await session.run(statement, params, runConfig(timeoutMs))).records);
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
 * first while Neo4j still produces the rest. The session closes when the records end or the caller stops early.
 */
export async function* streamRows(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs?: number,
): AsyncGenerator<Neo4jRecord> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    yield* session.run(statement, params, runConfig(timeoutMs));
  } finally {
    await session.close();
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

// One read statement as an auto-commit transaction with a server-side timeout: a single round trip to Neo4j.

import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";

/** Server-side limit of every read transaction, so no request can keep the database busy for long. */
export const READ_TIMEOUT_MS = 15_000;

/**
 * Runs a read-only statement in its own auto-commit transaction. A managed transaction (`executeQuery`,
 * `executeRead`) costs a BEGIN and a COMMIT round trip more, and retries, which an API answering 503 with a
 * retry hint does not want; a read needs neither. Every API request's Cypher goes through here.
 */
export async function runRead(
  driver: Driver,
  database: string,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<{ records: Neo4jRecord[] }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(statement, params, { timeout: timeoutMs });
    return { records };
  } finally {
    await session.close();
  }
}

/**
 * Runs a read-only statement as `runRead` does, handing out its records as they arrive, so a caller can work on the
 * first while Neo4j still produces the rest. The session closes when the records end or the caller stops early.
 */
export async function* streamRead(
  driver: Driver,
  database: string,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): AsyncGenerator<Neo4jRecord> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    yield* session.run(statement, params, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

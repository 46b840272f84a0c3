// How the repository reads: each statement in its own read transaction bounded in time, each row one typed object.

import neo4j from "neo4j-driver";
import { readObjects, streamObjects, type GraphTarget } from "../../neo4j/graph-database.js";

/** Server-side limit of every API read, so no request can keep the database busy for long. */
export const READ_TIMEOUT_MS = 15_000;

/** The rows of a read-only statement, each an object of its columns typed as `Row`. */
export function read<Row extends object>(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return readObjects<Row>(db, statement, params, READ_TIMEOUT_MS);
}

/** The rows of a read-only statement as they arrive, as `read` gives them; stopping early closes its session. */
export function stream<Row extends object>(
  db: GraphTarget,
  statement: string,
  params: Record<string, unknown>,
): AsyncGenerator<Row> {
  return streamObjects<Row>(db, statement, params, READ_TIMEOUT_MS);
}

/** The skip and limit parameters of page `page` (from 1) of `pageSize` rows. */
export const pageParams = (page: number, pageSize: number) => ({
  skip: neo4j.int((page - 1) * pageSize),
  limit: neo4j.int(pageSize),
});

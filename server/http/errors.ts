// Errors as the API answers them: `{ error: { code, message } }`, never a stack trace nor a 5xx message.

import type { ErrorRequestHandler, Request, Response } from "express";
import type { ApiError } from "../../common/api.js";
import { databaseFault, type DatabaseFault } from "../../neo4j/database-faults.js";

/** A client error with an HTTP status, turned into `{ error: { code, message } }` by the error handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const firstLine = (error: unknown): string =>
  error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);

/** How the API answers each fault of the database: 503, a code, advice, and when to retry if retrying can help. */
const FAULT_ANSWERS: Record<DatabaseFault, ApiError["error"] & { retryAfterSeconds?: number }> = {
  unavailable: {
    code: "database-unavailable",
    message: "the graph database cannot answer right now; retry in a few seconds",
    retryAfterSeconds: 5,
  },
  timeout: {
    code: "database-timeout",
    message: "the graph database did not answer in time (it is overloaded or stalled); retry in a few seconds",
    retryAfterSeconds: 5,
  },
  restarting: {
    code: "database-restarting",
    message: "the graph database stopped and is being restarted; retry in a few seconds",
    // A start takes about this long.
    retryAfterSeconds: 10,
  },
  stopped: {
    code: "database-stopped",
    message:
      "the graph database stopped too often and the server no longer restarts it: restart kg-explorer; its log says why the database stopped",
  },
};

/** Answers a fault of the database: 503 with its code and advice, and Retry-After when retrying can help. */
export function sendDatabaseFault(response: Response, fault: DatabaseFault, message?: string): void {
  const { retryAfterSeconds, ...answer } = FAULT_ANSWERS[fault];
  if (retryAfterSeconds !== undefined) response.set("Retry-After", String(retryAfterSeconds));
  response.status(503).json({ error: { ...answer, message: message ?? answer.message } } satisfies ApiError);
}

/**
 * Ends a response whose headers are out already by cutting its connection (a client then cannot take a part for the
 * whole), unless it was sent in full (a late failure of a request answered by its deadline).
 */
export function cutResponse(request: Request, response: Response, reason: string): void {
  if (response.writableEnded || response.destroyed) return;
  console.error(`server: ${request.method} ${request.path}: the answer was cut off midway: ${reason}`);
  response.destroy();
}

/** The app's one error handler: client errors as they are, a database that cannot answer as 503, anything else 500. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
export const errorHandler: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  if (response.headersSent) {
    cutResponse(request, response, firstLine(error));
    return;
  }
  if (error instanceof HttpError) {
    response.status(error.status).json({ error: { code: error.code, message: error.message } } satisfies ApiError);
    return;
  }
  const status = (error as { status?: unknown }).status;
  const type = (error as { type?: unknown }).type;
  if (type === "entity.too.large" || type === "entity.parse.failed") {
    // express.json's refusals of a body: too large for the route, or not JSON.
    const tooLarge = type === "entity.too.large";
    response.status(tooLarge ? 413 : 400).json({
      error: {
        code: tooLarge ? "too-large" : "bad-body",
        message: tooLarge
          ? `the body is larger than this endpoint takes (${String((error as { limit?: unknown }).limit)} bytes)`
          : "the body is not valid JSON",
      },
    } satisfies ApiError);
    return;
  }
  if (typeof status === "number" && status >= 400 && status < 500) {
    // Express's own client errors, such as a malformed percent-encoding in the path.
    response.status(status).json({
      error: { code: "bad-request", message: "the request could not be read; check its URL encoding" },
    } satisfies ApiError);
    return;
  }
  const fault = databaseFault(error);
  if (fault) {
    // A stall shows in the log; an outage of the local Neo4j is logged once, by what restarts it.
    if (fault === "timeout")
      console.error(`server: ${request.method} ${request.path}: answered 503: ${firstLine(error)}`);
    sendDatabaseFault(response, fault);
    return;
  }
  console.error("server:", error);
  response.status(500).json({
    error: { code: "internal", message: "internal error; the server log has the details" },
  } satisfies ApiError);
};

// Errors as the API answers them: `{ error: { code, message } }`, never a stack trace nor a 5xx message.

import type { ErrorRequestHandler } from "express";
import type { ApiError } from "../../common/api.js";

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

/** Driver errors that mean "the database cannot answer right now": the client should retry. */
const UNAVAILABLE = /^(ServiceUnavailable|SessionExpired|Neo\.TransientError\.)/;

/** The app's one error handler: client errors as they are, an unavailable database as 503, anything else as 500. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _request, response, next) => {
  if (response.headersSent) {
    next(error);
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
  const driverCode = (error as { code?: unknown }).code;
  if (typeof driverCode === "string" && UNAVAILABLE.test(driverCode)) {
    response
      .status(503)
      .set("Retry-After", "5")
      .json({
        error: {
          code: "database-unavailable",
          message: "the graph database cannot answer right now; retry in a few seconds",
        },
      } satisfies ApiError);
    return;
  }
  console.error("server:", error);
  response.status(500).json({
    error: { code: "internal", message: "internal error; the server log has the details" },
  } satisfies ApiError);
};

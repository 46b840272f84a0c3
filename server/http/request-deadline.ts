// A deadline on every API request: one not answered in time gets a 503 it can retry, one answering already is cut.

import type { Request, RequestHandler, Response } from "express";
import { READ_TIMEOUT_MS } from "../repository/read.js";
import { CLIENT_GRACE_MS } from "../../neo4j/graph-database.js";
import { cutResponse, sendDatabaseFault } from "./errors.js";

/**
 * How long a read request may take in all: somewhat longer than one read may (so a single read that stalls fails by
 * its own limit, with its own message), which bounds a request that makes several reads in a row.
 */
export const READ_REQUEST_TIMEOUT_MS = READ_TIMEOUT_MS + CLIENT_GRACE_MS + 10_000;

/**
 * How long a write request may take. Longer: a curation change rewrites every document it touches, and one answered
 * 503 while it goes on would still land.
 */
export const WRITE_REQUEST_TIMEOUT_MS = 5 * 60_000;

/** What a write cut short by its deadline answers: the change may still land, so the client must look first. */
const WRITE_TIMEOUT_MESSAGE =
  "the graph database did not finish the change in time (it is overloaded or stalled); it may still be applied: " +
  "reload the rules before you make it again";

function expire(request: Request, response: Response, ms: number, write: boolean): void {
  if (response.writableEnded || response.destroyed) return;
  const reason = `no answer within ${ms / 1000} s`;
  if (response.headersSent) {
    cutResponse(request, response, reason);
    return;
  }
  console.error(`server: ${request.method} ${request.path}: answered 503: ${reason}`);
  sendDatabaseFault(response, "timeout", write ? WRITE_TIMEOUT_MESSAGE : undefined);
}

/**
 * Middleware that gives a request `ms` to be answered. When they pass, a request not answered yet gets a 503
 * `database-timeout` with Retry-After, and one answering already (a graph streaming) has its connection cut. The
 * handler's late outcome then meets a response already sent, which the error handler leaves alone.
 */
export function requestDeadline(ms: number, { write = false } = {}): RequestHandler {
  return (request, response, next) => {
    const timer = setTimeout(() => expire(request, response, ms, write), ms);
    // "close" follows the end of the answer, or the loss of the connection.
    response.once("close", () => clearTimeout(timer));
    next();
  };
}

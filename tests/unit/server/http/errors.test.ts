// How the API answers a database that cannot answer: 503 with a code, advice and Retry-After when retrying helps;
// never 500, never the driver's words.

import express from "express";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it, onTestFinished } from "vitest";
import type { ApiError } from "../../../../common/api.js";
import { KgError } from "../../../../common/errors.js";
import { FAULT_CODES } from "../../../../neo4j/database-faults.js";
import { errorHandler } from "../../../../server/http/errors.js";
import { serveApp } from "../../../helpers/serve-app.js";

/** What a route that fails with `error` answers, through the app's error handler. */
async function answerTo(error: unknown): Promise<{ status: number; retryAfter: string | null; body: ApiError }> {
  const app = express();
  app.get("/fails", () => {
    throw error;
  });
  app.use(errorHandler);
  const { url, close } = await serveApp(app);
  onTestFinished(close);
  const response = await fetch(`${url}/fails`);
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as ApiError,
  };
}

const driverError = (message: string, code: string) => new Neo4jError(message, code, "50N42", "general processing");

describe("errorHandler with a database that cannot answer", () => {
  it("answers 503 database-timeout to a transaction Neo4j ended at its limit, once a 500", async () => {
    const answer = await answerTo(
      driverError(
        "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      ),
    );
    expect(answer).toMatchObject({ status: 503, retryAfter: "5", body: { error: { code: "database-timeout" } } });
    expect(answer.body.error.message).not.toMatch(/terminated|Neo\./);
  });

  it("answers 503 database-timeout to a connection not had in time and to a read past its deadline", async () => {
    for (const error of [
      driverError("Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 4", "N/A"),
      new KgError(FAULT_CODES.timeout, "neo4j: the graph database did not answer within 20 s"),
    ]) {
      const answer = await answerTo(error);
      expect(answer).toMatchObject({ status: 503, retryAfter: "5", body: { error: { code: "database-timeout" } } });
      expect(answer.body.error.message).not.toMatch(/Pool status|20 s/);
    }
  });

  it("answers 503 database-unavailable to an unreachable database", async () => {
    const answer = await answerTo(driverError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable"));
    expect(answer).toMatchObject({ status: 503, retryAfter: "5", body: { error: { code: "database-unavailable" } } });
  });

  it("answers 503 database-restarting while the local Neo4j is restarted, to retry after about a start's time", async () => {
    const answer = await answerTo(new KgError(FAULT_CODES.restarting, "restarting"));
    expect(answer).toMatchObject({ status: 503, retryAfter: "10", body: { error: { code: "database-restarting" } } });
  });

  it("answers 503 database-stopped with no Retry-After once restarts are given up, saying to restart kg-explorer", async () => {
    const answer = await answerTo(new KgError(FAULT_CODES.stopped, "given up"));
    expect(answer).toMatchObject({ status: 503, retryAfter: null, body: { error: { code: "database-stopped" } } });
    expect(answer.body.error.message).toMatch(/restart kg-explorer/);
  });

  it("still answers 500 with no detail to an error that is no fault of the database", async () => {
    const answer = await answerTo(driverError("Invalid input", "Neo.ClientError.Statement.SyntaxError"));
    expect(answer).toMatchObject({ status: 500, body: { error: { code: "internal" } } });
    expect(answer.body.error.message).not.toMatch(/Invalid input/);
  });
});

// Which errors are faults of the database (a 503 to retry), told from the errors the driver and this program raise.

import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { KgError } from "../../../common/errors.js";
import { databaseFault, FAULT_CODES } from "../../../neo4j/database-faults.js";

/** A driver error as the driver makes them: a message and a code ("N/A" when the server sent none). */
const driverError = (message: string, code: string) => new Neo4jError(message, code, "50N42", "general processing");

describe("databaseFault", () => {
  it("is no fault for a client's mistake, a program error or a value that is no error", () => {
    expect(databaseFault(driverError("Invalid input 'X'", "Neo.ClientError.Statement.SyntaxError"))).toBeUndefined();
    expect(databaseFault(new KgError("curation-invalid", "bad rule"))).toBeUndefined();
    expect(databaseFault(new TypeError("x is undefined"))).toBeUndefined();
    expect(databaseFault(driverError("something odd", "N/A"))).toBeUndefined();
    expect(databaseFault(null)).toBeUndefined();
    expect(databaseFault("ServiceUnavailable")).toBeUndefined();
  });

  it("is a timeout for a transaction Neo4j ended at its time limit, the error that used to answer 500", () => {
    for (const code of [
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "Neo.ClientError.Transaction.TransactionTimedOut",
    ])
      expect(databaseFault(driverError("The transaction has been terminated.", code))).toBe("timeout");
  });

  it("is a timeout for a connection not had from the pool in time, though the driver gives it no code", () => {
    const error = driverError(
      "Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 4",
      "N/A",
    );
    expect(databaseFault(error)).toBe("timeout");
  });

  it("is unavailable for an unreachable database and a transient failure", () => {
    expect(databaseFault(driverError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable"))).toBe("unavailable");
    expect(databaseFault(driverError("Connection lost", "SessionExpired"))).toBe("unavailable");
    expect(databaseFault(driverError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected"))).toBe(
      "unavailable",
    );
  });

  it("tells this program's own faults by their code: a read past its deadline, a restart, a Neo4j given up on", () => {
    expect(databaseFault(new KgError(FAULT_CODES.timeout, "no answer"))).toBe("timeout");
    expect(databaseFault(new KgError(FAULT_CODES.restarting, "restarting"))).toBe("restarting");
    expect(databaseFault(new KgError(FAULT_CODES.stopped, "given up"))).toBe("stopped");
  });
});

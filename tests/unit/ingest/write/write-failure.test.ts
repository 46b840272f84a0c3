// Which write failures belong to the document (Neo4j's transaction memory limits) rather than to the run.

import { describe, expect, it } from "vitest";
import type { ManagedTransaction } from "neo4j-driver";
import {
  failFastOnMemory,
  isTransactionMemoryError,
  TransactionMemoryExceeded,
} from "../../../../ingest/write/write-failure.js";

/** A failure as the driver reports one: an Error with Neo4j's status code. */
const neo4jFailure = (code: string): Error => Object.assign(new Error(`${code}: details`), { code });
const noTransaction = {} as ManagedTransaction;

describe("isTransactionMemoryError", () => {
  it("leaves connection failures, other Neo4j errors and non-errors to stop the run", () => {
    expect(isTransactionMemoryError({ code: "ServiceUnavailable" })).toBe(false);
    expect(isTransactionMemoryError({ code: "Neo.ClientError.Schema.ConstraintValidationFailed" })).toBe(false);
    expect(isTransactionMemoryError(new Error("boom"))).toBe(false);
    expect(isTransactionMemoryError(null)).toBe(false);
  });

  it("takes the per-transaction limit, the pool limit and the heap running out as the document's", () => {
    for (const code of [
      "Neo.TransientError.General.TransactionMemoryLimit",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "Neo.TransientError.General.OutOfMemoryError",
    ])
      expect(isTransactionMemoryError({ code })).toBe(true);
  });
});

describe("failFastOnMemory", () => {
  it("turns a transaction memory error into one the driver does not retry, keeping its message and cause", async () => {
    const memory = neo4jFailure("Neo.TransientError.General.MemoryPoolOutOfMemoryError");
    const failure = await failFastOnMemory(() => Promise.reject(memory))(noTransaction).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TransactionMemoryExceeded);
    expect((failure as Error).message).toBe(memory.message);
    expect((failure as Error).cause).toBe(memory);
    expect(isTransactionMemoryError(failure)).toBe(true);
    expect((failure as { code?: string }).code).toBeUndefined();
  });

  it("passes other failures and results through unchanged", async () => {
    const other = neo4jFailure("Neo.TransientError.Transaction.DeadlockDetected");
    await expect(failFastOnMemory(() => Promise.reject(other))(noTransaction)).rejects.toBe(other);
    expect(await failFastOnMemory(() => Promise.resolve(7))(noTransaction)).toBe(7);
  });
});

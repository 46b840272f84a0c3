// Which write failures belong to the document written rather than to the run: Neo4j's transaction memory limits.

import type { ManagedTransaction } from "neo4j-driver";

/**
 * The Neo4j status codes of a transaction that needed more memory than the server gives one (per transaction, the
 * pool of all transactions, or the heap). Neo4j rolls such a transaction back whole, and a smaller document fits.
 */
const TRANSACTION_MEMORY_CODES = new Set([
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionOutOfMemoryError",
  "Neo.TransientError.General.OutOfMemoryError",
]);

/** A transaction memory error taken out of the driver's retries: the same document would need the same memory. */
export class TransactionMemoryExceeded extends Error {
  override readonly name = "TransactionMemoryExceeded";
  constructor(cause: Error) {
    super(cause.message, { cause });
  }
}

/** True when a write failed for want of transaction memory: that document's failure, not the connection's. */
export function isTransactionMemoryError(error: unknown): boolean {
  if (error instanceof TransactionMemoryExceeded) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && TRANSACTION_MEMORY_CODES.has(code);
}

/**
 * Transaction work whose memory errors the driver does not retry. Neo4j calls them transient, so the driver would
 * run the same write again and again for half a minute before it gave up; they fail the first time instead.
 */
export function failFastOnMemory<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
): (tx: ManagedTransaction) => Promise<T> {
  return async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      throw isTransactionMemoryError(error) ? new TransactionMemoryExceeded(error as Error) : error;
    }
  };
}

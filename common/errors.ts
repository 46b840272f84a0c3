// Errors meant for the user: a module prefix, what happened and what to do, printed without a stack trace.

/** An error whose message is complete advice for the person running kg-explorer. */
export class KgError extends Error {
  override readonly name = "KgError";

  /** @param code short machine-readable kind, e.g. `neo4j-port-busy` */
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Prints an error for a person (the message alone for a KgError, the stack otherwise) and returns the exit code. */
export function reportFatal(error: unknown, write: (line: string) => void = (line) => console.error(line)): number {
  if (error instanceof KgError) {
    write(`kg-explorer: ${error.message}`);
  } else {
    write(`kg-explorer: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return 1;
}

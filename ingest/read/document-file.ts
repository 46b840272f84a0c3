// Reads a file's bytes only when its path is a regular file within a size limit: a FIFO, socket or device is refused
// without being opened, and an oversized file before it is read. Callers word the refusal for what the file is.

import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";

/** What `stat` says of a path, as far as reading it goes. */
export type FileFacts = Pick<
  Stats,
  "isFile" | "isDirectory" | "isFIFO" | "isSocket" | "isCharacterDevice" | "isBlockDevice" | "size"
>;

/** Why a file was not read. */
export type FileProblem =
  | { kind: "missing"; detail: string }
  /** `detail` says what the path is instead: "a directory", "a named pipe (FIFO)" … */
  | { kind: "not-a-file"; detail: string }
  | { kind: "too-large"; size: number; maxBytes: number }
  /** `detail` is the system's message (no permission, an I/O error …). */
  | { kind: "unreadable"; detail: string };

export type FileRead = { bytes: Buffer } | { problem: FileProblem };

/** What refuses a file before it is opened: not a regular file, or larger than `maxBytes`. Pure. */
export function checkFile(facts: FileFacts, maxBytes: number): FileProblem | undefined {
  const kind = describeNonRegularFile(facts);
  if (kind) return { kind: "not-a-file", detail: kind };
  if (facts.size > maxBytes) return { kind: "too-large", size: facts.size, maxBytes };
  return undefined;
}

function describeNonRegularFile(facts: FileFacts): string | undefined {
  if (facts.isFile()) return undefined;
  if (facts.isDirectory()) return "a directory";
  if (facts.isFIFO()) return "a named pipe (FIFO)";
  if (facts.isSocket()) return "a socket";
  if (facts.isCharacterDevice() || facts.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * The bytes of a regular file of at most `maxBytes`, or why not. The path is checked with `stat` before it is opened
 * (opening a FIFO waits for a writer, reading a device may never end), and the open file again, in case the path
 * changed in between: it is opened non-blocking, so that even a FIFO put there meanwhile cannot stall the caller.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<FileRead> {
  let handle;
  try {
    const before = checkFile(await stat(file), maxBytes);
    if (before) return { problem: before };
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = checkFile(await handle.stat(), maxBytes);
    if (opened) return { problem: opened };
    return { bytes: await handle.readFile() };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { problem: { kind: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", detail: message } };
  } finally {
    await handle?.close();
  }
}

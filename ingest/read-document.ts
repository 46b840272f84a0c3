// Reads a document file and decodes it to text; undecodable input is refused with the file's name.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { KgError } from "../common/errors.js";
import type { SourceDocument } from "./types.js";

/** Reads and decodes one document (UTF-8, with or without BOM). */
export async function readDocument(path: string): Promise<SourceDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new KgError("read", `ingest/read: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return { path, text: decodeText(bytes, path), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Decodes bytes as UTF-8; anything else is an error that names the file. */
export function decodeText(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new KgError("decode", `ingest/read: ${path} is not valid UTF-8 text; convert it to UTF-8 and ingest it again.`, { cause: error });
  }
}

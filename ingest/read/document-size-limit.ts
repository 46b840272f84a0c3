// How large a document `kg ingest` and `kg extract` read: a default, and the setting that raises or lowers it.

import { KgError } from "../../common/errors.js";

/**
 * The largest document read by default. A document is written in one transaction (all of it or none), and the
 * write's transaction memory grows with the text: this default keeps it well inside what a Neo4j with a 2 GB heap
 * gives its transactions by default (70% of the heap), with room for denser texts than the synthetic benchmark
 * corpus it was measured on. Reports and pages are far smaller; a larger file is usually a whole corpus in one.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export const MAX_DOCUMENT_SIZE_ENV = "KG_MAX_DOCUMENT_SIZE";
export const MAX_DOCUMENT_SIZE_OPTION = "--max-document-size";
/** How a message names the setting. */
export const MAX_DOCUMENT_SIZE_SETTING = `${MAX_DOCUMENT_SIZE_OPTION} (or ${MAX_DOCUMENT_SIZE_ENV})`;

const UNITS: Readonly<Record<string, number>> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const SIZE = /^(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?$/i;

/** A size such as `8MB`, `512KiB`, `1.5G` or a count of bytes; units are binary (1 MB = 1,048,576 bytes). */
export function parseSize(value: string, where: string): number {
  const match = SIZE.exec(value.trim());
  const unit = (match?.[2] ?? "").toLowerCase();
  const bytes = match ? Math.floor(Number(match[1]) * (UNITS[unit] ?? Number.NaN)) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1)
    throw new KgError(
      "usage",
      `${where}: "${value}" is not a size; give a number of bytes or one with a unit, e.g. 16MB, 512KB, 1GB.`,
    );
  return bytes;
}

/**
 * The document size limit: the command's option wins over the environment variable, which wins over the default.
 * A bad value stops the command with a message naming where it came from.
 */
export function resolveMaxDocumentBytes(option: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) return parseSize(option, MAX_DOCUMENT_SIZE_OPTION);
  const fromEnv = env[MAX_DOCUMENT_SIZE_ENV]?.trim();
  if (fromEnv) return parseSize(fromEnv, MAX_DOCUMENT_SIZE_ENV);
  return DEFAULT_MAX_DOCUMENT_BYTES;
}

/** A size for people: bytes below a kilobyte, else KB, MB or GB with one decimal where it helps. */
export function describeSize(bytes: number): string {
  for (const [unit, factor] of [
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024],
  ] as const) {
    if (bytes >= factor) {
      const value = bytes / factor;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/** A size for people with its exact count of bytes, so that a file just over a limit is seen to be over it. */
export function describeExactSize(bytes: number): string {
  const short = describeSize(bytes);
  return short.endsWith(" bytes") ? short : `${short} (${bytes.toLocaleString("en")} bytes)`;
}

// Reads a document file and decodes it to text (see decode-text.ts); HTML is reduced to its text.

import { createHash } from "node:crypto";
import path from "node:path";
import { KgError } from "../../common/errors.js";
import type { SourceDocument } from "../types.js";
import { decodeText } from "./decode-text.js";
import { readRegularFile, type FileProblem } from "./document-file.js";
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  describeExactSize,
  describeSize,
  MAX_DOCUMENT_SIZE_SETTING,
} from "./document-size-limit.js";

export { decodeText } from "./decode-text.js";

export interface ReadOptions {
  /** Larger documents are refused before they are read (default DEFAULT_MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
}

/**
 * Reads and decodes one document. A path that is not a regular file, a file over the size limit, a binary or
 * undecodable file, and a document without text (empty, only whitespace, an HTML page without text) are KgErrors
 * that name it; an empty document's code is "empty", since it is skipped rather than failed.
 */
export async function readDocument(
  file: string,
  { maxBytes = DEFAULT_MAX_DOCUMENT_BYTES }: ReadOptions = {},
): Promise<SourceDocument> {
  const bytes = await readDocumentBytes(file, maxBytes);
  const decoded = decodeText(bytes, file);
  const text = isHtml(file, decoded) ? htmlToText(decoded) : decoded;
  if (text.trim() === "") throw emptyDocument(file, bytes.length);
  return { path: file, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * The bytes of a document file, read by the same checks as `readDocument` (regular file, size limit); a problem is a
 * KgError naming the file and what to do. The ingest hashes these bytes to skip unchanged documents.
 */
export async function readDocumentBytes(file: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const read = await readRegularFile(file, maxBytes);
  if ("problem" in read) throw documentProblem(file, read.problem);
  return read.bytes;
}

function documentProblem(file: string, problem: FileProblem): KgError {
  const goOn = "the other files go on.";
  switch (problem.kind) {
    case "missing":
      return new KgError("read", `ingest/read: ${file} does not exist; ${goOn}`);
    case "unreadable":
      return new KgError("read", `ingest/read: cannot read ${file}: ${problem.detail}; ${goOn}`);
    case "not-a-file":
      return new KgError(
        "not-a-file",
        `ingest/read: ${file} is ${problem.detail}, not a regular file, and was not opened; give document files. The other files go on.`,
      );
    case "too-large":
      return new KgError(
        "too-large",
        `ingest/read: ${file} is ${describeExactSize(problem.size)}, more than ` +
          `the ${describeSize(problem.maxBytes)} a document may be, and was not read: a document is written in one ` +
          `transaction, and a larger one needs more memory than Neo4j gives a transaction by default. Split it into ` +
          `smaller documents, or raise the limit with ${MAX_DOCUMENT_SIZE_SETTING} if your Neo4j has the memory; ${goOn}`,
      );
  }
}

function emptyDocument(file: string, bytes: number): KgError {
  const what = bytes === 0 ? "is empty (0 bytes)" : "holds no text, only whitespace or markup";
  return new KgError("empty", `ingest/read: ${file} ${what}; skipped, nothing was written for it.`);
}

function isHtml(file: string, text: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return (
    extension === ".html" || extension === ".htm" || (extension !== ".txt" && /^\s*<(?:!doctype html|html)/i.test(text))
  );
}

const DROPPED_ELEMENTS = /<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAGS =
  /<\/?(?:p|div|br|hr|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|title|blockquote|pre)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const COMMENTS = /<!--[\s\S]*?-->/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  middot: "·",
  mdash: "—",
  hellip: "…",
};

/** The readable text of an HTML page: scripts and styles dropped, blocks on their own lines, entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENTS, "")
    .replace(DROPPED_ELEMENTS, "")
    .replace(BLOCK_TAGS, "\n")
    .replace(ANY_TAG, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[name.toLowerCase()];
}

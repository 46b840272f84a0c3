// Reads a document file and decodes it to text (UTF-8, UTF-16 with BOM, GB18030/GBK); HTML is reduced to its text.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { KgError } from "../../common/errors.js";
import type { SourceDocument } from "../types.js";

/** Reads and decodes one document; a binary or undecodable file is a KgError that names it. */
export async function readDocument(file: string): Promise<SourceDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new KgError("read", `ingest/read: cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const decoded = decodeText(bytes, file);
  const text = isHtml(file, decoded) ? htmlToText(decoded) : decoded;
  return { path: file, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Encodings tried in order when there is no BOM: strict UTF-8 first, then the Chinese national standard. */
const FALLBACK_ENCODINGS = ["utf-8", "gb18030"] as const;

/**
 * Decodes bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, then GB18030 (a superset of GBK).
 * Bytes that look binary (NUL bytes, control characters) or that no encoding decodes are refused with the file's name.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const bom = detectBom(bytes);
  if (bom) return stripBom(strictDecode(bytes.subarray(bom.length), bom.encoding, file));
  if (looksBinary(bytes)) throw undecodable(file, "it looks like a binary file (NUL or control bytes)");
  for (const encoding of FALLBACK_ENCODINGS) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw undecodable(file, "it is neither UTF-8, UTF-16 with a BOM nor GB18030/GBK text");
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

function strictDecode(bytes: Uint8Array, encoding: string, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw undecodable(
      file,
      `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
      error,
    );
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text files have no NUL bytes and few C0 control bytes besides tab, line feed, carriage return and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function undecodable(file: string, why: string, cause?: unknown): KgError {
  return new KgError(
    "decode",
    `ingest/read: cannot decode ${file}: ${why}. Save it as UTF-8 (or GB18030) text and ingest it again; the other files go on.`,
    { cause },
  );
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

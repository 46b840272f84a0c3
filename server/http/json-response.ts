// JSON responses compressed in one piece off the event loop, for values handed out again and again (the OpenAPI
// document, the communities view until the graph changes) encoded only once, and graphs written as they stream from
// Neo4j.

import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { promisify } from "node:util";
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  gzipSync,
  type BrotliOptions,
} from "node:zlib";
import type { Request, Response } from "express";
import { graphJsonPieces } from "../repository/graph-json.js";
import type { JsonText, StreamedEntityGraph } from "../repository/types.js";

/**
 * Bodies below this size go as they are. With its headers, such a body fits in TCP's initial congestion window (ten
 * segments, about 14 kB), so it reaches the client in one round trip compressed or not: compression would only cost
 * time, on both sides, and on a small neighbourhood that time is a good share of the whole request.
 */
const COMPRESS_FROM_BYTES = 12 * 1024;

/**
 * The content codings the API answers in, best first. Brotli's fast qualities pack a hub's neighbourhood in well under
 * the time of gzip's fastest level, in one piece or streamed, and unpack it in about half, to a slightly smaller body
 * (bench:api measures it). Chromium asks for it from localhost too (seen in
 * its request headers), which is where the explorer is served by default; gzip serves every client that takes only it.
 */
type ContentCoding = "br" | "gzip";

/** The coding `request` takes, the server's preference first; null when it takes none of them. */
function contentCoding(request: Request): ContentCoding | null {
  if (request.acceptsEncodings("br") === "br") return "br";
  return request.acceptsEncodings("gzip") === "gzip" ? "gzip" : null;
}

/**
 * Brotli quality 1 (of 11) and gzip level 1 (of 9), their fastest but for brotli's 0, which packs a hub's neighbourhood
 * noticeably larger for little time saved; brotli 1 still costs less CPU than gzip 1 for a smaller body.
 */
const brotliOptions = (bytes?: number): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 1,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    ...(bytes === undefined ? {} : { [constants.BROTLI_PARAM_SIZE_HINT]: bytes }),
  },
});
const GZIP_OPTIONS = { level: 1 };

interface Encoded {
  json: string | Buffer;
  /** A validator for a value sent again and again, so express need not hash the body on every request. */
  etag?: string;
  /** The UTF-8 length of `json`, once measured. */
  bytes?: number;
  compressed?: Partial<Record<ContentCoding, Promise<Buffer>>>;
}

/** Bodies below this size are compressed on the event loop: a fraction of a millisecond, less than a trip to zlib's threads. */
const COMPRESS_ON_THREADS_FROM_CHARS = 64 * 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A whole body compressed in one zlib call, which costs less than streaming it through zlib in chunks. */
function compress(json: string | Buffer, bytes: number, coding: ContentCoding): Promise<Buffer> {
  const onThreads = json.length >= COMPRESS_ON_THREADS_FROM_CHARS;
  if (coding === "br")
    return onThreads
      ? brotliAsync(json, brotliOptions(bytes))
      : Promise.resolve(brotliCompressSync(json, brotliOptions(bytes)));
  return onThreads ? gzipAsync(json, GZIP_OPTIONS) : Promise.resolve(gzipSync(json, GZIP_OPTIONS));
}

async function send(request: Request, response: Response, encoded: Encoded): Promise<void> {
  response.type("json").vary("Accept-Encoding");
  if (encoded.etag) response.set("ETag", encoded.etag);
  const bytes = (encoded.bytes ??= Buffer.byteLength(encoded.json));
  const coding = bytes < COMPRESS_FROM_BYTES ? null : contentCoding(request);
  if (!coding) {
    response.send(encoded.json);
    return;
  }
  const compressed = (encoded.compressed ??= {});
  compressed[coding] ??= compress(encoded.json, bytes, coding);
  response.set("Content-Encoding", coding).send(await compressed[coding]);
}

/** Sends `value` as JSON, compressed when the client takes brotli or gzip. */
export function sendJson(request: Request, response: Response, value: unknown): Promise<void> {
  return send(request, response, { json: JSON.stringify(value) });
}

const isJsonText = (value: object): value is JsonText => Buffer.isBuffer((value as Partial<JsonText>).jsonText);

/**
 * A sender that reuses a value's serialization (or the JSON text it is), its compressed forms and its ETag for as long
 * as the same object comes back. The ETag is weak: the JSON and its compressed forms are the same value, and a browser
 * revalidating any gets a 304.
 */
export function createCachedJsonSender(): (request: Request, response: Response, value: object) => Promise<void> {
  const encoded = new WeakMap<object, Encoded>();
  return (request, response, value) => {
    let entry = encoded.get(value);
    if (!entry) {
      const json = isJsonText(value) ? value.jsonText : JSON.stringify(value);
      entry = { json, etag: `W/"${createHash("sha1").update(json).digest("base64url")}"` };
      encoded.set(value, entry);
    }
    return send(request, response, entry);
  };
}

/**
 * Starts a JSON body written in pieces: its headers go out at once, so that a failure later cuts the connection (a
 * client never takes a part for the whole); the pieces are compressed, on zlib's threads, when the client takes it.
 */
function openJsonStream(request: Request, response: Response): Writable {
  response.type("json").vary("Accept-Encoding");
  const coding = contentCoding(request);
  if (!coding) {
    response.flushHeaders();
    return response;
  }
  response.set("Content-Encoding", coding).flushHeaders();
  const compressor = coding === "br" ? createBrotliCompress(brotliOptions()) : createGzip(GZIP_OPTIONS);
  compressor.pipe(response);
  return compressor;
}

/**
 * Sends a graph as JSON while its parts still arrive from Neo4j: a hub's neighbourhood is half a megabyte, and its
 * encoding and compression then overlap with the query instead of following it. A graph of one piece goes whole.
 */
export async function sendStreamedGraph(
  request: Request,
  response: Response,
  graph: StreamedEntityGraph,
): Promise<void> {
  const pieces = graphJsonPieces(graph);
  let stream: Writable | undefined;
  let next: IteratorResult<string, string>;
  try {
    while (!(next = await pieces.next()).done) {
      // A client gone away stops the reading too: ending the pieces closes the stream and its Neo4j session.
      if (response.destroyed) {
        stream?.destroy();
        await pieces.return("");
        return;
      }
      stream ??= openJsonStream(request, response);
      stream.write(next.value);
    }
  } catch (error) {
    stream?.destroy();
    throw error;
  }
  if (stream) stream.end(next.value);
  else await send(request, response, { json: next.value });
}

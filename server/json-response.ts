// JSON responses gzipped in one piece off the event loop, for values handed out again and again (the OpenAPI document,
// the communities view until the graph changes) encoded only once, and graphs written as they stream from Neo4j.

import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { promisify } from "node:util";
import { createGzip, gzip, gzipSync } from "node:zlib";
import type { Request, Response } from "express";
import { bySubgraphPosition, type StreamedEntityGraph, type SubgraphPart } from "./graph-repository.js";

const gzipAsync = promisify(gzip);

/**
 * Bodies below this size go as they are. With its headers, such a body fits in TCP's initial congestion window (ten
 * segments, about 14 kB), so it reaches the client in one round trip gzipped or not: gzip would only cost time, on
 * both sides (a neighbourhood of 40 entities: 0.3 ms of the server's 2 ms around its query).
 */
const GZIP_FROM_BYTES = 12 * 1024;

interface Encoded {
  json: string;
  /** A validator for a value sent again and again, so express need not hash the body on every request. */
  etag?: string;
  /** The UTF-8 length of `json`, once measured. */
  bytes?: number;
  gzip?: Promise<Buffer>;
}

/** Bodies below this size are gzipped on the event loop: a fraction of a millisecond, less than a trip to zlib's threads. */
const GZIP_ON_THREADS_FROM_CHARS = 64 * 1024;

/**
 * Fastest gzip: level 1 compresses a hub's neighbourhood in half the time of the default level, to about 1.3 times
 * the size (47 kB instead of 36 kB), which no network notices. One zlib call on a whole body costs less than
 * streaming it through zlib in chunks.
 */
const compress = (json: string): Promise<Buffer> =>
  json.length < GZIP_ON_THREADS_FROM_CHARS ? Promise.resolve(gzipSync(json, { level: 1 })) : gzipAsync(json, { level: 1 });

async function send(request: Request, response: Response, encoded: Encoded): Promise<void> {
  response.type("json").vary("Accept-Encoding");
  if (encoded.etag) response.set("ETag", encoded.etag);
  encoded.bytes ??= Buffer.byteLength(encoded.json);
  if (encoded.bytes < GZIP_FROM_BYTES || !request.acceptsEncodings("gzip")) {
    response.send(encoded.json);
    return;
  }
  encoded.gzip ??= compress(encoded.json);
  response.set("Content-Encoding", "gzip").send(await encoded.gzip);
}

/** Sends `value` as JSON, gzipped when the client accepts it. */
export function sendJson(request: Request, response: Response, value: unknown): Promise<void> {
  return send(request, response, { json: JSON.stringify(value) });
}

/**
 * A sender that reuses a value's serialization, its gzip form and its ETag for as long as the same object comes back.
 * The ETag is weak: the JSON and its gzip form are the same value, and a browser revalidating either gets a 304.
 */
export function createCachedJsonSender(): (request: Request, response: Response, value: object) => Promise<void> {
  const encoded = new WeakMap<object, Encoded>();
  return (request, response, value) => {
    let entry = encoded.get(value);
    if (!entry) {
      const json = JSON.stringify(value);
      entry = { json, etag: `W/"${createHash("sha1").update(json).digest("base64url")}"` };
      encoded.set(value, entry);
    }
    return send(request, response, entry);
  };
}

/**
 * Text is handed to the response (and its gzip) in pieces of about this many characters; a smaller graph goes in
 * one. Each piece is a trip to zlib's threads whose answer waits for the event loop, busy with the records: with
 * pieces of 128 K characters instead of 32 K, a hub's neighbourhood ends about 1 ms sooner after its last record,
 * and its p95 over its bare query drops from about 17 ms to 12 (in-process, two and three runs).
 */
const STREAM_PIECE_CHARS = 128 * 1024;

/**
 * Starts a JSON body written in pieces: its headers go out at once, so that a failure later cuts the connection (a
 * client never takes a part for the whole); the pieces go through gzip when the client accepts it, on zlib's threads.
 */
function openJsonStream(request: Request, response: Response): Writable {
  response.type("json").vary("Accept-Encoding");
  if (!request.acceptsEncodings("gzip")) {
    response.flushHeaders();
    return response;
  }
  response.set("Content-Encoding", "gzip").flushHeaders();
  const gzip = createGzip({ level: 1 });
  gzip.pipe(response);
  return gzip;
}

/**
 * Sends a graph as JSON while its parts still arrive from Neo4j: a hub's neighbourhood is half a megabyte, and its
 * encoding and compression then overlap with the query instead of following it. The edges go first, as they come;
 * the nodes, few and wanted in their order, last.
 */
export async function sendStreamedGraph(request: Request, response: Response, graph: StreamedEntityGraph): Promise<void> {
  // The text waiting to be written, as pieces joined once: appending to one string builds a rope that UTF-8 encoding
  // must first copy flat, which on a hub's neighbourhood took 3 ms of the event loop.
  let pending: string[] = [`{"attributes":${JSON.stringify(graph.attributes)},"options":${JSON.stringify(graph.options)},"edges":[`];
  let pendingChars = 0;
  let anyEdges = false;
  let stream: Writable | undefined;
  // Only the nodes wait for the end: a part's edges are garbage once written, before the next young collection.
  const nodes: Array<Pick<SubgraphPart, "position" | "node">> = [];
  try {
    for await (const part of graph.parts) {
      nodes.push({ position: part.position, node: part.node });
      if (!part.edgesJson) continue;
      if (anyEdges) pending.push(",");
      pending.push(part.edgesJson);
      anyEdges = true;
      pendingChars += part.edgesJson.length;
      if (pendingChars >= STREAM_PIECE_CHARS) {
        // A client gone away stops the reading too: leaving the loop closes the stream and its Neo4j session.
        if (response.destroyed) {
          stream?.destroy();
          return;
        }
        stream ??= openJsonStream(request, response);
        stream.write(pending.join(""));
        pending = [];
        pendingChars = 0;
      }
    }
  } catch (error) {
    stream?.destroy();
    throw error;
  }
  nodes.sort(bySubgraphPosition);
  pending.push(`],"nodes":${JSON.stringify(nodes.map((part) => part.node))}}`);
  const rest = pending.join("");
  if (stream) stream.end(rest);
  else await send(request, response, { json: rest });
}

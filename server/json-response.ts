// JSON responses gzipped in one piece off the event loop, for values handed out again and again (the OpenAPI document,
// the communities view until the graph changes) encoded only once, and graphs written as they stream from Neo4j.

import { promisify } from "node:util";
import { gzip, gzipSync } from "node:zlib";
import type { Request, Response } from "express";
import { bySubgraphPosition, type StreamedEntityGraph, type SubgraphPart } from "./graph-repository.js";

const gzipAsync = promisify(gzip);

/** Bodies below this size go as they are: gzip would save less than its own cost. */
const GZIP_FROM_BYTES = 1024;

interface Encoded {
  json: string;
  gzip?: Promise<Buffer>;
}

/** Bodies below this size are gzipped on the event loop: a fraction of a millisecond, less than a trip to zlib's threads. */
const GZIP_ON_THREADS_FROM_CHARS = 64 * 1024;

/**
 * Fastest gzip: level 1 compresses a hub's neighbourhood in half the time of the default level, to about 1.3 times
 * the size (47 kB instead of 36 kB), which no network notices. One zlib call on the whole body costs less than the
 * compression middleware's streaming of it in chunks.
 */
const compress = (json: string): Promise<Buffer> =>
  json.length < GZIP_ON_THREADS_FROM_CHARS ? Promise.resolve(gzipSync(json, { level: 1 })) : gzipAsync(json, { level: 1 });

async function send(request: Request, response: Response, encoded: Encoded): Promise<void> {
  response.type("json").vary("Accept-Encoding");
  if (encoded.json.length < GZIP_FROM_BYTES || !request.acceptsEncodings("gzip")) {
    response.send(encoded.json);
    return;
  }
  encoded.gzip ??= compress(encoded.json);
  // The compression middleware leaves a body that already has its Content-Encoding alone.
  response.set("Content-Encoding", "gzip").send(await encoded.gzip);
}

/** Sends `value` as JSON, gzipped when the client accepts it. */
export function sendJson(request: Request, response: Response, value: unknown): Promise<void> {
  return send(request, response, { json: JSON.stringify(value) });
}

/** A sender that reuses a value's serialization and its gzip form for as long as the same object comes back. */
export function createCachedJsonSender(): (request: Request, response: Response, value: object) => Promise<void> {
  const encoded = new WeakMap<object, Encoded>();
  return (request, response, value) => {
    let entry = encoded.get(value);
    if (!entry) encoded.set(value, (entry = { json: JSON.stringify(value) }));
    return send(request, response, entry);
  };
}

/** Text is handed to the response (and its compression) in pieces of about this size; a smaller graph goes in one. */
const STREAM_PIECE_CHARS = 32 * 1024;

/**
 * Sends a graph as JSON while its parts still arrive from Neo4j: a hub's neighbourhood is half a megabyte, and its
 * encoding and compression then overlap with the query instead of following it (the compression middleware gzips
 * the pieces). The edges go first, as they come; the nodes, few and wanted in their order, last.
 */
export async function sendStreamedGraph(request: Request, response: Response, graph: StreamedEntityGraph): Promise<void> {
  let text = `{"attributes":${JSON.stringify(graph.attributes)},"options":${JSON.stringify(graph.options)},"edges":[`;
  let separator = "";
  let streaming = false;
  // Only the nodes wait for the end: a part's edges are garbage once written, before the next young collection.
  const nodes: Array<Pick<SubgraphPart, "position" | "node">> = [];
  for await (const part of graph.parts) {
    nodes.push({ position: part.position, node: part.node });
    if (!part.edgesJson) continue;
    text += separator + part.edgesJson;
    separator = ",";
    if (text.length >= STREAM_PIECE_CHARS) {
      // A client gone away stops the reading too: leaving the loop closes the stream and its Neo4j session.
      if (response.destroyed) return;
      if (!streaming) response.type("json");
      streaming = true;
      response.write(text);
      text = "";
    }
  }
  nodes.sort(bySubgraphPosition);
  const rest = `${text}],"nodes":${JSON.stringify(nodes.map((part) => part.node))}}`;
  if (streaming) response.end(rest);
  else await send(request, response, { json: rest });
}

// Responses for values handed out again and again (the OpenAPI document, the communities view until the graph changes):
// serialized and gzipped once, then sent as they are.

import { gzipSync } from "node:zlib";
import type { Request, Response } from "express";

interface Encoded {
  json: string;
  gzip?: Buffer;
}

/** Sends `value` as JSON, reusing its serialization and its gzip form for as long as the same object comes back. */
export function createCachedJsonSender(): (request: Request, response: Response, value: object) => void {
  const encoded = new WeakMap<object, Encoded>();
  return (request, response, value) => {
    let entry = encoded.get(value);
    if (!entry) encoded.set(value, (entry = { json: JSON.stringify(value) }));
    response.type("json").vary("Accept-Encoding");
    if (entry.json.length < 1024 || !request.acceptsEncodings("gzip")) {
      response.send(entry.json);
      return;
    }
    entry.gzip ??= gzipSync(entry.json);
    // The compression middleware leaves a body that already has its Content-Encoding alone.
    response.set("Content-Encoding", "gzip").send(entry.gzip);
  };
}

// A graph sent as it streams: pieces for a large one, one body for a small one, a cut connection when the stream fails.

import express from "express";
import { describe, expect, it, onTestFinished } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import type { StreamedEntityGraph, SubgraphPart } from "../../../../server/repository/types.js";
import { sendStreamedGraph } from "../../../../server/http/json-response.js";
import { serveApp } from "../../../helpers/serve-app.js";

const options = { type: "directed", multi: true, allowSelfLoops: false } as const;

/** Entity i with an edge to each of the next `fanOut` entities, numbered around a ring of `count`. */
function part(i: number, count: number, fanOut: number): SubgraphPart {
  const key = `Organization:机构${i}`;
  const edges = Array.from({ length: fanOut }, (_, j) => {
    const target = `Organization:机构${(i + j + 1) % count}`;
    return {
      key: `${key}-[COLLABORATES_WITH]->${target}`,
      source: key,
      target,
      attributes: { relation: "COLLABORATES_WITH" as const, weight: j + 1, rule: "co-sentence", stated: true },
    };
  });
  return {
    position: i,
    node: { key, attributes: { label: `机构${i}`, entityType: "Organization", mentions: i, documents: 1 } },
    edgesJson: JSON.stringify(edges).slice(1, -1),
  };
}

/** What a stream of parts went through: how many were read and whether it was closed before its end. */
interface Reading {
  read: number;
  closedEarly: boolean;
}

/**
 * The parts in an order other than their positions', as Neo4j may send them, a record at a time (`pause` ms apart);
 * failing after `failAfter`.
 */
async function* parts(
  count: number,
  fanOut: number,
  { failAfter = Infinity, pause = 0, reading = { read: 0, closedEarly: false } } = {},
): AsyncGenerator<SubgraphPart> {
  try {
    for (; reading.read < count; reading.read++) {
      if (reading.read === failAfter) throw new Error("Neo.TransientError.General.DatabaseUnavailable");
      await new Promise((resolve) => setTimeout(resolve, pause));
      yield part((reading.read * 7) % count, count, fanOut);
    }
  } finally {
    reading.closedEarly = reading.read < count;
  }
}

async function serve(graph: () => StreamedEntityGraph): Promise<string> {
  // No compression middleware: sendStreamedGraph compresses what it streams by itself.
  const app = express();
  app.get("/graph", (request, response) => sendStreamedGraph(request, response, graph()));
  const { url, close } = await serveApp(app);
  onTestFinished(close);
  return `${url}/graph`;
}

describe("sendStreamedGraph", () => {
  it("sends a large graph in pieces, its nodes in their order and every edge once", async () => {
    const count = 200;
    const url = await serve(() => ({
      attributes: { truncated: true, center: "Organization:机构0" },
      options,
      parts: parts(count, 10),
    }));
    const response = await fetch(url);
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const graph = (await response.json()) as SerializedEntityGraph;
    expect(graph.attributes).toEqual({ truncated: true, center: "Organization:机构0" });
    expect(graph.options).toEqual(options);
    expect(graph.nodes.map((n) => n.attributes.mentions)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(graph.edges).toHaveLength(count * 10);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(count * 10);
  });

  it("streams a large graph in brotli to a client that takes it, as a browser does", async () => {
    const url = await serve(() => ({ attributes: { truncated: false }, options, parts: parts(200, 10) }));
    const response = await fetch(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("content-length")).toBeNull();
    const graph = (await response.json()) as SerializedEntityGraph;
    expect(graph.nodes).toHaveLength(200);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(200 * 10);
  });

  it("streams a large graph plain to a client that takes no compression", async () => {
    const url = await serve(() => ({ attributes: { truncated: false }, options, parts: parts(200, 10) }));
    const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("content-length")).toBeNull();
    const graph = (await response.json()) as SerializedEntityGraph;
    expect(graph.edges).toHaveLength(200 * 10);
  });

  it("sends a small graph in one body with its length", async () => {
    const url = await serve(() => ({ attributes: { truncated: false }, options, parts: parts(3, 1) }));
    const response = await fetch(url);
    expect(response.headers.get("content-length")).not.toBeNull();
    const graph = (await response.json()) as SerializedEntityGraph;
    expect(graph.nodes.map((n) => n.key)).toEqual(["Organization:机构0", "Organization:机构1", "Organization:机构2"]);
    expect(graph.edges.map((e) => e.target)).toEqual([
      "Organization:机构1",
      "Organization:机构2",
      "Organization:机构0",
    ]);
  });

  it("cuts the connection when the stream fails after the first pieces, so no client takes a part for the whole", async () => {
    const url = await serve(() => ({
      attributes: { truncated: false },
      options,
      parts: parts(200, 10, { failAfter: 150 }),
    }));
    // Whether the headers went out before the cut or not, reading the answer fails.
    await expect(fetch(url).then((response) => response.json())).rejects.toThrow();
  });

  it("stops reading the graph when the client goes away", async () => {
    const reading: Reading = { read: 0, closedEarly: false };
    const url = await serve(() => ({
      attributes: { truncated: false },
      options,
      parts: parts(400, 10, { pause: 5, reading }),
    }));
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await expect.poll(() => reading.closedEarly, { timeout: 5000 }).toBe(true);
    expect(reading.read).toBeLessThan(400);
  });
});

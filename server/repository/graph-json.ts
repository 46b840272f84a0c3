// A streamed entity graph written as graphology's serialized JSON text while its parts arrive: the edges first, as
// they come, then the nodes in their order. Sent as it is written (a neighbourhood), or kept whole (an overview view).

import { bySubgraphPosition } from "./subgraph.js";
import type { StreamedEntityGraph, SubgraphPart } from "./types.js";

/**
 * Text is handed out in pieces of about this many characters, and a smaller graph in one. Each piece a response
 * compresses is a trip to zlib's threads whose answer waits for the event loop, busy with the records: fewer, larger
 * pieces end a hub's neighbourhood sooner after its last record.
 */
export const GRAPH_PIECE_CHARS = 128 * 1024;

/**
 * The graph's JSON text: pieces of about `pieceChars` characters as they fill, and as the return value the closing
 * piece with the nodes (the whole text for a small graph). Stopping early closes the graph's stream, and its Neo4j
 * session with it.
 */
export async function* graphJsonPieces(
  graph: StreamedEntityGraph,
  pieceChars = GRAPH_PIECE_CHARS,
): AsyncGenerator<string, string> {
  // The text waiting to be handed out, as pieces joined once: appending to one string builds a rope that UTF-8
  // encoding must first copy flat, which on a hub's neighbourhood holds the event loop for a noticeable time.
  let pending: string[] = [
    `{"attributes":${JSON.stringify(graph.attributes)},"options":${JSON.stringify(graph.options)},"edges":[`,
  ];
  let pendingChars = 0;
  let anyEdges = false;
  // Only the nodes wait for the end: a part's edges are garbage once handed out, before the next young collection.
  const nodes: Array<Pick<SubgraphPart, "position" | "node">> = [];
  for await (const part of graph.parts) {
    nodes.push({ position: part.position, node: part.node });
    if (!part.edgesJson) continue;
    if (anyEdges) pending.push(",");
    pending.push(part.edgesJson);
    anyEdges = true;
    pendingChars += part.edgesJson.length;
    if (pendingChars >= pieceChars) {
      yield pending.join("");
      pending = [];
      pendingChars = 0;
    }
  }
  nodes.sort(bySubgraphPosition);
  pending.push(`],"nodes":${JSON.stringify(nodes.map((part) => part.node))}}`);
  return pending.join("");
}

/** The graph's whole JSON text in UTF-8, a buffer outside the JavaScript heap: nothing for the collector to walk. */
export async function graphJsonBytes(graph: StreamedEntityGraph): Promise<Buffer> {
  const pieces = graphJsonPieces(graph);
  const buffers: Buffer[] = [];
  for (;;) {
    const next = await pieces.next();
    buffers.push(Buffer.from(next.value));
    if (next.done) return Buffer.concat(buffers);
  }
}

// The bare sigma page: fetches the same /api/overview as the explorer, gives every node a seeded random position and
// draws the graph with `new Sigma(graph, container)` and sigma's defaults; marks its first frame like the explorer.

import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import { setSignal } from "../../client/page-signals.js";
import { seededRandom } from "../../common/seeded-random.js";

async function start(): Promise<void> {
  const response = await fetch(`/api/overview${window.location.search}`);
  if (!response.ok) throw new Error(`bare-sigma: /api/overview answered ${response.status}: ${await response.text()}`);
  const graph = Graph.from((await response.json()) as SerializedGraph);
  const random = seededRandom(42);
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: random(), y: random() }));
  // Sigma's constructor draws the first frame synchronously (refresh, then render), before an afterRender listener
  // could be attached, and nothing changes afterwards to draw another: so the mark follows the constructor.
  const sigma = new Sigma(graph, document.getElementById("graph") as HTMLElement);
  performance.mark("kg:first-frame");
  setSignal(document.body, "renderedNodes", graph.order);
  window.addEventListener("pagehide", () => sigma.kill(), { once: true });
}

start().catch((error: unknown) => {
  setSignal(document.body, "error", error instanceof Error ? error.message : String(error));
  throw error;
});

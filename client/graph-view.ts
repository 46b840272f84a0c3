// The sigma view of the entity graph: ForceAtlas2 in its web worker, hover emphasis through reducers.

import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { EdgeAttributes, EntityGraph, NodeAttributes } from "./load-graph.js";

export interface GraphView {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Stops the layout, kills its worker and the renderer. */
  cleanup(): void;
}

const LAYOUT_MS = 4000;
const DIMMED = "#e5e7eb";

/** Renders the graph into the container and runs the layout for a few seconds. */
export function createGraphView(container: HTMLElement, graph: EntityGraph, onFirstFrame: () => void): GraphView {
  const state: { hovered?: string; neighbours: Set<string> } = { neighbours: new Set() };
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    labelFont: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.5,
    hideEdgesOnMove: graph.size > 5000,
    zIndex: true,
    nodeReducer(node, data) {
      if (state.hovered === undefined || node === state.hovered || state.neighbours.has(node)) {
        return node === state.hovered ? { ...data, highlighted: true, zIndex: 1 } : data;
      }
      return { ...data, color: DIMMED, label: null, zIndex: 0 };
    },
    edgeReducer(edge, data) {
      if (state.hovered === undefined || graph.hasExtremity(edge, state.hovered)) return data;
      return { ...data, hidden: true };
    },
  });

  const setHovered = (node: string | undefined): void => {
    state.hovered = node;
    state.neighbours = node === undefined ? new Set() : new Set(graph.neighbors(node));
    sigma.refresh({ skipIndexation: true });
  };
  sigma.on("enterNode", ({ node }) => setHovered(node));
  sigma.on("leaveNode", () => setHovered(undefined));
  sigma.once("afterRender", onFirstFrame);

  const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  layout.start();
  const timer = window.setTimeout(() => layout.stop(), LAYOUT_MS);

  return {
    sigma,
    cleanup() {
      window.clearTimeout(timer);
      layout.kill();
      sigma.kill();
    },
  };
}

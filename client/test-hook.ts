// A small, documented hook for the end-to-end tests: only with `?testHook` in the URL, `window.__kgExplorer` tells where a node is drawn.

import type { Explorer } from "./explorer/index.js";

/** What the end-to-end tests may call; nothing else of the explorer is global. */
export interface ExplorerTestHook {
  /** A node's position in CSS pixels relative to the #graph element, or null when it is not drawn. */
  nodePosition(key: string): { x: number; y: number } | null;
  /** Every node of the graph with how it is coloured and its community (item 7's e2e test reads them). */
  drawnNodes(): ReturnType<Explorer["drawnNodes"]>;
  /** One step of the time bar's play; false when its range is already at the last year. */
  timeStep(): boolean;
  /** A node's position in graph coordinates (where pins and layouts put it), or null when it is not in the graph. */
  graphPosition(key: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __kgExplorer?: ExplorerTestHook;
  }
}

/** Installs the hook when the page was opened with `testHook` in its query string. */
export function installTestHook(explorer: Explorer, search: string): void {
  if (!new URLSearchParams(search).has("testHook")) return;
  window.__kgExplorer = {
    nodePosition: (key) => explorer.nodeViewportPosition(key),
    drawnNodes: () => explorer.drawnNodes(),
    timeStep: () => explorer.timeStep(),
    graphPosition: (key) => explorer.nodeGraphPosition(key),
  };
}

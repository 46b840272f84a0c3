// The data-* attributes that tell scripts what the page shows (the e2e tests and bench/client-bench.ts wait on them),
// declared here with their element and meaning and set only through `setSignal`.

/** One signal: the attribute, the element that carries it, and what its value means. */
export interface PageSignal {
  attribute: `data-${string}`;
  element: string;
  meaning: string;
}

export const PAGE_SIGNALS = {
  renderedNodes: {
    attribute: "data-rendered-nodes",
    element: "body",
    meaning: "nodes in the graph, set once sigma has drawn its first frame and again whenever the status line changes",
  },
  error: {
    attribute: "data-error",
    element: "body",
    meaning: "why the overview could not be loaded; absent once one was",
  },
  loading: { attribute: "data-loading", element: "#graph", meaning: '"true" while the overview request runs' },
  layout: {
    attribute: "data-layout",
    element: "#graph",
    meaning: '"running" or "stopped": whether ForceAtlas2 moves the nodes',
  },
  analysis: {
    attribute: "data-analysis",
    element: "#graph",
    meaning: '"running" while the analysis worker computes measures, then "done"',
  },
  colorBy: {
    attribute: "data-color-by",
    element: "#graph",
    meaning: "the colour choice the drawn colours follow, once the analysis is done",
  },
  sizeBy: {
    attribute: "data-size-by",
    element: "#graph",
    meaning: "the size choice the drawn sizes follow, once the analysis is done",
  },
  pathNodes: { attribute: "data-path-nodes", element: "#graph", meaning: "nodes emphasised by the last path search" },
  restored: {
    attribute: "data-restored",
    element: "#graph",
    meaning: '"true" once the view a link names (expansions, path, selection, camera) is restored on the overview',
  },
  visibleNodes: {
    attribute: "data-visible-nodes",
    element: "#graph",
    meaning: "nodes that pass the filters, after the last filter change",
  },
  visibleEdges: {
    attribute: "data-visible-edges",
    element: "#graph",
    meaning: "edges that pass the filters, after the last filter change",
  },
  focused: {
    attribute: "data-focused",
    element: "#graph",
    meaning: "the node the camera last came to rest on; absent while it moves",
  },
  panelKind: {
    attribute: "data-kind",
    element: "#panel",
    meaning:
      '"entity", "edge", "message" or "projection-link" (a link of the organizations view): what the side panel shows',
  },
  panelEntity: {
    attribute: "data-entity",
    element: "#panel",
    meaning: "the entity the side panel shows; absent for a relation or a message",
  },
} as const satisfies Record<string, PageSignal>;

export type SignalName = keyof typeof PAGE_SIGNALS;

/**
 * Sets a signal on its element (the one `PAGE_SIGNALS` names), or removes it with null. Attributes that only label
 * the items of a list or the buttons of a view (a search hit's `data-entity`, a panel button's `data-action`) are
 * part of that view's markup and stay with it.
 */
export function setSignal(element: HTMLElement, name: SignalName, value: string | number | null): void {
  const { attribute } = PAGE_SIGNALS[name];
  if (value === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, String(value));
}

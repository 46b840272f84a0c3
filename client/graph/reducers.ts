// Emphasis in sigma's reducers: filters hide, hover/selection/path focus dim the rest. Attributes are never written here.

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, PATH_EDGE_COLOR, SELECTED_EDGE_COLOR } from "./entity-style.js";
import { dateStepChanges, type DrawnState, type PartialGraph } from "./date-step.js";
import { DEFAULT_FILTERS, edgePasses, nodePasses, nodesInDateRange, type Filters } from "./filters.js";
import type { ExplorerGraph, ViewEdgeAttributes, ViewNodeAttributes } from "./graph-model.js";

/** What the user points at: read by the reducers on every refresh. */
export interface Emphasis {
  hovered: string | null;
  selected: string | null;
  /** Edges shown in the edge panel (all relations between one pair). */
  selectedEdges: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  filters: Filters;
  /** Big graphs hide their edges while the layout moves the nodes, so every frame stays cheap. */
  hideEdges: boolean;
  /** Nodes picked for a merge: highlighted and labelled whatever the focus. */
  marked: ReadonlySet<string>;
  /** Nodes the user hid: not drawn, nor their edges. */
  hiddenNodes: ReadonlySet<string>;
  /** Nodes picked together (lasso or shift-click) to act on at once. */
  chosen: ReadonlySet<string>;
  /** Nodes placed by hand: their label is always drawn, with a mark. */
  pinned: ReadonlySet<string>;
}

export function createEmphasis(): Emphasis {
  return {
    hovered: null,
    selected: null,
    selectedEdges: new Set(),
    pathNodes: new Set(),
    pathEdges: new Set(),
    filters: DEFAULT_FILTERS,
    hideEdges: false,
    marked: new Set(),
    hiddenNodes: new Set(),
    chosen: new Set(),
    pinned: new Set(),
  };
}

/** Labels are forced on a focus of at most this many nodes; beyond it sigma's label grid decides. */
const FORCED_LABELS = 40;

/** The nodes in focus: the hovered node and its neighbours, else the path, else the selection and its neighbours. */
export function focusOf(graph: ExplorerGraph, e: Emphasis): ReadonlySet<string> | null {
  if (e.hovered !== null && graph.hasNode(e.hovered)) return new Set([e.hovered, ...graph.neighbors(e.hovered)]);
  if (e.pathNodes.size > 0) return e.pathNodes;
  if (e.selectedEdges.size > 0) {
    const ends = new Set<string>();
    for (const edge of e.selectedEdges) if (graph.hasEdge(edge)) graph.extremities(edge).forEach((n) => ends.add(n));
    return ends;
  }
  if (e.selected !== null && graph.hasNode(e.selected)) return new Set([e.selected, ...graph.neighbors(e.selected)]);
  return null;
}

/** A pin's mark before the label: a glyph the interface's fonts all have. */
export const PIN_MARK = "◆ ";

/** A pinned node's look: its label marked and always drawn, unless the focus dimmed it (then it has no label). */
function pinnedLook(shown: Partial<NodeDisplayData>): Partial<NodeDisplayData> {
  if (shown.hidden || typeof shown.label !== "string") return shown;
  return { ...shown, label: PIN_MARK + shown.label, forceLabel: true };
}

/** sigma's nodeReducer and edgeReducer over the emphasis; call `prepare()` before each refresh to cache the focus. */
export function createReducers(graph: ExplorerGraph, emphasis: Emphasis) {
  let focus: ReadonlySet<string> | null = null;
  /** With a date range: the nodes that keep a relation in it (the selected one stays too); null without a range. */
  let inDateRange: ReadonlySet<string> | null = null;
  let drawn: DrawnState | null = null;

  const nodeReducer = (node: string, data: ViewNodeAttributes): Partial<NodeDisplayData> => {
    const shown = emphasisOf(node, data);
    return emphasis.pinned.has(node) ? pinnedLook(shown) : shown;
  };

  const emphasisOf = (node: string, data: ViewNodeAttributes): Partial<NodeDisplayData> => {
    if (!nodePasses(data, emphasis.filters)) return { ...data, hidden: true };
    if (emphasis.hiddenNodes.has(node)) return { ...data, hidden: true };
    if (inDateRange !== null && !inDateRange.has(node) && node !== emphasis.selected) return { ...data, hidden: true };
    // Like nodes marked for a merge, the multi-selection stands out whatever the focus.
    if (emphasis.chosen.has(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (emphasis.marked.has(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    const active = node === emphasis.hovered || node === emphasis.selected;
    if (focus === null) return active ? { ...data, highlighted: true, zIndex: 2 } : data;
    if (!focus.has(node)) return { ...data, color: DIMMED_NODE_COLOR, label: null, zIndex: 0 };
    return { ...data, highlighted: active, forceLabel: focus.size <= FORCED_LABELS, zIndex: active ? 2 : 1 };
  };

  const edgeReducer = (edge: string, data: ViewEdgeAttributes): Partial<EdgeDisplayData> => {
    if (emphasis.hideEdges || !edgePasses(data, emphasis.filters)) return { ...data, hidden: true };
    if (emphasis.hovered !== null)
      return graph.hasExtremity(edge, emphasis.hovered) ? { ...data, zIndex: 1 } : { ...data, hidden: true };
    if (emphasis.pathEdges.size > 0) {
      return emphasis.pathEdges.has(edge)
        ? { ...data, color: PATH_EDGE_COLOR, size: Math.max(3, data.size + 1.5), zIndex: 2 }
        : { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    }
    if (emphasis.selectedEdges.size > 0) {
      return emphasis.selectedEdges.has(edge)
        ? { ...data, color: SELECTED_EDGE_COLOR, size: Math.max(2.5, data.size + 1), zIndex: 2 }
        : { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    }
    if (emphasis.selected !== null && graph.hasNode(emphasis.selected)) {
      return graph.hasExtremity(edge, emphasis.selected)
        ? { ...data, zIndex: 1 }
        : { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    }
    return data;
  };

  return {
    nodeReducer,
    edgeReducer,
    /**
     * Caches what the reducers read; returns the elements to redraw when only the date range changed since the last
     * call (a play step), or null when the whole graph must be drawn again.
     */
    prepare(): PartialGraph | null {
      focus = focusOf(graph, emphasis);
      inDateRange = nodesInDateRange(graph, emphasis.filters);
      const now: DrawnState = {
        emphasis: { ...emphasis },
        filters: emphasis.filters,
        inDateRange,
        order: graph.order,
        size: graph.size,
      };
      const changes = dateStepChanges(graph, drawn, now);
      drawn = now;
      return changes;
    },
  };
}

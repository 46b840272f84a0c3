// Dragging nodes with the mouse (sigma's drag-nodes pattern): downNode starts, the body's moves place it, mouseup drops.

import type { SigmaNodeEventPayload, SigmaStageEventPayload } from "sigma/types";
import type { ExplorerGraph } from "./graph-model.js";
import type { ExplorerSigma } from "./graph-view.js";

export interface NodeDragEvents {
  /** A drag begins on this node (the layout should stop, or its worker would put the node back). */
  started(node: string): void;
  /** The node was dropped at this position in graph coordinates. */
  dropped(node: string, x: number, y: number): void;
}

export interface NodeDrag {
  /** True once after a drag that moved: the click sigma then reports on the node is the drop, not a click. */
  consumeClick(): boolean;
  /** Lets sigma fit the graph's extent again (the frame stays still while nodes are dragged). */
  release(): void;
  cleanup(): void;
}

/** Pixels the pointer may move before a press on a node counts as a drag. */
const DRAG_THRESHOLD = 3;

/** Makes the nodes of the view draggable. */
export function createNodeDrag(sigma: ExplorerSigma, graph: ExplorerGraph, events: NodeDragEvents): NodeDrag {
  let node: string | null = null;
  let start = { x: 0, y: 0 };
  let moved = false;
  let dropped = false;

  const onDown = ({ node: pressed, event }: SigmaNodeEventPayload): void => {
    dropped = false;
    node = pressed;
    start = { x: event.x, y: event.y };
    moved = false;
  };

  const onMove = (payload: SigmaStageEventPayload): void => {
    const { event } = payload;
    if (node === null) return;
    // The camera must not pan while a node is held, even before the drag threshold.
    payload.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
    if (!moved && Math.hypot(event.x - start.x, event.y - start.y) < DRAG_THRESHOLD) return;
    if (!moved) {
      moved = true;
      events.started(node);
      // Keep the frame still: otherwise sigma re-fits the extent as the node moves and everything shifts.
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    }
    const p = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
  };

  const onUp = (): void => {
    if (node === null) return;
    const held = node;
    node = null;
    if (!moved) return;
    dropped = true;
    const a = graph.getNodeAttributes(held);
    events.dropped(held, a.x, a.y);
  };

  sigma.on("downNode", onDown);
  sigma.on("moveBody", onMove);
  sigma.on("upNode", onUp);
  sigma.on("upStage", onUp);
  // A drop outside the container ends the drag too.
  window.addEventListener("mouseup", onUp);

  return {
    consumeClick() {
      const was = dropped;
      dropped = false;
      return was;
    },
    release() {
      if (sigma.getCustomBBox()) sigma.setCustomBBox(null);
    },
    cleanup() {
      sigma.removeListener("downNode", onDown);
      sigma.removeListener("moveBody", onMove);
      sigma.removeListener("upNode", onUp);
      sigma.removeListener("upStage", onUp);
      window.removeEventListener("mouseup", onUp);
    },
  };
}

// Reopening what a link names on top of a freshly loaded overview: expansions, paths, the selection, then the camera.

import { expandHolder, type Holders } from "../graph/graph-merge.js";
import type { ExplorerGraph } from "../graph/graph-model.js";
import { setSignal } from "../page-signals.js";
import type { CameraView } from "../url-state.js";
import type { ExplorerContext } from "./context.js";
import type { ExplorerState } from "./view-state.js";

export interface LinkRestoreSteps {
  /** Brings the layout to its end at once, so positions (and so a link's camera) are those of the copied page. */
  finishLayout(): void;
  restoreExpansions(): Promise<void>;
  restorePaths(): Promise<void>;
  restoreSelection(): Promise<void>;
}

/** Whether a view state names something to show on top of the overview (an expansion, a path or a selection). */
export function namesSomething(
  state: Pick<ExplorerState, "expanded" | "selected" | "selectedPair" | "pathFrom" | "pathTo">,
): boolean {
  return (
    state.expanded.length > 0 ||
    state.selected !== null ||
    state.selectedPair !== null ||
    (state.pathFrom !== null && state.pathTo !== null)
  );
}

/**
 * The nodes a link without a camera should frame: the path, each expanded entity with what its expansion brought,
 * the selected entity or the ends of the selected pair. Only nodes in the graph. Pure over the graph and holders.
 */
export function nodesToFrame(
  graph: ExplorerGraph,
  holders: Holders,
  state: Pick<ExplorerState, "expanded" | "selected" | "selectedPair" | "pathNodes">,
): string[] {
  const nodes = new Set<string>(state.pathNodes);
  for (const key of state.expanded) {
    nodes.add(key);
    const holder = expandHolder(key);
    for (const [node, held] of holders) if (held.has(holder)) nodes.add(node);
  }
  if (state.selected !== null) nodes.add(state.selected);
  if (state.selectedPair !== null) nodes.add(state.selectedPair.source).add(state.selectedPair.target);
  return [...nodes].filter((node) => graph.hasNode(node));
}

/**
 * Restores the view a link names after its overview loaded: the same layout, then expansions, paths and selection in
 * that order, and at last the link's camera, or (a link without one) a camera framing what the link names.
 * `#graph[data-restored]` tells scripts that the view is complete.
 */
export async function restoreLink(
  ctx: ExplorerContext,
  steps: LinkRestoreSteps,
  view: "entities" | "communities" | "organizations",
): Promise<void> {
  const { el, graph, holders, store } = ctx;
  setSignal(el.graph, "restored", null);
  const link = store.get();
  const camera: CameraView | null = link.camera;
  if (view !== "entities") {
    // Entities are not drawn among communities (nor all of them in the organizations view), but the entity a link
    // names still opens in the panel.
    await steps.restoreSelection();
  } else {
    const named = namesSomething(link);
    if (camera !== null || named) steps.finishLayout();
    await steps.restoreExpansions();
    await steps.restorePaths();
    await steps.restoreSelection();
    const graphView = ctx.view();
    if (graphView && camera !== null) await graphView.setCamera(camera);
    else if (graphView && named) {
      const nodes = nodesToFrame(graph, holders, store.get());
      if (nodes.length === 1) await graphView.focusNode(nodes[0] as string);
      else await graphView.fitNodes(nodes);
    }
  }
  setSignal(el.graph, "restored", "true");
}

// Arranging by hand: drag to pin, unpin, hide and show again, pick several nodes (lasso, shift-click) and act on them,
// and the one-shot layouts. Pins and hidden nodes live in the view state, so a link keeps them.

import { h, type Child } from "../dom.js";
import { exportGraphFile } from "../export/export-view.js";
import { EXPORT_FORMAT_NAMES, viewSubgraph, type ExportFormatName } from "../export/export-formats.js";
import { errorMessage } from "../api/errors.js";
import { applyPins, ONE_SHOT_LAYOUTS, type OneShotLayout } from "../graph/arrange-layouts.js";
import { createNodeDrag, type NodeDrag } from "../graph/drag-nodes.js";
import { isCommunityKey } from "../graph/graph-model.js";
import type { GraphView } from "../graph/graph-view.js";
import { createLasso, type Lasso } from "../graph/lasso.js";
import type { LayoutController } from "../graph/layout.js";
import type { Pin } from "../url-state.js";
import { arrangeTools, renderArrangeBar } from "./arrange-bar.js";
import type { ExplorerContext } from "./context.js";
import { NO_KEYS } from "./view-state.js";
import { changed } from "./view-store.js";

export interface ArrangeDeps {
  layout: LayoutController;
  /** Loads an entity's neighbours; false when it failed (already told to the user). */
  expand(key: string): Promise<boolean>;
  closePanel(): void;
  renderPanel(): void;
  /** What the filters let through, so an exported selection holds what the user sees. */
  nodeVisible(node: string): boolean;
  edgeVisible(edge: string): boolean;
}

export interface Arrange {
  /** Starts dragging and the lasso over the renderer. */
  attach(view: GraphView): void;
  /** After the graph changed: pinned nodes back at their pins, the frame fitted again. */
  graphChanged(): void;
  /** Adds a node to the multi-selection, or takes it out. */
  toggleChosen(node: string): void;
  /** True when sigma's click ends a drag or a lasso and must not select anything. */
  consumeClick(): boolean;
  /** The panel's tools for an entity, after the ones given (curation's). */
  withPanelTools(key: string, before: Child): Child;
  /** Runs ForceAtlas2 over a fitted frame (pinned nodes stay). */
  runForceLayout(): void;
  applyLayout(kind: OneShotLayout): void;
  /** A node's position in graph coordinates (for the test hook). */
  graphPosition(key: string): { x: number; y: number } | null;
  cleanup(): void;
}

/** The arrange controller over the explorer's context. */
export function createArrange(ctx: ExplorerContext, deps: ArrangeDeps): Arrange {
  const { graph, store } = ctx;
  let view: GraphView | null = null;
  let drag: NodeDrag | null = null;
  let lasso: Lasso | null = null;
  let lassoMode = false;
  let format: ExportFormatName = EXPORT_FORMAT_NAMES[0] as ExportFormatName;
  const bar = h("div", { class: "arrange-bar", attrs: { id: "arrange-bar", role: "toolbar" } });
  ctx.el.graph.insertAdjacentElement("afterend", bar);

  const setPins = (pins: Pin[]): void => store.update({ pins });
  const pin = (key: string, x: number, y: number): void =>
    setPins([...store.get().pins.filter((p) => p.key !== key), { key, x, y }]);
  const unpin = (key: string): void => setPins(store.get().pins.filter((p) => p.key !== key));

  const hide = (keys: readonly string[]): void => {
    const { hidden, chosen, selected, hovered } = store.get();
    const rest = new Set(chosen);
    keys.forEach((key) => rest.delete(key));
    store.update({
      hidden: [...new Set([...hidden, ...keys])],
      chosen: rest.size === chosen.size ? chosen : rest,
      hovered: hovered !== null && keys.includes(hovered) ? null : hovered,
    });
    if (selected !== null && keys.includes(selected)) deps.closePanel();
  };

  const exportChosen = (): void => {
    const { chosen } = store.get();
    try {
      const sub = viewSubgraph(
        graph,
        (n) => chosen.has(n) && deps.nodeVisible(n),
        (e) => deps.edgeVisible(e),
      );
      ctx.notify(ctx.t().t("export.done", { file: exportGraphFile(sub, format) }));
    } catch (error) {
      ctx.notify(errorMessage(ctx.t(), error), "error");
    }
  };

  const expandAll = async (): Promise<void> => {
    for (const key of [...store.get().chosen]) if (!isCommunityKey(key) && !(await deps.expand(key))) return;
  };

  const render = (): void => {
    const s = store.get();
    renderArrangeBar(
      bar,
      ctx.t(),
      { lasso: lassoMode, chosen: s.chosen.size, hidden: s.hidden.length, pinned: s.pins.length, format },
      {
        toggleLasso() {
          lassoMode = !lassoMode;
          ctx.el.graph.classList.toggle("lasso-mode", lassoMode);
          render();
        },
        expandAll: () => void expandAll(),
        hideAll: () => hide([...store.get().chosen]),
        exportChosen,
        setFormat: (next) => void (format = next),
        clear: () => store.update({ chosen: NO_KEYS }),
        showAll: () => store.update({ hidden: [] }),
        unpinAll: () => setPins([]),
      },
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, "pins")) {
      applyPins(graph, state.pins);
      const { selected } = state;
      const pinChanged = (k: string | null): boolean =>
        k !== null && state.pins.find((p) => p.key === k) !== previous.pins.find((p) => p.key === k);
      if (pinChanged(selected)) deps.renderPanel();
    }
    if (changed(state, previous, "pins", "hidden", "chosen", "language")) render();
    const { selected } = state;
    // Opening a hidden entity (search, a path, a link in a panel) shows it again; after this change has reached
    // every subscriber, so that none of them sees the two changes out of order.
    if (changed(state, previous, "selected") && selected !== null && state.hidden.includes(selected))
      queueMicrotask(() => store.update({ hidden: store.get().hidden.filter((k) => k !== selected) }));
  });

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && store.get().chosen.size > 0) store.update({ chosen: NO_KEYS });
  };
  document.addEventListener("keydown", onKey);
  render();

  /** Lets sigma fit the graph's extent again before nodes move everywhere. */
  const release = (): void => drag?.release();

  return {
    attach(next) {
      view = next;
      drag = createNodeDrag(next.sigma, graph, {
        started: () => deps.layout.stop(),
        dropped: (node, x, y) => pin(node, x, y),
      });
      lasso = createLasso(next.sigma, ctx.el.graph, {
        armed: (event) => lassoMode || ("altKey" in event && event.altKey),
        chosen: (nodes) => store.update({ chosen: new Set([...store.get().chosen, ...nodes]) }),
      });
    },
    graphChanged() {
      applyPins(graph, store.get().pins);
      release();
    },
    toggleChosen(node) {
      const chosen = new Set(store.get().chosen);
      if (!chosen.delete(node)) chosen.add(node);
      store.update({ chosen });
    },
    consumeClick: () => Boolean(drag?.consumeClick()) || Boolean(lasso?.consumeClick()),
    withPanelTools(key, before) {
      const pinned = store.get().pins.some((p) => p.key === key);
      const tools = arrangeTools(ctx.t(), pinned, {
        pin() {
          if (!graph.hasNode(key)) return;
          const a = graph.getNodeAttributes(key);
          pin(key, a.x, a.y);
        },
        unpin: () => unpin(key),
        hide: () => hide([key]),
      });
      const fragment = document.createDocumentFragment();
      if (before !== null && before !== undefined && before !== false)
        fragment.append(typeof before === "object" ? before : String(before));
      fragment.append(tools);
      return fragment;
    },
    runForceLayout() {
      release();
      deps.layout.run();
    },
    applyLayout(kind) {
      deps.layout.stop();
      const sigma = view?.sigma;
      if (!sigma) return;
      release();
      ONE_SHOT_LAYOUTS[kind](graph, {
        toScreen: (p) => sigma.graphToViewport(p),
        toGraph: (p) => sigma.viewportToGraph(p),
        pixelSize: (size) => sigma.scaleSize(size),
      });
    },
    graphPosition(key) {
      if (!graph.hasNode(key)) return null;
      const a = graph.getNodeAttributes(key);
      return { x: a.x, y: a.y };
    },
    cleanup() {
      unsubscribe();
      document.removeEventListener("keydown", onKey);
      drag?.cleanup();
      lasso?.cleanup();
      bar.remove();
    },
  };
}

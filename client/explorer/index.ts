// The explorer's wiring: one view state, the controllers that change it, and the subscribers that follow it.

import { errorMessage } from "../api/errors.js";
import { createCuration } from "../curation/index.js";
import { createExportControls } from "../export/export-view.js";
import { viewSubgraph } from "../export/export-formats.js";
import { isCommunityKey } from "../graph/graph-model.js";
import { createGraphView, LARGE_GRAPH_EDGES } from "../graph/graph-view.js";
import { createLayoutController } from "../graph/layout.js";
import { createEmphasis } from "../graph/reducers.js";
import { setSignal } from "../page-signals.js";
import { createEntityPanel } from "../panels/entity-panel.js";
import { onReadRequest } from "../panels/reader/read-request.js";
import { createReaderPane } from "../panels/reader/reader-pane.js";
import { createSearchBox } from "../panels/search-box.js";
import { createViewControls } from "../panels/view-controls.js";
import type { ViewState } from "../url-state.js";
import { createAnalysisView } from "./analysis.js";
import { createArrange } from "./arrange.js";
import { createExplorerContext, renderPageText, type ExplorerElements } from "./context.js";
import { createFilterView } from "./filters.js";
import { restoreLink } from "./link-restore.js";
import { createNeighbourhood } from "./neighbourhood.js";
import { createOverview, type PrefetchedOverview } from "./overview.js";
import { createPaths } from "./paths.js";
import { createProjection } from "./projection.js";
import { createSelection } from "./selection.js";
import { createStatusLine } from "./status.js";
import { createTimeController } from "./time-bar.js";
import { bindEmphasis, bindUrl, createCameraFollower, initialExplorerState, NO_KEYS } from "./view-state.js";
import { changed, createViewStore } from "./view-store.js";

export type { ExplorerElements } from "./context.js";
export { prefetchOverview, type PrefetchedOverview } from "./overview.js";

export interface Explorer {
  start(): Promise<void>;
  /** A node's position in pixels within #graph (for the documented end-to-end test hook). */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  /** Every node with its colour and community, for the test hook. */
  drawnNodes(): Array<{ key: string; kind: string; entityType: string; community?: number; color: string }>;
  /** One step of the time bar's play (for the test hook and the bench); false when the range is at the end. */
  timeStep(): boolean;
  /** A node's position in graph coordinates (the test hook, for pins and layouts). */
  nodeGraphPosition(key: string): { x: number; y: number } | null;
  cleanup(): void;
}

/** Builds the explorer over the page's elements, starting from a view state (usually read from the URL). */
export function createExplorer(
  el: ExplorerElements,
  initial: ViewState,
  browserLanguages: readonly string[],
  prefetched?: PrefetchedOverview,
): Explorer {
  const store = createViewStore(initialExplorerState(initial));
  const { ctx, attachView } = createExplorerContext(el, store, browserLanguages);
  const { graph } = ctx;
  const emphasis = createEmphasis();
  const camera = createCameraFollower(store);
  const refresh = (): void => ctx.view()?.refresh();

  const status = createStatusLine(ctx, () => overview.count(), {
    nodeVisible: (node) => filters.nodeVisible(node),
    edgeVisible: (edge) => filters.edgeVisible(edge),
  });
  const filters = createFilterView(ctx);
  const time = createTimeController(ctx, { setBounds: (first, last) => filters.setBounds(first, last) });
  const analysis = createAnalysisView(ctx, filters);
  const panel = createEntityPanel(
    el.panel,
    {
      openEntity: (key) => void selection.openEntity(key),
      toggleExpand: (key) => void neighbourhood.toggle(key),
      isExpanded: (key) => store.get().expanded.includes(key),
      setPathEnd: (end, key, name) => {
        // Path nodes are placed beside the nodes in view: where the layout ends, not where it happens to be.
        layout.finish();
        paths.setEnd(end, key, name);
      },
      focus: (key) => void ctx.view()?.focusNode(key),
      close: () => selection.close(),
      entityTools: (details) => arrange.withPanelTools(details.key, curation.entityTools(details)),
      relationTools: (s, e) => curation.relationTools(s, e),
    },
    ctx.t(),
  );

  const reader = createReaderPane(el.reader, (key) => void selection.openEntity(key), ctx.t());

  /** After the graph changed: appearance for new nodes, fast settings for big graphs, counts and controls. */
  const graphChanged = (): void => {
    arrange.graphChanged();
    void analysis.run();
    ctx.view()?.adaptToSize();
    refresh();
    status.render();
    filters.render();
    analysis.renderLegend();
    overview.renderBreadcrumb();
    projection.graphChanged();
  };

  const resetContext = (): void => {
    store.update({ selected: null, selectedEdges: NO_KEYS, selectedPair: null, expanded: [], camera: null });
    panel.hide();
    paths.forgetResult();
  };

  const selection = createSelection(ctx, {
    panel,
    expand: (key) => neighbourhood.expand(key),
    async showEntities(key) {
      resetContext();
      store.update({ view: "entities", community: null, selected: key });
      await overview.load();
    },
  });
  const neighbourhood = createNeighbourhood(ctx, {
    graphChanged,
    closePanel: () => selection.close(),
    drillDown: (community) => overview.drillDown(community),
    renderPanel: () => panel.render(ctx.t()),
    settleLayout: () => layout.finish(),
  });
  const paths = createPaths(ctx, { graphChanged, openEntity: (key) => void selection.openEntity(key) });
  const projection = createProjection(ctx, {
    panel,
    openEntity: (key) => void selection.openEntity(key),
    close: () => selection.close(),
    reload() {
      resetContext();
      void overview.load();
    },
  });
  const layout = createLayoutController(graph, (running) => {
    store.update({ hideEdges: running && graph.size > LARGE_GRAPH_EDGES });
    setSignal(el.graph, "layout", running ? "running" : "stopped");
    viewControls.setLayoutRunning(ctx.t(), running);
  });
  const arrange = createArrange(ctx, {
    layout,
    expand: (key) => neighbourhood.expand(key),
    closePanel: () => selection.close(),
    renderPanel: () => panel.render(ctx.t()),
    nodeVisible: (node) => filters.nodeVisible(node),
    edgeVisible: (edge) => filters.edgeVisible(edge),
  });
  const overview = createOverview(
    ctx,
    {
      layout,
      status,
      graphChanged,
      resetContext,
      restore: (view) =>
        restoreLink(
          ctx,
          {
            finishLayout: () => layout.finish(),
            restoreExpansions: () => neighbourhood.restore(),
            restorePaths: () => paths.restore(),
            restoreSelection: () => selection.restore(),
          },
          view,
        ),
    },
    prefetched,
  );

  const curation = createCuration(
    ctx,
    { editButton: el.editButton, editLabel: el.editLabel, section: el.curation, toast: el.toast },
    {
      showEntity: (key) => (key === null ? selection.close() : void selection.select(key)),
      renderPanel: () => panel.render(ctx.t()),
      graphChanged,
    },
  );
  const search = createSearchBox(el.search, ctx.t(), (hit) => void selection.openEntity(hit.key));
  const viewControls = createViewControls(el.overview, el.analysis, {
    reload(choice) {
      resetContext();
      store.update({ view: choice.view, measure: choice.measure, limit: choice.limit, community: null });
      void overview.load();
    },
    toggleLayout: () => (layout.isRunning() ? layout.finish() : arrange.runForceLayout()),
    applyLayout: (kind) => arrange.applyLayout(kind),
    setAnalysis: (choice) => store.update({ colorBy: choice.colorBy, sizeBy: choice.sizeBy }),
  });
  const exportControls = createExportControls(el.exports, {
    visibleGraph: () =>
      viewSubgraph(
        graph,
        (node) => filters.nodeVisible(node) && !store.get().hidden.includes(node),
        (edge) => filters.edgeVisible(edge),
      ),
    sigma: () => ctx.view()?.sigma ?? null,
    legend: () => analysis.legend(),
    done: (fileName) => ctx.notify(ctx.t().t("export.done", { file: fileName })),
    failed: (error) => ctx.notify(errorMessage(ctx.t(), error), "error"),
  });

  /** Everything that shows text, in the state's language. */
  const renderAll = (): void => {
    const t = ctx.t();
    renderPageText(ctx);
    search.render(t);
    viewControls.render(t, store.get(), layout.isRunning());
    filters.render();
    time.render();
    paths.render();
    exportControls.render(t);
    panel.render(t);
    reader.render(t);
    analysis.renderLegend();
    overview.renderBreadcrumb();
    curation.render();
  };
  const switchLanguage = (): void => store.update({ language: ctx.t().language === "zh" ? "en" : "zh" });
  const cleanups: Array<() => void> = [];

  return {
    async start() {
      el.languageButton.addEventListener("click", switchLanguage);
      cleanups.push(
        () => el.languageButton.removeEventListener("click", switchLanguage),
        bindUrl(store),
        bindEmphasis(store, emphasis, refresh),
        store.subscribe((state, previous) => changed(state, previous, "language") && renderAll()),
        onReadRequest(document, (request) => reader.open(request)),
        () => reader.cleanup(),
      );
      renderAll();
      status.render();
      status.loading();
      const view = createGraphView(
        el.graph,
        graph,
        emphasis,
        {
          clickNode: (node, shiftKey) => {
            if (arrange.consumeClick()) return;
            if (isCommunityKey(node)) void neighbourhood.toggle(node);
            // Shift-click marks for a merge in edit mode; otherwise it adds to the multi-selection.
            else if (shiftKey && !curation.shiftClick(node)) arrange.toggleChosen(node);
            else if (!shiftKey) void selection.select(node);
          },
          doubleClickNode: (node) => void neighbourhood.toggle(node),
          clickEdge: (edge) =>
            void (arrange.consumeClick() || projection.clickEdge(edge) || selection.selectEdge(edge)),
          clickStage: () => !arrange.consumeClick() && panel.isOpen() && selection.close(),
          hover: (node) => store.update({ hovered: node }),
          cameraMoved: (state) => camera.moved(state),
        },
        () => status.firstFrame(),
      );
      attachView(view);
      arrange.attach(view);
      cleanups.push(() => view.cleanup());
      await overview.load();
    },
    nodeViewportPosition: (key) => ctx.view()?.nodeViewportPosition(key) ?? null,
    drawnNodes: () =>
      ctx.graph.mapNodes((key, a) => ({
        key,
        kind: a.kind,
        entityType: a.entityType,
        community: a.community,
        color: a.color,
      })),
    timeStep: () => time.step(),
    nodeGraphPosition: (key) => arrange.graphPosition(key),
    cleanup() {
      for (const part of [
        camera,
        overview,
        selection,
        neighbourhood,
        paths,
        analysis,
        filters,
        time,
        status,
        search,
        layout,
        curation,
        projection,
        arrange,
      ])
        part.cleanup();
      for (const cleanup of cleanups) cleanup();
    },
  };
}

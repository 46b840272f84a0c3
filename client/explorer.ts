// The explorer's controller: holds the view state, runs the user's actions and keeps graph, panels and URL in step.

import type { EntityType, RelationType } from "../common/api.js";
import { fetchEntity, fetchNeighborhood, fetchOverview, fetchPaths, type OverviewAnswer, type OverviewQuery } from "./api/api-client.js";
import { isComputed } from "../common/measures/index.js";
import type { AnalysisMeasure } from "./analysis/analysis.js";
import { projectForAnalysis, rankCommunities } from "./analysis/analysis.js";
import { createAnalysisRunner } from "./analysis/analysis-runner.js";
import { applyAppearance, type AppearanceChoice } from "./graph/appearance.js";
import { h, replaceChildren } from "./dom.js";
import { createEntityPanel, type EdgeSelection } from "./panels/entity-panel.js";
import { errorMessage, isAbort } from "./api/errors.js";
import { createExportControls } from "./export/export-view.js";
import { viewSubgraph } from "./export/export-formats.js";
import { createFilterControls, type FilterContext } from "./panels/filter-controls.js";
import { anyDated, edgePasses, nodePasses, type Filters } from "./graph/filters.js";
import { createExplorerGraph, isCommunityKey, normalizeEntityGraph, normalizeOverview } from "./graph/graph-model.js";
import { expandHolder, holdNode, mergeGraph, PATH_HOLDER, PIN_HOLDER, releaseHolder, replaceGraph, type Holders } from "./graph/graph-merge.js";
import { createGraphView, LARGE_GRAPH_EDGES, type GraphView } from "./graph/graph-view.js";
import { createTranslator, preferredLanguage, type Language, type MessageKey, type Translator } from "./i18n.js";
import { createLayoutController, seedPositions } from "./graph/layout.js";
import { renderLegend } from "./panels/legend.js";
import { createPathControls, type PathView } from "./panels/path-controls.js";
import { createEmphasis } from "./graph/reducers.js";
import { createSearchBox } from "./panels/search-box.js";
import { serializeViewState, type ViewState } from "./url-state.js";
import { createViewControls } from "./panels/view-controls.js";

/** The page's elements the explorer fills. */
export interface ExplorerElements {
  graph: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  breadcrumb: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
  search: HTMLElement;
  overview: HTMLElement;
  filters: HTMLElement;
  analysis: HTMLElement;
  paths: HTMLElement;
  exports: HTMLElement;
  languageButton: HTMLButtonElement;
}

export interface Explorer {
  start(): Promise<void>;
  /** A node's position in pixels within #graph (for the documented end-to-end test hook). */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  cleanup(): void;
}

/** Neighbours loaded by one expansion at most. */
const EXPAND_LIMIT = 150;

/** Builds the explorer over the page's elements, starting from a view state (usually read from the URL). */
/** An overview request the page sent before the explorer was built, and the query it asked. */
export interface PrefetchedOverview {
  query: OverviewQuery;
  answer: Promise<OverviewAnswer>;
}

/** Asks for the overview a view state shows, so the request runs while the page builds its interface. */
export function prefetchOverview(state: ViewState): PrefetchedOverview {
  const query: OverviewQuery = { view: state.view, limit: state.limit, measure: state.measure, community: state.community };
  const answer = fetchOverview(query);
  // Its failure is reported where the explorer awaits it; this only keeps it from being an unhandled rejection.
  answer.catch(() => undefined);
  return { query, answer };
}

export function createExplorer(
  el: ExplorerElements,
  initial: ViewState,
  browserLanguages: readonly string[],
  prefetched?: PrefetchedOverview,
): Explorer {
  let firstOverview = prefetched;
  const state: ViewState = { ...initial, expanded: [...initial.expanded], filters: { ...initial.filters } };
  const language = (): Language => state.language ?? preferredLanguage(browserLanguages);
  let t: Translator = createTranslator(language());
  const graph = createExplorerGraph();
  const holders: Holders = new Map();
  const emphasis = createEmphasis();
  emphasis.filters = state.filters;
  const analysisRunner = createAnalysisRunner();
  const communityLabels = new Map<number, string>();
  let appearance: AppearanceChoice = { colorBy: state.colorBy };
  let communitySizes: number[] = [];
  let firstFrameDone = false;
  /** Nodes the overview itself brought (expansions and paths add more). */
  let overviewCount = 0;
  let layoutRunning = false;
  let overviewRequest: AbortController | null = null;
  let selectionToken = 0;
  let analysisToken = 0;
  let cameraTimer: number | undefined;
  let analysisTimer: number | undefined;
  const pathView: PathView = { from: null, to: null, maxHops: 4, k: 3, result: null, error: null, busy: false };
  if (state.pathFrom) pathView.from = { key: state.pathFrom, name: state.pathFrom };
  if (state.pathTo) pathView.to = { key: state.pathTo, name: state.pathTo };

  // --- URL, status and notices -------------------------------------------------------------------------------------

  const syncUrl = (): void => {
    const query = serializeViewState(state);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  };

  const notify = (text: string, kind: "info" | "error" = "info"): void => {
    el.notice.textContent = text;
    el.notice.title = text;
    el.notice.className = `notice ${kind === "error" ? "error" : ""}`;
    el.notice.hidden = text === "";
    el.notice.setAttribute("role", kind === "error" ? "alert" : "status");
  };

  const updateStatus = (): void => {
    const a = graph.getAttributes();
    if (graph.order === 0 && !a.view) return;
    let text =
      a.view === "communities"
        ? t.t("status.communities", { nodes: graph.order, entities: a.totalEntities ?? "?" })
        : t.t("status.graph", { nodes: graph.order, edges: graph.size });
    if (a.view === "entities" && a.truncated && a.totalEntities !== undefined) text += t.t("status.truncated", { shown: overviewCount, total: a.totalEntities });
    if (a.view === "communities" && a.totalLinks !== undefined && a.totalLinks > graph.size) {
      text += t.t("status.strongestLinks", { shown: graph.size, total: a.totalLinks, perCommunity: a.linksPerCommunity ?? "?" });
    }
    if (a.view === "communities" && a.isolatedCommunities) text += t.t("status.isolated", { communities: a.isolatedCommunities, entities: a.isolatedEntities ?? "?" });
    el.status.textContent = text;
    el.status.classList.remove("error");
    if (firstFrameDone) document.body.dataset.renderedNodes = String(graph.order);
  };

  // --- drawing ------------------------------------------------------------------------------------------------------

  const nodeVisible = (node: string): boolean => nodePasses(graph.getNodeAttributes(node), state.filters);
  const edgeVisible = (edge: string): boolean =>
    edgePasses(graph.getEdgeAttributes(edge), state.filters) && nodeVisible(graph.source(edge)) && nodeVisible(graph.target(edge));

  let view: GraphView | null = null;
  const refresh = (): void => view?.refresh();

  const filterContext = (): FilterContext => {
    const typeCounts = new Map<EntityType, number>();
    const relationCounts = new Map<RelationType, number>();
    let maxWeight = 1;
    graph.forEachNode((_n, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
    graph.forEachEdge((_e, a) => {
      if (a.relation) relationCounts.set(a.relation, (relationCounts.get(a.relation) ?? 0) + 1);
      maxWeight = Math.max(maxWeight, a.weight);
    });
    return { typeCounts, relationCounts, maxWeight, dated: anyDated(graph.mapEdges((_e, a) => a)) };
  };

  const renderLegendNow = (): void =>
    renderLegend(el.legend, t, { colorBy: state.colorBy, typeCounts: filterContext().typeCounts, communitySizes: state.colorBy === "community" ? communitySizes : [] });

  const renderBreadcrumb = (): void => {
    const a = graph.getAttributes();
    if (state.community === null) {
      replaceChildren(el.breadcrumb, a.view === "communities" ? h("span", { class: "crumb current" }, t.t("breadcrumb.communities")) : null);
      el.breadcrumb.hidden = a.view !== "communities";
      return;
    }
    el.breadcrumb.hidden = false;
    const label = communityLabels.get(state.community) ?? `#${state.community}`;
    replaceChildren(
      el.breadcrumb,
      h("button", { class: "link-button", attrs: { type: "button", id: "breadcrumb-back", title: t.t("breadcrumb.back") }, on: { click: () => backToCommunities() } }, "← ", t.t("breadcrumb.communities")),
      h("span", { class: "crumb-sep", attrs: { "aria-hidden": "true" } }, " › "),
      h("span", { class: "crumb current" }, t.t("breadcrumb.community", { label })),
    );
  };

  /** Recomputes colour and size (in the analysis worker when a measure needs it), then redraws. */
  const runAnalysis = async (): Promise<void> => {
    const token = ++analysisToken;
    const measures: AnalysisMeasure[] = [];
    if (state.colorBy === "community") measures.push("louvain");
    if (isComputed(state.sizeBy)) measures.push(state.sizeBy);
    const next: AppearanceChoice = { colorBy: state.colorBy };
    if (state.sizeBy === "mentions") next.sizes = Object.fromEntries(graph.mapNodes((node, a) => [node, a.mentions]));
    if (measures.length > 0) {
      // New nodes get the current colours and sizes at once; the measures replace them when the worker answers.
      applyAppearance(graph, appearance);
      el.graph.dataset.analysis = "running";
      notify(t.t("status.analysing"));
      const visibleNodes = graph.filterNodes((node) => nodeVisible(node));
      const visibleEdges = graph.filterEdges((edge) => edgeVisible(edge)).map((edge) => ({
        source: graph.source(edge),
        target: graph.target(edge),
        weight: graph.getEdgeAttribute(edge, "weight"),
      }));
      try {
        const values = await analysisRunner.compute(measures, projectForAnalysis(visibleNodes, visibleEdges));
        if (token !== analysisToken) return;
        if (values.louvain) {
          const ranked = rankCommunities(values.louvain);
          next.communities = ranked.byNode;
          communitySizes = ranked.sizes;
        }
        const sized = values[state.sizeBy as AnalysisMeasure];
        if (sized) next.sizes = sized;
        notify("");
      } catch (error) {
        if (isAbort(error) || token !== analysisToken) return;
        notify(errorMessage(t, error), "error");
      }
    }
    if (token !== analysisToken) return;
    appearance = next;
    applyAppearance(graph, appearance);
    el.graph.dataset.analysis = "done";
    el.graph.dataset.colorBy = state.colorBy;
    el.graph.dataset.sizeBy = state.sizeBy;
    renderLegendNow();
    refresh();
  };

  /** After the graph changed: appearance for new nodes, fast settings for big graphs, counts and controls. */
  const graphChanged = (): void => {
    void runAnalysis();
    view?.adaptToSize();
    refresh();
    updateStatus();
    filterControls.render(t, state.filters, filterContext());
    renderLegendNow();
    renderBreadcrumb();
  };

  // --- selection ----------------------------------------------------------------------------------------------------

  const closePanel = (): void => {
    selectionToken++;
    state.selected = null;
    emphasis.selected = null;
    emphasis.selectedEdges = new Set();
    panel.hide();
    refresh();
    syncUrl();
  };

  const select = async (key: string): Promise<void> => {
    const token = ++selectionToken;
    state.selected = key;
    emphasis.selected = key;
    emphasis.selectedEdges = new Set();
    refresh();
    syncUrl();
    panel.showMessage(t.t("panel.loading"));
    try {
      const details = await fetchEntity(key);
      if (token !== selectionToken) return;
      panel.showEntity(details, graph.hasNode(key) ? graph.neighbors(key).length : 0);
    } catch (error) {
      if (token === selectionToken) panel.showMessage(errorMessage(t, error), true);
    }
  };

  const selectEdge = (edge: string): void => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const edges = [...graph.edges(source, target), ...graph.edges(target, source)];
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind === "community") return;
    selectionToken++;
    state.selected = null;
    emphasis.selected = null;
    emphasis.selectedEdges = new Set(edges);
    const end = (key: string) => {
      const a = graph.getNodeAttributes(key);
      return { key, label: a.label, entityType: a.entityType };
    };
    const relations: EdgeSelection["edges"] = edges
      .map((key) => ({ key, a: graph.getEdgeAttributes(key) }))
      .filter(({ a }) => a.relation !== undefined)
      .sort((x, y) => Number(y.a.stated) - Number(x.a.stated) || y.a.weight - x.a.weight)
      .map(({ key, a }) => ({ key, relation: a.relation as RelationType, weight: a.weight, rule: a.rule, stated: a.stated, firstDate: a.firstDate, lastDate: a.lastDate }));
    panel.showEdge({ source: end(source), target: end(target), edges: relations });
    refresh();
    syncUrl();
  };

  // --- expanding, collapsing, jumping --------------------------------------------------------------------------------

  /** Loads an entity's neighbours into the view, seeded around it; false when it failed (already told to the user). */
  const expand = async (key: string, quiet = false): Promise<boolean> => {
    if (state.expanded.includes(key) && graph.hasNode(key)) return true;
    try {
      const data = await fetchNeighborhood(key, EXPAND_LIMIT);
      const present = graph.hasNode(key);
      const anchor = present ? { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") } : undefined;
      mergeGraph(graph, normalizeEntityGraph(data), holders, expandHolder(key), anchor);
      if (!present) holdNode(holders, key, PIN_HOLDER);
      if (!state.expanded.includes(key)) state.expanded.push(key);
      if (data.attributes.truncated && !quiet) notify(t.t("notice.expandTruncated", { count: data.nodes.length - 1 }));
      graphChanged();
      syncUrl();
      return true;
    } catch (error) {
      notify(errorMessage(t, error), "error");
      return false;
    }
  };

  const collapse = (key: string): void => {
    releaseHolder(graph, holders, expandHolder(key));
    state.expanded = state.expanded.filter((k) => k !== key);
    if (state.selected !== null && !graph.hasNode(state.selected)) closePanel();
    graphChanged();
    syncUrl();
  };

  const toggleExpand = async (key: string): Promise<void> => {
    if (isCommunityKey(key)) {
      drillDown(graph.getNodeAttribute(key, "community") ?? Number(key.slice("community:".length)));
      return;
    }
    if (state.expanded.includes(key)) collapse(key);
    else await expand(key);
    panel.render(t);
  };

  /** Selects an entity and moves the camera to it, loading it with its neighbours when it is not in view. */
  const openEntity = async (key: string): Promise<void> => {
    if (graph.getAttribute("view") === "communities") {
      // Entities are not drawn among communities: switch to the entities view, which opens the entity once loaded.
      resetContext();
      state.view = "entities";
      state.community = null;
      state.selected = key;
      await loadOverview();
      return;
    }
    if (!graph.hasNode(key) && !(await expand(key))) return;
    await select(key);
    await view?.focusNode(key);
  };

  // --- paths --------------------------------------------------------------------------------------------------------

  const renderPaths = (): void => pathControls.render(t, pathView);

  const clearPath = (keepEnds = false): void => {
    releaseHolder(graph, holders, PATH_HOLDER);
    emphasis.pathNodes = new Set();
    emphasis.pathEdges = new Set();
    pathView.result = null;
    pathView.error = null;
    if (!keepEnds) {
      pathView.from = null;
      pathView.to = null;
      state.pathFrom = null;
      state.pathTo = null;
    }
    graphChanged();
    renderPaths();
    syncUrl();
  };

  const findPaths = async (maxHops: number, k: number): Promise<void> => {
    if (!pathView.from || !pathView.to) return;
    pathView.maxHops = maxHops;
    pathView.k = k;
    pathView.busy = true;
    pathView.error = null;
    renderPaths();
    try {
      const result = await fetchPaths(pathView.from.key, pathView.to.key, maxHops, k);
      releaseHolder(graph, holders, PATH_HOLDER);
      mergeGraph(graph, normalizeEntityGraph(result.graph), holders, PATH_HOLDER);
      const names = new Map(result.graph.nodes.map((n) => [n.key, n.attributes.label]));
      pathView.from = { key: pathView.from.key, name: names.get(pathView.from.key) ?? pathView.from.name };
      pathView.to = { key: pathView.to.key, name: names.get(pathView.to.key) ?? pathView.to.name };
      pathView.result = { paths: result.paths, names };
      emphasis.pathNodes = new Set(result.paths.flatMap((p) => p.nodes));
      emphasis.pathEdges = new Set(result.paths.flatMap((p) => p.edges.map((e) => e.key)));
      if (emphasis.pathNodes.size === 0) emphasis.pathNodes = new Set([pathView.from.key, pathView.to.key].filter((key) => graph.hasNode(key)));
      graphChanged();
      el.graph.dataset.pathNodes = String(emphasis.pathNodes.size);
      void view?.fitNodes([...emphasis.pathNodes]);
    } catch (error) {
      pathView.error = errorMessage(t, error);
    } finally {
      pathView.busy = false;
      renderPaths();
    }
  };

  const setPathEnd = (end: "from" | "to", key: string, name: string): void => {
    pathView[end] = { key, name };
    if (end === "from") state.pathFrom = key;
    else state.pathTo = key;
    syncUrl();
    renderPaths();
    if (pathView.from && pathView.to && pathView.from.key !== pathView.to.key) void findPaths(pathView.maxHops, pathView.k);
  };

  // --- overview, communities, layout ----------------------------------------------------------------------------------

  const layout = createLayoutController(graph, (running) => {
    layoutRunning = running;
    const hideEdges = running && graph.size > LARGE_GRAPH_EDGES;
    if (hideEdges !== emphasis.hideEdges) {
      emphasis.hideEdges = hideEdges;
      refresh();
    }
    el.graph.dataset.layout = running ? "running" : "stopped";
    viewControls.setLayoutRunning(t, running);
  });

  const loadOverview = async (): Promise<void> => {
    overviewRequest?.abort();
    const request = new AbortController();
    overviewRequest = request;
    layout.stop();
    el.status.textContent = t.t("status.loading");
    el.graph.dataset.loading = "true";
    try {
      const query: OverviewQuery = { view: state.view, limit: state.limit, measure: state.measure, community: state.community };
      const early = firstOverview;
      firstOverview = undefined;
      const sameQuery = early !== undefined && JSON.stringify(early.query) === JSON.stringify(query);
      const answer = await (sameQuery ? early.answer : fetchOverview(query, request.signal));
      if (request !== overviewRequest) return;
      delete document.body.dataset.error;
      const messages = answer.notices.map((n) =>
        n.kind === "measure"
          ? t.t("notice.measureFallback", { measure: t.t(`measure.${n.query.measure}` as MessageKey), fallback: t.t("measure.degree") })
          : n.kind === "limit"
            ? t.t("notice.limitFallback", { limit: answer.query.limit })
            : t.t("notice.oldServer"),
      );
      const data = normalizeOverview(answer.graph);
      if (state.community !== null && data.attributes.community === undefined) {
        messages.push(t.t("notice.noCommunity"));
        state.community = null;
      }
      notify(messages.join(" · "));
      if (data.attributes.view === "communities") {
        for (const n of data.nodes) if (n.attributes.community !== undefined) communityLabels.set(n.attributes.community, n.attributes.label);
      }
      replaceGraph(graph, data, holders);
      overviewCount = graph.order;
      seedPositions(graph);
      emphasis.pathNodes = new Set();
      emphasis.pathEdges = new Set();
      const camera = view?.sigma.getCamera();
      if (camera) camera.setState(state.camera ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      graphChanged();
      layout.run();
      delete el.graph.dataset.loading;
      // Restore what the URL asks for on top of the overview: expansions, then paths, then the selection.
      if (data.attributes.view === "entities") {
        for (const key of [...state.expanded]) {
          state.expanded = state.expanded.filter((k) => k !== key);
          await expand(key, true);
        }
        if (pathView.from && pathView.to) await findPaths(pathView.maxHops, pathView.k);
        if (state.selected !== null) {
          const key = state.selected;
          const camera = state.camera;
          if (graph.hasNode(key)) await select(key);
          else await openEntity(key);
          if (camera === null) await view?.focusNode(key);
        }
      }
      syncUrl();
    } catch (error) {
      if (isAbort(error)) return;
      delete el.graph.dataset.loading;
      // Scripts that wait for the first frame (tests, bench/client-bench.ts) read this instead of timing out.
      document.body.dataset.error = errorMessage(t, error);
      el.status.textContent = t.t("status.error", { message: errorMessage(t, error) });
      el.status.classList.add("error");
    }
  };

  const resetContext = (): void => {
    state.selected = null;
    state.expanded = [];
    state.camera = null;
    emphasis.selected = null;
    emphasis.selectedEdges = new Set();
    panel.hide();
    pathView.result = null;
    renderPaths();
  };

  function drillDown(community: number): void {
    resetContext();
    state.community = community;
    void loadOverview();
  }

  function backToCommunities(): void {
    resetContext();
    state.community = null;
    void loadOverview();
  }

  // --- controls -----------------------------------------------------------------------------------------------------

  const panel = createEntityPanel(
    el.panel,
    {
      openEntity: (key) => void openEntity(key),
      toggleExpand: (key) => void toggleExpand(key),
      isExpanded: (key) => state.expanded.includes(key),
      setPathEnd,
      focus: (key) => void view?.focusNode(key),
      close: closePanel,
    },
    t,
  );

  const search = createSearchBox(el.search, t, (hit) => void openEntity(hit.key));

  const viewControls = createViewControls(el.overview, el.analysis, {
    reload(choice) {
      resetContext();
      state.view = choice.view;
      state.measure = choice.measure;
      state.limit = choice.limit;
      state.community = null;
      void loadOverview();
    },
    toggleLayout: () => (layout.isRunning() ? layout.stop() : layout.run()),
    setAnalysis(choice) {
      state.colorBy = choice.colorBy;
      state.sizeBy = choice.sizeBy;
      syncUrl();
      void runAnalysis();
    },
  });

  const filterControls = createFilterControls(el.filters, (filters: Filters) => {
    state.filters = filters;
    emphasis.filters = filters;
    refresh();
    syncUrl();
    el.graph.dataset.visibleNodes = String(graph.filterNodes((node) => nodeVisible(node)).length);
    el.graph.dataset.visibleEdges = String(graph.filterEdges((edge) => edgeVisible(edge)).length);
    // The measures are computed on the graph in view: recompute once the user stops changing filters.
    window.clearTimeout(analysisTimer);
    if (state.colorBy !== "type" || isComputed(state.sizeBy)) analysisTimer = window.setTimeout(() => void runAnalysis(), 400);
  });

  const pathControls = createPathControls(el.paths, {
    find: (maxHops, k) => void findPaths(maxHops, k),
    clear: () => clearPath(),
    openEntity: (key) => void openEntity(key),
  });

  const exportControls = createExportControls(el.exports, {
    visibleGraph: () => viewSubgraph(graph, nodeVisible, edgeVisible),
    sigma: () => view?.sigma ?? null,
    done: (fileName) => notify(t.t("export.done", { file: fileName })),
    failed: (error) => notify(errorMessage(t, error), "error"),
  });

  const renderAll = (): void => {
    document.documentElement.lang = t.language === "zh" ? "zh-CN" : "en";
    document.title = `kg-explorer · ${t.t("app.title")}`;
    el.graph.setAttribute("aria-label", t.t("aria.graph"));
    el.breadcrumb.setAttribute("aria-label", t.t("aria.breadcrumb"));
    el.toolbar.setAttribute("aria-label", t.t("aria.tools"));
    el.languageButton.textContent = t.t("lang.switch");
    el.languageButton.setAttribute("aria-label", t.t("lang.switchLabel"));
    el.languageButton.lang = t.language === "zh" ? "en" : "zh-CN";
    search.render(t);
    viewControls.render(t, state, layoutRunning);
    filterControls.render(t, state.filters, filterContext());
    renderPaths();
    exportControls.render(t);
    panel.render(t);
    renderLegendNow();
    renderBreadcrumb();
    updateStatus();
  };

  const switchLanguage = (): void => {
    state.language = t.language === "zh" ? "en" : "zh";
    t = createTranslator(state.language);
    renderAll();
    syncUrl();
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && panel.isOpen()) closePanel();
  };

  return {
    async start() {
      el.languageButton.addEventListener("click", switchLanguage);
      document.addEventListener("keydown", onKey);
      renderAll();
      el.status.textContent = t.t("status.loading");
      view = createGraphView(
        el.graph,
        graph,
        emphasis,
        {
          clickNode: (node) => (isCommunityKey(node) ? void toggleExpand(node) : void select(node)),
          doubleClickNode: (node) => void toggleExpand(node),
          clickEdge: selectEdge,
          clickStage: () => {
            if (panel.isOpen()) closePanel();
          },
          hover(node) {
            emphasis.hovered = node;
            refresh();
          },
          cameraMoved(camera) {
            window.clearTimeout(cameraTimer);
            cameraTimer = window.setTimeout(() => {
              const isDefault = Math.abs(camera.x - 0.5) < 1e-6 && Math.abs(camera.y - 0.5) < 1e-6 && Math.abs(camera.ratio - 1) < 1e-6;
              state.camera = isDefault ? null : { x: camera.x, y: camera.y, ratio: camera.ratio };
              syncUrl();
            }, 250);
          },
        },
        () => {
          firstFrameDone = true;
          performance.mark("kg:first-frame");
          document.body.dataset.renderedNodes = String(graph.order);
        },
      );
      await loadOverview();
    },
    nodeViewportPosition: (key) => view?.nodeViewportPosition(key) ?? null,
    cleanup() {
      window.clearTimeout(cameraTimer);
      window.clearTimeout(analysisTimer);
      overviewRequest?.abort();
      el.languageButton.removeEventListener("click", switchLanguage);
      document.removeEventListener("keydown", onKey);
      search.cleanup();
      analysisRunner.cleanup();
      layout.cleanup();
      view?.cleanup();
    },
  };
}

// Colour and size of the graph in view from the analysis choices: measures in the worker, then appearance and legend.
// Communities are the server's whole-graph numbering whenever the nodes carry it, so the explorer, the communities
// overview and the exports name the same community by the same id.

import { isComputed } from "../../common/measures/index.js";
import { createAnalysisRunner } from "../analysis/analysis-runner.js";
import { COMMUNITY_MEASURE, measuresFor, projectForAnalysis } from "../analysis/analysis.js";
import { carriedPartition, communityLegend, rankCommunities, type Partition } from "../analysis/community-partition.js";
import { errorMessage, isAbort } from "../api/errors.js";
import { applyAppearance, type AppearanceChoice } from "../graph/appearance.js";
import type { ExplorerGraph } from "../graph/graph-model.js";
import { setSignal } from "../page-signals.js";
import { legendLines, renderLegend, type LegendData } from "../panels/legend.js";
import type { SizeMeasure } from "../url-state.js";
import type { ExplorerContext } from "./context.js";
import type { FilterView } from "./filters.js";
import { countVisible } from "./visible-counts.js";
import { changed } from "./view-store.js";

/** Quiet time after the last filter change before the measures are computed again on the graph in view. */
const AFTER_FILTERS_MS = 400;

export interface AnalysisView {
  /** Recomputes colour and size (in the analysis worker when a measure needs it), then redraws. */
  run(): Promise<void>;
  renderLegend(): void;
  /** The legend's heading and lines as shown, for the image export. */
  legend(): ReturnType<typeof legendLines>;
  cleanup(): void;
}

/** Sizes from a value every node carries (a size measure the worker does not compute), or undefined. */
function carriedSizes(graph: ExplorerGraph, sizeBy: SizeMeasure): Record<string, number> | undefined {
  if (sizeBy === "auto" || isComputed(sizeBy)) return undefined;
  return Object.fromEntries(graph.mapNodes((node, a) => [node, a[sizeBy]]));
}

/** The analysis controller: runs again when the colour or size choice changes, and after the filters settle. */
export function createAnalysisView(ctx: ExplorerContext, filters: FilterView): AnalysisView {
  const { el, graph, store } = ctx;
  const runner = createAnalysisRunner();
  let appearance: AppearanceChoice = { colorBy: store.get().colorBy };
  /** Nodes whose `community` the view computed itself (the server's numbering was missing for some node in view). */
  let computedHere = new Set<string>();
  const forgetComputed = (): void => {
    computedHere = new Set();
  };
  graph.on("cleared", forgetComputed);
  /** Answers to an older run are dropped. */
  let token = 0;
  let timer: number | undefined;

  /** The server's community of a node, unless the view numbered it itself. */
  const serverCommunity = (node: string): number | undefined =>
    computedHere.has(node) ? undefined : graph.getNodeAttribute(node, "community");

  /** Entities per community among the nodes in view (a community of the communities view counts its members). */
  const communityCounts = (): Map<number, number> => {
    const counts = new Map<number, number>();
    graph.forEachNode((node, a) => {
      const id = a.kind === "community" ? a.community : appearance.communities?.[node];
      if (id === undefined || !filters.nodeVisible(node)) return;
      counts.set(id, (counts.get(id) ?? 0) + (a.kind === "community" ? (a.members ?? 1) : 1));
    });
    return counts;
  };

  const legendData = (): LegendData => {
    const communitiesShown =
      store.get().colorBy === "community" || graph.someNode((_node, a) => a.kind === "community");
    return {
      typeCounts: filters.context().typeCounts,
      visibleTypeCounts: countVisible(graph, filters).types,
      communities: communitiesShown ? communityLegend(communityCounts()) : null,
      projection: graph.getAttribute("view") === "organizations",
    };
  };
  const legend = (): void => renderLegend(el.legend, ctx.t(), legendData());

  const run = async (): Promise<void> => {
    const mine = ++token;
    const { colorBy, sizeBy } = store.get();
    const visibleNodes = graph.filterNodes((node) => filters.nodeVisible(node));
    const carried =
      colorBy === "community" ? carriedPartition(visibleNodes.map((n) => [n, serverCommunity(n)] as const)) : undefined;
    const measures = measuresFor(colorBy === "community" && !carried, sizeBy);
    const next: AppearanceChoice = { colorBy };
    if (carried) next.communities = { ...carried, ...hiddenCommunities(visibleNodes) };
    const carriedSize = carriedSizes(graph, sizeBy);
    if (carriedSize) next.sizes = carriedSize;
    if (measures.length > 0) {
      // New nodes get the current colours and sizes at once; the measures replace them when the worker answers.
      applyAppearance(graph, appearance);
      setSignal(el.graph, "analysis", "running");
      ctx.notify(ctx.t().t("status.analysing"));
      const visibleEdges = graph
        .filterEdges((edge) => filters.edgeVisible(edge))
        .map((edge) => ({
          source: graph.source(edge),
          target: graph.target(edge),
          weight: graph.getEdgeAttribute(edge, "weight"),
        }));
      try {
        const values = await runner.compute(measures, projectForAnalysis(visibleNodes, visibleEdges));
        if (mine !== token) return;
        const found = values[COMMUNITY_MEASURE];
        if (found) {
          next.communities = rankCommunities(found).byNode;
          computedHere = new Set(visibleNodes);
        }
        const sized = isComputed(sizeBy) ? values[sizeBy] : undefined;
        if (sized) next.sizes = sized;
        ctx.notify("");
      } catch (error) {
        if (isAbort(error) || mine !== token) return;
        ctx.notify(errorMessage(ctx.t(), error), "error");
      }
    }
    if (mine !== token) return;
    appearance = next;
    applyAppearance(graph, appearance);
    setSignal(el.graph, "analysis", "done");
    setSignal(el.graph, "colorBy", colorBy);
    setSignal(el.graph, "sizeBy", sizeBy);
    legend();
    ctx.view()?.refresh();
  };

  /** The server's communities of the nodes the filters hide, so they keep their colour when shown again. */
  function hiddenCommunities(visibleNodes: readonly string[]): Partition {
    const visible = new Set(visibleNodes);
    const hidden: Partition = {};
    graph.forEachNode((node) => {
      const id = serverCommunity(node);
      if (!visible.has(node) && id !== undefined) hidden[node] = id;
    });
    return hidden;
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, "colorBy", "sizeBy")) void run();
    else if (changed(state, previous, "filters")) {
      legend();
      // The measures are computed on the graph in view: recompute once the user stops changing filters.
      window.clearTimeout(timer);
      if (state.colorBy !== "type" || isComputed(state.sizeBy))
        timer = window.setTimeout(() => void run(), AFTER_FILTERS_MS);
    }
  });

  return {
    run,
    renderLegend: legend,
    legend: () => legendLines(ctx.t(), legendData()),
    cleanup() {
      unsubscribe();
      graph.off("cleared", forgetComputed);
      window.clearTimeout(timer);
      runner.cleanup();
    },
  };
}

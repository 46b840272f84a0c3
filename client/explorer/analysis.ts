// Colour and size of the graph in view from the analysis choices: measures in the worker, then appearance and legend.

import { isComputed } from "../../common/measures/index.js";
import { createAnalysisRunner } from "../analysis/analysis-runner.js";
import { COMMUNITY_MEASURE, measuresFor, projectForAnalysis, rankCommunities } from "../analysis/analysis.js";
import { errorMessage, isAbort } from "../api/errors.js";
import { applyAppearance, type AppearanceChoice } from "../graph/appearance.js";
import type { ExplorerGraph } from "../graph/graph-model.js";
import { setSignal } from "../page-signals.js";
import { renderLegend } from "../panels/legend.js";
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
  let communitySizes: number[] = [];
  /** Answers to an older run are dropped. */
  let token = 0;
  let timer: number | undefined;

  const legend = (): void => {
    const { colorBy } = store.get();
    renderLegend(el.legend, ctx.t(), {
      colorBy,
      typeCounts: filters.context().typeCounts,
      visibleTypeCounts: countVisible(graph, filters).types,
      communitySizes: colorBy === "community" ? communitySizes : [],
    });
  };

  const run = async (): Promise<void> => {
    const mine = ++token;
    const { colorBy, sizeBy } = store.get();
    const measures = measuresFor(colorBy === "community", sizeBy);
    const next: AppearanceChoice = { colorBy };
    const carried = carriedSizes(graph, sizeBy);
    if (carried) next.sizes = carried;
    if (measures.length > 0) {
      // New nodes get the current colours and sizes at once; the measures replace them when the worker answers.
      applyAppearance(graph, appearance);
      setSignal(el.graph, "analysis", "running");
      ctx.notify(ctx.t().t("status.analysing"));
      const visibleNodes = graph.filterNodes((node) => filters.nodeVisible(node));
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
          const ranked = rankCommunities(found);
          next.communities = ranked.byNode;
          communitySizes = ranked.sizes;
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
    cleanup() {
      unsubscribe();
      window.clearTimeout(timer);
      runner.cleanup();
    },
  };
}

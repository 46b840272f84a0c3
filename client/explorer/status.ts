// The status line: what the view holds, or that it loads or failed; it follows the view state's language.

import { setSignal } from "../page-signals.js";
import type { ExplorerContext } from "./context.js";
import { countVisible, isFiltered, type Visibility } from "./visible-counts.js";
import { changed } from "./view-store.js";

export interface StatusLine {
  /** Counts of the graph in view (and, after the first frame, the rendered-nodes signal). */
  render(): void;
  loading(): void;
  failed(message: string): void;
  /** Marks that sigma drew its first frame: from now on the rendered-nodes signal follows the graph. */
  firstFrame(): void;
  cleanup(): void;
}

/**
 * The status line over the graph; it follows the language and the filters of the view state. `overviewCount` is what
 * the overview brought; `visibility` decides what the filters leave in view.
 */
export function createStatusLine(
  ctx: ExplorerContext,
  overviewCount: () => number,
  visibility: Visibility,
): StatusLine {
  const { el, graph } = ctx;
  let firstFrameDone = false;

  const render = (): void => {
    const t = ctx.t();
    const a = graph.getAttributes();
    if (graph.order === 0 && !a.view) return;
    const counts = a.view === "communities" ? null : countVisible(graph, visibility);
    let text =
      a.view === "communities"
        ? t.t("status.communities", { nodes: graph.order, entities: a.totalEntities ?? "?" })
        : counts !== null && isFiltered(counts)
          ? t.t("links.status.filtered", {
              nodes: counts.nodes,
              totalNodes: counts.totalNodes,
              edges: counts.edges,
              totalEdges: counts.totalEdges,
            })
          : t.t("status.graph", { nodes: graph.order, edges: graph.size });
    if (a.view === "entities" && a.truncated && a.totalEntities !== undefined)
      text += t.t("status.truncated", { shown: overviewCount(), total: a.totalEntities });
    if (a.view === "communities" && a.totalLinks !== undefined && a.totalLinks > graph.size) {
      text += t.t("status.strongestLinks", {
        shown: graph.size,
        total: a.totalLinks,
        perCommunity: a.linksPerCommunity ?? "?",
      });
    }
    if (a.view === "communities" && a.isolatedCommunities)
      text += t.t("status.isolated", { communities: a.isolatedCommunities, entities: a.isolatedEntities ?? "?" });
    el.status.textContent = text;
    el.status.classList.remove("error");
    if (firstFrameDone) setSignal(document.body, "renderedNodes", graph.order);
  };

  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (changed(state, previous, "language", "filters")) render();
  });

  return {
    render,
    loading() {
      el.status.textContent = ctx.t().t("status.loading");
    },
    failed(message) {
      el.status.textContent = ctx.t().t("status.error", { message });
      el.status.classList.add("error");
    },
    firstFrame() {
      firstFrameDone = true;
      performance.mark("kg:first-frame");
      setSignal(document.body, "renderedNodes", graph.order);
    },
    cleanup: unsubscribe,
  };
}

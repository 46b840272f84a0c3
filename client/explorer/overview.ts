// The overview: asking the server for the view's entities or communities, drawing them, drilling into a community and back.

import { fetchOverview, type OverviewQuery, type ViewAnswer } from "../api/api-client.js";
import { errorMessage, isAbort } from "../api/errors.js";
import { h, replaceChildren } from "../dom.js";
import { replaceGraph } from "../graph/graph-merge.js";
import { normalizeViewAnswer } from "../graph/projection-model.js";
import { seedPositions, type LayoutController } from "../graph/layout.js";
import { setSignal } from "../page-signals.js";
import type { ViewState } from "../url-state.js";
import type { ExplorerContext } from "./context.js";
import type { StatusLine } from "./status.js";
import { NO_KEYS } from "./view-state.js";

/** An overview request the page sent before the explorer was built, and the query it asked. */
export interface PrefetchedOverview {
  query: OverviewQuery;
  answer: Promise<ViewAnswer>;
}

const queryOf = (state: ViewState): OverviewQuery => ({
  view: state.view,
  limit: state.limit,
  measure: state.measure,
  community: state.community,
  from: state.filters.dateFrom,
  to: state.filters.dateTo,
});

/** Asks for the overview a view state shows, so the request runs while the page builds its interface. */
export function prefetchOverview(state: ViewState): PrefetchedOverview {
  const query = queryOf(state);
  const answer = fetchOverview(query);
  // Its failure is reported where the explorer awaits it; this only keeps it from being an unhandled rejection.
  answer.catch(() => undefined);
  return { query, answer };
}

export interface OverviewDeps {
  layout: LayoutController;
  status: StatusLine;
  graphChanged(): void;
  /** Forgets the selection, expansions, camera and path result, before another overview replaces the graph. */
  resetContext(): void;
  /** Restores what the state (a link) names on top of the overview just drawn, in either view. */
  restore(view: "entities" | "communities" | "organizations"): Promise<void>;
}

export interface Overview {
  load(): Promise<void>;
  drillDown(community: number): void;
  backToCommunities(): void;
  renderBreadcrumb(): void;
  /** Nodes the overview itself brought (expansions and paths add more). */
  count(): number;
  cleanup(): void;
}

/** Loads overviews into the graph; the first load takes the prefetched answer when it asked the same. */
export function createOverview(ctx: ExplorerContext, deps: OverviewDeps, prefetched?: PrefetchedOverview): Overview {
  const { el, graph, store } = ctx;
  let first = prefetched;
  let request: AbortController | null = null;
  let count = 0;
  const communityLabels = new Map<number, string>();

  const load = async (): Promise<void> => {
    request?.abort();
    const current = new AbortController();
    request = current;
    deps.layout.stop();
    deps.status.loading();
    setSignal(el.graph, "loading", "true");
    try {
      const query = queryOf(store.get());
      const early = first;
      first = undefined;
      const sameQuery = early !== undefined && JSON.stringify(early.query) === JSON.stringify(query);
      const answer = await (sameQuery ? early.answer : fetchOverview(query, current.signal));
      if (current !== request) return;
      setSignal(document.body, "error", null);
      const data = normalizeViewAnswer(answer);
      const unknownCommunity = store.get().community !== null && data.attributes.community === undefined;
      if (unknownCommunity) store.update({ community: null });
      ctx.notify(unknownCommunity ? ctx.t().t("notice.noCommunity") : "");
      if (data.attributes.view === "communities") {
        for (const n of data.nodes)
          if (n.attributes.community !== undefined) communityLabels.set(n.attributes.community, n.attributes.label);
      }
      replaceGraph(graph, data, ctx.holders);
      count = graph.order;
      seedPositions(graph);
      store.update({ pathNodes: NO_KEYS, pathEdges: NO_KEYS });
      ctx
        .view()
        ?.sigma.getCamera()
        .setState(store.get().camera ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      deps.graphChanged();
      deps.layout.run();
      setSignal(el.graph, "loading", null);
      await deps.restore(data.attributes.view);
    } catch (error) {
      if (isAbort(error)) return;
      setSignal(el.graph, "loading", null);
      // Scripts that wait for the first frame (tests, bench/client-bench.ts) read this instead of timing out.
      const message = errorMessage(ctx.t(), error);
      setSignal(document.body, "error", message);
      deps.status.failed(message);
    }
  };

  const reloadAt = (community: number | null): void => {
    deps.resetContext();
    store.update({ community });
    void load();
  };

  const renderBreadcrumb = (): void => {
    const t = ctx.t();
    const community = store.get().community;
    const a = graph.getAttributes();
    if (community === null) {
      replaceChildren(
        el.breadcrumb,
        a.view === "communities" ? h("span", { class: "crumb current" }, t.t("breadcrumb.communities")) : null,
      );
      el.breadcrumb.hidden = a.view !== "communities";
      return;
    }
    el.breadcrumb.hidden = false;
    const label = communityLabels.get(community) ?? `#${community}`;
    replaceChildren(
      el.breadcrumb,
      h(
        "button",
        {
          class: "link-button",
          attrs: { type: "button", id: "breadcrumb-back", title: t.t("breadcrumb.back") },
          on: { click: () => reloadAt(null) },
        },
        "← ",
        t.t("breadcrumb.communities"),
      ),
      h("span", { class: "crumb-sep", attrs: { "aria-hidden": "true" } }, " › "),
      h("span", { class: "crumb current" }, t.t("breadcrumb.community", { label })),
    );
  };

  return {
    load,
    drillDown: (community) => reloadAt(community),
    backToCommunities: () => reloadAt(null),
    renderBreadcrumb,
    count: () => count,
    cleanup: () => request?.abort(),
  };
}

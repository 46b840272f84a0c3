// The organizations view's own behaviour: a click on a link opens the pair's shared projects and stated collaboration,
// and a new date range asks the server again (a link counts only the projects tied in the range).

import { fetchProjectionLink } from "../api/api-client.js";
import { errorMessage, isAbort } from "../api/errors.js";
import type { EntityPanel } from "../panels/entity-panel.js";
import { projectionLinkPanel, type ProjectionLinkView } from "../panels/projection-link.js";
import type { ExplorerContext } from "./context.js";
import { changed } from "./view-store.js";

/** Quiet time after the last date change before the projection is asked for again. */
const AFTER_DATES_MS = 400;

export interface ProjectionDeps {
  panel: EntityPanel;
  openEntity(key: string): void;
  close(): void;
  /** Loads the view again (the overview, which asks for the projection in the organizations view). */
  reload(): void;
}

export interface Projection {
  /** Opens the panel of a link of the organizations view; false when the graph in view is not that view. */
  clickEdge(edge: string): boolean;
  /** After the graph changed: says so when the organizations view is empty (no pair shares a project in the range). */
  graphChanged(): void;
  cleanup(): void;
}

/** The organizations view's controller. */
export function createProjection(ctx: ExplorerContext, deps: ProjectionDeps): Projection {
  const { graph, store } = ctx;
  let request: AbortController | null = null;
  let timer: number | undefined;

  const clickEdge = (edge: string): boolean => {
    if (graph.getAttribute("view") !== "organizations") return false;
    const [source, target] = graph.extremities(edge);
    const [a, b] = source < target ? [source, target] : [target, source];
    const edges = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
    const shared = edges.find((e) => graph.getEdgeAttribute(e, "kind") === "shared-projects");
    const stated = edges.find((e) => graph.getEdgeAttribute(e, "relation") === "COLLABORATES_WITH");
    const end = (key: string) => ({ key, label: graph.getNodeAttribute(key, "label") });
    let view: ProjectionLinkView = {
      a: end(a),
      b: end(b),
      sharedCount: shared === undefined ? 0 : graph.getEdgeAttribute(shared, "weight"),
      shared: { state: "loading" },
      stated: stated === undefined ? null : { source: graph.source(stated), target: graph.target(stated) },
    };
    const selectedEdges = new Set(edges);
    store.update({ selected: null, selectedEdges });
    const show = (): void => deps.panel.showCustom("projection-link", (t) => projectionLinkPanel(t, deps, view));
    show();
    request?.abort();
    if (shared === undefined) return true;
    const current = new AbortController();
    request = current;
    const { dateFrom: from, dateTo: to } = store.get().filters;
    // An answer counts only while its link is still the one shown.
    const stillShown = (): boolean => current === request && store.get().selectedEdges === selectedEdges;
    fetchProjectionLink(a, b, { from, to }, current.signal).then(
      (link) => {
        if (!stillShown()) return;
        view = { ...view, shared: { state: "loaded", link } };
        show();
      },
      (error: unknown) => {
        if (isAbort(error) || !stillShown()) return;
        view = { ...view, shared: { state: "failed", message: errorMessage(ctx.t(), error) } };
        show();
      },
    );
    return true;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== "organizations" || !changed(state, previous, "filters")) return;
    if (state.filters.dateFrom === previous.filters.dateFrom && state.filters.dateTo === previous.filters.dateTo)
      return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => deps.reload(), AFTER_DATES_MS);
  });

  return {
    clickEdge,
    graphChanged() {
      if (graph.getAttribute("view") === "organizations" && graph.order === 0)
        ctx.notify(ctx.t().t("projection.empty"));
    },
    cleanup() {
      unsubscribe();
      window.clearTimeout(timer);
      request?.abort();
    },
  };
}

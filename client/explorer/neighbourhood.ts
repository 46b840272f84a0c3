// Expanding an entity's neighbours into the view and collapsing them again (double-click, or the panel's button).

import { fetchNeighborhood } from "../api/api-client.js";
import { errorMessage } from "../api/errors.js";
import { expandHolder, holdNode, mergeGraph, PIN_HOLDER, releaseHolder } from "../graph/graph-merge.js";
import { isCommunityKey, normalizeEntityGraph } from "../graph/graph-model.js";
import type { ExplorerContext } from "./context.js";

/** Neighbours loaded by one expansion at most. */
const EXPAND_LIMIT = 150;

export interface NeighbourhoodDeps {
  graphChanged(): void;
  /** Closes the panel (when its entity left the view). */
  closePanel(): void;
  drillDown(community: number): void;
  /** Draws the panel again, so its expand/collapse button follows. */
  renderPanel(): void;
  /** Brings the layout to its end, so new neighbours are placed where they would be on a reopened link. */
  settleLayout(): void;
}

export interface Neighbourhood {
  /** Loads an entity's neighbours, seeded around it; false when it failed (already told to the user). */
  expand(key: string, quiet?: boolean): Promise<boolean>;
  collapse(key: string): void;
  /** Expands or collapses an entity; a community node drills into its community instead. */
  toggle(key: string): Promise<void>;
  /** Loads the state's expansions again, in order, after an overview replaced the graph. */
  restore(): Promise<void>;
  cleanup(): void;
}

/** The expand/collapse controller. */
export function createNeighbourhood(ctx: ExplorerContext, deps: NeighbourhoodDeps): Neighbourhood {
  const { graph, holders, store } = ctx;

  const expand = async (key: string, quiet = false): Promise<boolean> => {
    if (store.get().expanded.includes(key) && graph.hasNode(key)) return true;
    try {
      const data = await fetchNeighborhood(key, EXPAND_LIMIT);
      deps.settleLayout();
      const present = graph.hasNode(key);
      const anchor = present ? { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") } : undefined;
      const edgesBefore = graph.size;
      const added = mergeGraph(graph, normalizeEntityGraph(data), holders, expandHolder(key), anchor);
      if (!present) holdNode(holders, key, PIN_HOLDER);
      const { expanded } = store.get();
      if (!expanded.includes(key)) store.update({ expanded: [...expanded, key] });
      if (data.attributes.truncated && !quiet)
        ctx.notify(ctx.t().t("notice.expandTruncated", { count: data.nodes.length - 1 }));
      else if (present && added.length === 0 && graph.size === edgesBefore && !quiet)
        ctx.notify(ctx.t().t("links.notice.nothingNew", { name: graph.getNodeAttribute(key, "label") }));
      deps.graphChanged();
      return true;
    } catch (error) {
      ctx.notify(errorMessage(ctx.t(), error), "error");
      return false;
    }
  };

  const collapse = (key: string): void => {
    releaseHolder(graph, holders, expandHolder(key));
    store.update({ expanded: store.get().expanded.filter((k) => k !== key) });
    const { selected } = store.get();
    if (selected !== null && !graph.hasNode(selected)) deps.closePanel();
    deps.graphChanged();
  };

  const toggle = async (key: string): Promise<void> => {
    if (isCommunityKey(key)) {
      deps.drillDown(graph.getNodeAttribute(key, "community") ?? Number(key.slice("community:".length)));
      return;
    }
    if (store.get().expanded.includes(key)) collapse(key);
    else await expand(key);
    deps.renderPanel();
  };

  const restore = async (): Promise<void> => {
    for (const key of [...store.get().expanded]) {
      store.update({ expanded: store.get().expanded.filter((k) => k !== key) });
      await expand(key, true);
    }
  };

  return { expand, collapse, toggle, restore, cleanup: () => undefined };
}

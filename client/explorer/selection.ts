// The selection: an entity or the relations between two entities, shown in the side panel and emphasised in the graph.

import type { RelationType } from "../../common/api.js";
import { fetchEntity } from "../api/api-client.js";
import { errorMessage } from "../api/errors.js";
import type { EdgeSelection, EntityPanel } from "../panels/entity-panel.js";
import type { ExplorerContext } from "./context.js";
import { NO_KEYS } from "./view-state.js";

export interface SelectionDeps {
  panel: EntityPanel;
  /** Loads an entity with its neighbours; false when that failed (already told to the user). */
  expand(key: string): Promise<boolean>;
  /** Switches from the communities view to the entities view, which opens this entity once loaded. */
  showEntities(key: string): Promise<void>;
}

export interface Selection {
  select(key: string): Promise<void>;
  selectEdge(edge: string): void;
  close(): void;
  /** Selects an entity and moves the camera to it, loading it with its neighbours when it is not in view. */
  openEntity(key: string): Promise<void>;
  /** Opens the state's selection (an entity, or the relations of a pair) after an overview loaded; the camera stays. */
  restore(): Promise<void>;
  cleanup(): void;
}

/** The selection controller; Escape closes the panel. */
export function createSelection(ctx: ExplorerContext, deps: SelectionDeps): Selection {
  const { graph, store } = ctx;
  const { panel } = deps;
  /** Answers to an older selection are dropped. */
  let token = 0;

  const close = (): void => {
    token++;
    store.update({ selected: null, selectedEdges: NO_KEYS, selectedPair: null });
    panel.hide();
  };

  const select = async (key: string): Promise<void> => {
    const mine = ++token;
    store.update({ selected: key, selectedEdges: NO_KEYS, selectedPair: null });
    panel.showMessage(ctx.t().t("panel.loading"));
    try {
      const details = await fetchEntity(key);
      if (mine !== token) return;
      panel.showEntity(details, graph.hasNode(key) ? graph.neighbors(key).length : 0);
    } catch (error) {
      if (mine === token) panel.showMessage(errorMessage(ctx.t(), error), true);
    }
  };

  const selectEdge = (edge: string): void => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    // Both directions, each edge once: graphology lists an edge between two nodes in both calls when the graph is mixed.
    const edges = [...new Set([...graph.edges(source, target), ...graph.edges(target, source)])];
    if (graph.getEdgeAttribute(edge, "kind") === "community") return;
    token++;
    const end = (key: string): EdgeSelection["source"] => {
      const a = graph.getNodeAttributes(key);
      return { key, label: a.label, entityType: a.entityType };
    };
    const relations: EdgeSelection["edges"] = edges
      .map((key) => ({ key, a: graph.getEdgeAttributes(key) }))
      .filter(({ a }) => a.relation !== undefined)
      .sort((x, y) => Number(y.a.stated) - Number(x.a.stated) || y.a.weight - x.a.weight)
      .map(({ key, a }) => ({
        key,
        relation: a.relation as RelationType,
        weight: a.weight,
        rule: a.rule,
        stated: a.stated,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
      }));
    panel.showEdge({ source: end(source), target: end(target), edges: relations });
    store.update({ selected: null, selectedEdges: new Set(edges), selectedPair: { source, target } });
  };

  const openEntity = async (key: string): Promise<void> => {
    if (graph.getAttribute("view") === "communities") {
      // Entities are not drawn among communities: switch to the entities view, which opens the entity once loaded.
      await deps.showEntities(key);
      return;
    }
    if (!graph.hasNode(key) && !(await deps.expand(key))) return;
    await select(key);
    await ctx.view()?.focusNode(key);
  };

  const restore = async (): Promise<void> => {
    const { selected: key, selectedPair: pair } = store.get();
    if (key !== null) {
      // An entity the view does not hold (a typed link) comes with its neighbours, as a search would bring it.
      if (graph.getAttribute("view") === "entities" && !graph.hasNode(key) && !(await deps.expand(key))) return;
      await select(key);
    } else if (pair !== null) {
      const edge = edgeBetween(pair.source, pair.target);
      if (edge !== null) selectEdge(edge);
      else store.update({ selectedPair: null });
    }
  };

  /** An edge joining two entities in view, either way round, or null. */
  const edgeBetween = (a: string, b: string): string | null => {
    if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
    return graph.edges(a, b)[0] ?? graph.edges(b, a)[0] ?? null;
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && panel.isOpen()) close();
  };
  document.addEventListener("keydown", onKey);

  return {
    select,
    selectEdge,
    close,
    openEntity,
    restore,
    cleanup: () => document.removeEventListener("keydown", onKey),
  };
}

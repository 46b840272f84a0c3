// Paths between two entities picked in the panel: the search through what the view shows, the paths merged into the
// view and emphasised, searched again when the type filters change.

import type { PathsResult } from "../../common/api.js";
import { fetchPaths } from "../api/api-client.js";
import { errorMessage } from "../api/errors.js";
import { mergeGraph, PATH_HOLDER, releaseHolder } from "../graph/graph-merge.js";
import { normalizeEntityGraph } from "../graph/graph-model.js";
import { setSignal } from "../page-signals.js";
import { createPathControls, type PathEnd, type PathView } from "../panels/path-controls.js";
import type { ExplorerContext } from "./context.js";
import { noPathHints, pathTraversal } from "./path-request.js";
import { NO_KEYS } from "./view-state.js";
import { changed } from "./view-store.js";

/** The API's limit on hops, which the hop box also keeps to. */
const MAX_HOPS = 6;

/** The answer when the filters leave nothing a path could pass through. */
const NO_PATHS: PathsResult = {
  paths: [],
  graph: {
    attributes: { truncated: false },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  },
};

export interface PathsDeps {
  graphChanged(): void;
  openEntity(key: string): void;
}

export interface Paths {
  setEnd(end: "from" | "to", key: string, name: string): void;
  find(maxHops: number, k: number): Promise<void>;
  clear(): void;
  /** Forgets the last answer (another overview replaces the graph). */
  forgetResult(): void;
  /** Searches again for the state's two ends after an overview loaded. */
  restore(): Promise<void>;
  render(): void;
  cleanup(): void;
}

/** The paths controller over the toolbar's paths section; the two ends live in the view state. */
export function createPaths(ctx: ExplorerContext, deps: PathsDeps): Paths {
  const { graph, holders, store } = ctx;
  /** Names of the ends, as the panel or the last answer gave them (a link gives only keys). */
  const names = new Map<string, string>();
  let maxHops = 4;
  let k = 3;
  let result: PathView["result"] = null;
  let error: string | null = null;
  let busy = false;
  /** Answers to an older search are dropped. */
  let token = 0;

  const end = (key: string | null): PathEnd | null => (key === null ? null : { key, name: names.get(key) ?? key });
  const controls = createPathControls(ctx.el.paths, {
    find: (hops, paths) => void find(hops, paths),
    clear: () => clear(),
    openEntity: (key) => deps.openEntity(key),
    setCooccurrence: (admitted) => store.update({ pathCooccurrence: admitted }),
  });
  const traversal = () => pathTraversal(store.get().filters, store.get().pathCooccurrence);
  const render = (): void => {
    const { pathFrom, pathTo, pathCooccurrence } = store.get();
    const { types, relations } = traversal();
    controls.render(ctx.t(), {
      from: end(pathFrom),
      to: end(pathTo),
      maxHops,
      k,
      cooccurrence: pathCooccurrence,
      filtered: types !== null || relations !== null,
      result,
      error,
      busy,
    });
  };

  const find = async (hops: number, paths: number): Promise<void> => {
    const { pathFrom: from, pathTo: to } = store.get();
    if (from === null || to === null) return;
    const mine = ++token;
    maxHops = hops;
    k = paths;
    busy = true;
    error = null;
    render();
    try {
      const asked = traversal();
      // Every type or relation hidden leaves nothing to pass through, and the API takes no empty list.
      const answer =
        asked.types?.length === 0 || asked.relations?.length === 0
          ? NO_PATHS
          : await fetchPaths(from, to, maxHops, k, asked);
      if (mine !== token) return;
      releaseHolder(graph, holders, PATH_HOLDER);
      mergeGraph(graph, normalizeEntityGraph(answer.graph), holders, PATH_HOLDER);
      const answerNames = new Map(answer.graph.nodes.map((n) => [n.key, n.attributes.label]));
      for (const key of [from, to]) names.set(key, answerNames.get(key) ?? names.get(key) ?? key);
      result = { paths: answer.paths, names: answerNames, hints: noPathHints(asked, maxHops, MAX_HOPS) };
      let pathNodes: ReadonlySet<string> = new Set(answer.paths.flatMap((p) => p.nodes));
      if (pathNodes.size === 0) pathNodes = new Set([from, to].filter((key) => graph.hasNode(key)));
      store.update({ pathNodes, pathEdges: new Set(answer.paths.flatMap((p) => p.edges.map((e) => e.key))) });
      deps.graphChanged();
      setSignal(ctx.el.graph, "pathNodes", pathNodes.size);
      void ctx.view()?.fitNodes([...pathNodes]);
    } catch (failure) {
      if (mine === token) error = errorMessage(ctx.t(), failure);
    } finally {
      if (mine === token) {
        busy = false;
        render();
      }
    }
  };

  const clear = (): void => {
    token++;
    busy = false;
    releaseHolder(graph, holders, PATH_HOLDER);
    result = null;
    error = null;
    store.update({ pathNodes: NO_KEYS, pathEdges: NO_KEYS, pathFrom: null, pathTo: null });
    deps.graphChanged();
    render();
  };

  const setEnd = (which: "from" | "to", key: string, name: string): void => {
    names.set(key, name);
    store.update(which === "from" ? { pathFrom: key } : { pathTo: key });
    render();
    const { pathFrom, pathTo } = store.get();
    if (pathFrom !== null && pathTo !== null && pathFrom !== pathTo) void find(maxHops, k);
  };

  return {
    setEnd,
    find,
    clear,
    forgetResult() {
      result = null;
      render();
    },
    async restore() {
      const { pathFrom, pathTo } = store.get();
      if (pathFrom !== null && pathTo !== null) await find(maxHops, k);
    },
    render,
    cleanup: store.subscribe((state, previous) => {
      // What a path may pass through changed: the shown answer no longer holds, so search again.
      if (!changed(state, previous, "filters", "pathCooccurrence")) return;
      const key = (s: typeof state): string => JSON.stringify(pathTraversal(s.filters, s.pathCooccurrence));
      if (key(state) === key(previous)) return;
      render();
      if (result !== null || busy) void find(maxHops, k);
    }),
  };
}

// The explorer's one view state, and two of its subscribers: the address bar and the emphasis sigma's reducers read.

import type { CameraState } from "sigma/types";
import type { Emphasis } from "../graph/reducers.js";
import { serializeViewState, type ViewState } from "../url-state.js";
import { changed, type ViewStore } from "./view-store.js";

/** What the URL keeps (ViewState), and what the pointer and the last path search add for the time the page is open. */
export interface ExplorerState extends ViewState {
  hovered: string | null;
  /** The relations shown in the edge panel (all relations between one pair). */
  selectedEdges: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Big graphs hide their edges while the layout moves the nodes. */
  hideEdges: boolean;
  /** Nodes picked for a merge (curation), drawn highlighted. */
  marked: ReadonlySet<string>;
  /** Nodes picked together (lasso or shift-click outside edit mode) to act on at once. */
  chosen: ReadonlySet<string>;
}

export type ExplorerStore = ViewStore<ExplorerState>;

export const NO_KEYS: ReadonlySet<string> = new Set();

/** The state of a page opened on a view state (usually read from the URL). */
export function initialExplorerState(view: ViewState): ExplorerState {
  return {
    ...view,
    expanded: [...view.expanded],
    filters: { ...view.filters },
    hovered: null,
    selectedEdges: NO_KEYS,
    pathNodes: NO_KEYS,
    pathEdges: NO_KEYS,
    hideEdges: false,
    marked: NO_KEYS,
    chosen: NO_KEYS,
  };
}

/** Keeps the query string equal to the view state, so a link reopens the same view. Returns the cleanup. */
export function bindUrl(store: ExplorerStore): () => void {
  const write = (state: ViewState): void => {
    const query = serializeViewState(state);
    if (window.location.search === (query ? `?${query}` : "")) return;
    window.history.replaceState(
      null,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
    );
  };
  write(store.get());
  return store.subscribe((state) => write(state));
}

const EMPHASIS_KEYS = [
  "hovered",
  "selected",
  "selectedEdges",
  "pathNodes",
  "pathEdges",
  "filters",
  "hideEdges",
  "marked",
  "chosen",
  "hidden",
  "pins",
] as const;

/** Copies the state's emphasis into the object the reducers read, then redraws without re-indexing. Returns the cleanup. */
export function bindEmphasis(store: ExplorerStore, emphasis: Emphasis, refresh: () => void): () => void {
  const copy = (s: ExplorerState): void => {
    emphasis.hovered = s.hovered;
    emphasis.selected = s.selected;
    emphasis.selectedEdges = s.selectedEdges;
    emphasis.pathNodes = s.pathNodes;
    emphasis.pathEdges = s.pathEdges;
    emphasis.filters = s.filters;
    emphasis.hideEdges = s.hideEdges;
    emphasis.marked = s.marked;
    emphasis.chosen = s.chosen;
    emphasis.hiddenNodes = new Set(s.hidden);
    emphasis.pinned = new Set(s.pins.map((p) => p.key));
  };
  copy(store.get());
  return store.subscribe((state, previous) => {
    if (!changed(state, previous, ...EMPHASIS_KEYS)) return;
    copy(state);
    refresh();
  });
}

/** Quiet time after the camera stops before the state (and so the URL) takes its position. */
const CAMERA_SETTLE_MS = 250;

/** Follows the camera into the state once it rests; the default view is no camera at all. */
export function createCameraFollower(store: ExplorerStore): { moved(camera: CameraState): void; cleanup(): void } {
  let timer: number | undefined;
  return {
    moved(camera) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const isDefault =
          Math.abs(camera.x - 0.5) < 1e-6 && Math.abs(camera.y - 0.5) < 1e-6 && Math.abs(camera.ratio - 1) < 1e-6;
        store.update({ camera: isDefault ? null : { x: camera.x, y: camera.y, ratio: camera.ratio } });
      }, CAMERA_SETTLE_MS);
    },
    cleanup: () => window.clearTimeout(timer),
  };
}

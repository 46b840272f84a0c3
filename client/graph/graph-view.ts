// The sigma renderer of the explorer graph: drawing settings, reducers, pointer events and camera moves.

import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import type { ExplorerGraph, ViewEdgeAttributes, ViewGraphAttributes, ViewNodeAttributes } from "./graph-model.js";
import { setSignal } from "../page-signals.js";
import { LABEL_FONT, LABEL_GAP, LABEL_SIZE, LABEL_WEIGHT, labelWidth } from "./label-font.js";
import { createReducers, type Emphasis } from "./reducers.js";

export type ExplorerSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>;

export interface GraphViewEvents {
  /** `shiftKey`: the shift key was held (adds the node to a merge selection in edit mode). */
  clickNode(node: string, shiftKey: boolean): void;
  doubleClickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  hover(node: string | null): void;
  cameraMoved(state: CameraState): void;
}

export interface GraphView {
  sigma: ExplorerSigma;
  /** Re-reads the emphasis (after hover, selection, filter or path changes) without re-indexing. */
  refresh(): void;
  /** Switches to the fast settings for a big graph, or back (call after the graph changed size). */
  adaptToSize(): void;
  /** Moves the camera to a node (zooming in when the view is wide). */
  focusNode(node: string): Promise<void>;
  /** Moves the camera so that the given nodes fill most of the view. */
  fitNodes(nodes: string[]): Promise<void>;
  /** Puts the camera at a state at once, cancelling any camera animation still running. */
  setCamera(state: { x: number; y: number; ratio: number }): Promise<void>;
  /** A node's position in pixels within the container, or null when it is not drawn. */
  nodeViewportPosition(node: string): { x: number; y: number } | null;
  cleanup(): void;
}

/** Edges above which the view switches to 1-pixel GL lines and hides edges while the camera moves. */
export const LARGE_GRAPH_EDGES = 5000;
export const LARGE_GRAPH_NODES = 2000;
const FONT = LABEL_FONT;

/** Labels with a white halo, so Chinese names stay legible over edges at every zoom. */
const drawLabelWithHalo: NodeLabelDrawingFunction<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes> = (
  context,
  data,
  settings,
) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + LABEL_GAP;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(data.label, x, y);
  context.fillStyle = "#1f2933";
  context.fillText(data.label, x, y);
};

/** Renders the graph into the container; `onFirstFrame` runs once sigma has drawn the graph for the first time. */
export function createGraphView(
  container: HTMLElement,
  graph: ExplorerGraph,
  emphasis: Emphasis,
  events: GraphViewEvents,
  onFirstFrame: () => void,
): GraphView {
  const reducers = createReducers(graph, emphasis);
  reducers.prepare();
  const sigma: ExplorerSigma = new Sigma<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>(
    graph,
    container,
    {
      labelFont: FONT,
      labelSize: LABEL_SIZE,
      labelWeight: LABEL_WEIGHT,
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.8,
      labelGridCellSize: 150,
      defaultDrawNodeLabel: drawLabelWithHalo,
      zIndex: true,
      enableEdgeEvents: true,
      edgeProgramClasses: { line: EdgeRectangleProgram, fast: EdgeLineProgram },
      nodeReducer: reducers.nodeReducer,
      edgeReducer: reducers.edgeReducer,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
    },
  );

  const adaptToSize = (): void => {
    const large = graph.size > LARGE_GRAPH_EDGES || graph.order > LARGE_GRAPH_NODES;
    if (sigma.getSetting("defaultEdgeType") === (large ? "fast" : "line")) return;
    sigma.setSettings({
      defaultEdgeType: large ? "fast" : "line",
      hideEdgesOnMove: large,
      labelDensity: large ? 0.3 : 0.8,
    });
  };
  adaptToSize();

  sigma.on("clickNode", ({ node, event }) => events.clickNode(node, event.original.shiftKey));
  sigma.on("doubleClickNode", (payload) => {
    payload.preventSigmaDefault();
    events.doubleClickNode(payload.node);
  });
  sigma.on("clickEdge", ({ edge }) => events.clickEdge(edge));
  sigma.on("clickStage", () => events.clickStage());
  sigma.on("enterNode", ({ node }) => events.hover(node));
  sigma.on("leaveNode", () => events.hover(null));
  const camera = sigma.getCamera();
  const onCamera = (state: CameraState): void => events.cameraMoved(state);
  camera.on("updated", onCamera);

  // sigma follows the window's size; the container also changes when the side panel opens or closes.
  const resizeObserver = new ResizeObserver(() => sigma.scheduleRefresh());
  resizeObserver.observe(container);

  /** How far one pixel of the view reaches in sigma's framed coordinates at a camera ratio. */
  const framedPerPixel = (ratio: number): number => {
    const { width, height } = sigma.getDimensions();
    const a = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const b = sigma.viewportToFramedGraph({ x: width / 2 + 100, y: height / 2 });
    return (Math.hypot(b.x - a.x, b.y - a.y) / 100) * (ratio / camera.getState().ratio);
  };

  let firstFrame = true;
  sigma.on("afterRender", () => {
    if (!firstFrame || graph.order === 0) return;
    firstFrame = false;
    onFirstFrame();
  });

  return {
    sigma,
    refresh() {
      const changes = reducers.prepare();
      if (changes !== null) {
        // A date step redraws only what entered or left the range.
        try {
          sigma.refresh({ partialGraph: changes, skipIndexation: true });
          return;
        } catch {
          // sigma refuses an element it has not indexed yet (the graph just changed): draw everything.
        }
      }
      sigma.refresh({ skipIndexation: true });
    },
    adaptToSize,
    async focusNode(node) {
      setSignal(container, "focused", null);
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      const ratio = Math.min(camera.getState().ratio, 0.6);
      // The node sits left of the middle by half its label, so the label ends inside the view, clear of the panel.
      const { width } = sigma.getDimensions();
      const label = graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : "";
      const shiftPx = Math.min(label ? (LABEL_GAP + labelWidth(label)) / 2 : 0, width / 5);
      const shift = shiftPx * framedPerPixel(ratio);
      await camera.animate({ x: data.x + shift, y: data.y, ratio }, { duration: 500 });
      // sigma draws the camera's last state on the next frame.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      setSignal(container, "focused", node);
    },
    async fitNodes(nodes) {
      const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((d) => d !== undefined);
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const ratio = Math.min(1.2, Math.max(0.12, 2.2 * Math.max(maxX - minX, maxY - minY)));
      await camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
    },
    async setCamera(state) {
      // An animation in flight would overwrite a plain setState on its next frame: a one-millisecond animation
      // replaces it (zero would divide by zero in sigma's first step). With none in flight, setState: sigma's
      // animate runs its first step at once and, when that step already ends the animation, never resolves.
      if (camera.isAnimated()) await camera.animate(state, { duration: 1 });
      else camera.setState(state);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    nodeViewportPosition(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return null;
      return sigma.framedGraphToViewport(data);
    },
    cleanup() {
      resizeObserver.disconnect();
      camera.removeListener("updated", onCamera);
      sigma.kill();
    },
  };
}

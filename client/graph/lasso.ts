// The lasso: a free-hand outline drawn over the graph (Alt-drag, or any drag in lasso mode) picks the nodes inside it.

import type { SigmaStageEventPayload } from "sigma/types";
import type { ExplorerSigma } from "./graph-view.js";

type Point = { x: number; y: number };

/** Whether a point lies inside a polygon (even-odd rule; the polygon closes itself). Pure. */
export function pointInPolygon(point: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

export interface LassoEvents {
  /** Whether a press on the stage starts a lasso (a modifier key, or the lasso mode). */
  armed(event: MouseEvent | TouchEvent): boolean;
  /** The drawn nodes inside the outline, when it closed around at least one. */
  chosen(nodes: string[]): void;
}

export interface Lasso {
  /** True once after a lasso: the click sigma then reports on the stage ends the lasso, it is not a click. */
  consumeClick(): boolean;
  cleanup(): void;
}

const SVG = "http://www.w3.org/2000/svg";
/** Points closer than this (pixels) to the last one add nothing to the outline. */
const STEP = 4;

/** Draws the lasso over the sigma container and reports the nodes it closes around. */
export function createLasso(sigma: ExplorerSigma, container: HTMLElement, events: LassoEvents): Lasso {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "lasso");
  svg.setAttribute("aria-hidden", "true");
  const outline = document.createElementNS(SVG, "polygon");
  svg.append(outline);
  container.append(svg);
  let points: Point[] | null = null;
  let finished = false;

  const draw = (): void => {
    svg.classList.toggle("drawing", points !== null);
    outline.setAttribute("points", (points ?? []).map((p) => `${p.x},${p.y}`).join(" "));
  };

  const onDown = ({ event }: SigmaStageEventPayload): void => {
    finished = false;
    if (!events.armed(event.original)) return;
    points = [{ x: event.x, y: event.y }];
    draw();
  };

  const onMove = (payload: SigmaStageEventPayload): void => {
    const { event } = payload;
    if (points === null) return;
    // The camera must not pan while the outline is drawn.
    payload.preventSigmaDefault();
    event.original.preventDefault();
    const last = points[points.length - 1] as Point;
    if (Math.hypot(event.x - last.x, event.y - last.y) < STEP) return;
    points.push({ x: event.x, y: event.y });
    draw();
  };

  const onUp = (): void => {
    if (points === null) return;
    const polygon = points;
    points = null;
    draw();
    finished = true;
    if (polygon.length < 3) return;
    const inside: string[] = [];
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (data && !data.hidden && pointInPolygon(sigma.framedGraphToViewport(data), polygon)) inside.push(node);
    });
    if (inside.length > 0) events.chosen(inside);
  };

  // A press on an edge starts a lasso as well: edges cover much of a dense graph.
  sigma.on("downStage", onDown);
  sigma.on("downEdge", onDown);
  sigma.on("moveBody", onMove);
  window.addEventListener("mouseup", onUp);

  return {
    consumeClick() {
      const was = finished;
      finished = false;
      return was;
    },
    cleanup() {
      sigma.removeListener("downStage", onDown);
      sigma.removeListener("downEdge", onDown);
      sigma.removeListener("moveBody", onMove);
      window.removeEventListener("mouseup", onUp);
      svg.remove();
    },
  };
}

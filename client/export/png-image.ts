// The view as a PNG at 1×, 2× or 4× the screen's resolution, with the legend (entity types or communities, with
// counts) drawn into its corner, so an image pasted into a paper says what its colours mean.

import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { ExplorerSigma } from "../graph/graph-view.js";

/** The resolutions offered, as multiples of the screen's. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** One line of the legend drawn into the image. */
export interface ImageLegendLine {
  color: string;
  label: string;
  count: number;
  /** The count as the legend shows it ("shown / total" under filters), when it differs from `count`. */
  countText?: string;
}

/** The image's legend: a heading and its lines (none: no legend is drawn). */
export interface ImageLegend {
  title: string;
  lines: ImageLegendLine[];
}

/** Legend metrics in CSS pixels, multiplied by the image's pixel ratio. */
const FONT = 12;
const LINE = 18;
const PAD = 10;
const MARGIN = 12;
const DOT = 5;

/**
 * Draws what sigma shows at `scale` times the screen's pixel ratio. @sigma/export-image renders a second sigma at
 * `window.devicePixelRatio` and has no scale option: the ratio is raised for that render (it runs synchronously, before
 * any frame of the page's own sigma) and put back at once.
 */
function drawScaled(sigma: ExplorerSigma, scale: PngScale): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  const ratio = window.devicePixelRatio || 1;
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio * scale });
  try {
    // @sigma/export-image is typed for sigma's default attribute types; it reads no attribute of ours.
    return drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: "#ffffff" });
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** Draws the legend box into the canvas's top-left corner; `ratio` is the image's pixels per CSS pixel. */
export function drawLegend(canvas: HTMLCanvasElement, legend: ImageLegend, ratio: number): void {
  const ctx = canvas.getContext("2d");
  if (!ctx || legend.lines.length === 0) return;
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.font = `${FONT}px system-ui, "Noto Sans CJK SC", sans-serif`;
  const texts = legend.lines.map((l) => `${l.label}  ${l.countText ?? l.count}`);
  const width = Math.max(ctx.measureText(legend.title).width, ...texts.map((t) => ctx.measureText(t).width + 3 * DOT));
  const boxWidth = width + 2 * PAD;
  const boxHeight = (legend.lines.length + 1) * LINE + 2 * PAD - (LINE - FONT);
  ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
  ctx.strokeStyle = "#cbd5e1";
  ctx.lineWidth = 1;
  ctx.fillRect(MARGIN, MARGIN, boxWidth, boxHeight);
  ctx.strokeRect(MARGIN + 0.5, MARGIN + 0.5, boxWidth - 1, boxHeight - 1);
  ctx.textBaseline = "middle";
  ctx.fillStyle = "#0f172a";
  ctx.fillText(legend.title, MARGIN + PAD, MARGIN + PAD + FONT / 2);
  legend.lines.forEach((line, i) => {
    const y = MARGIN + PAD + FONT / 2 + (i + 1) * LINE;
    ctx.fillStyle = line.color;
    ctx.beginPath();
    ctx.arc(MARGIN + PAD + DOT, y, DOT, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = "#0f172a";
    ctx.fillText(texts[i] as string, MARGIN + PAD + 3 * DOT, y);
  });
  ctx.restore();
}

/** The view as a PNG at `scale`, its legend drawn in. */
export async function renderPng(sigma: ExplorerSigma, scale: PngScale, legend: ImageLegend): Promise<Blob> {
  const canvas = await drawScaled(sigma, scale);
  drawLegend(canvas, legend, (window.devicePixelRatio || 1) * scale);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("export: the image could not be encoded"))),
      "image/png",
    ),
  );
}

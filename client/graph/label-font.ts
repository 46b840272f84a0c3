// The labels' font, shared by the renderer that draws them and the layout pass that keeps them apart.

export const LABEL_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const LABEL_SIZE = 13;
export const LABEL_WEIGHT = "500";
/** Gap between a node's disc and its label, in pixels (the label drawer's and the layout's). */
export const LABEL_GAP = 3;

let context: CanvasRenderingContext2D | null = null;

/** A label's width in pixels as the renderer draws it (measured once per call on a detached canvas). */
export function labelWidth(label: string): number {
  context ??= document.createElement("canvas").getContext("2d");
  if (!context) return label.length * LABEL_SIZE;
  context.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`;
  return context.measureText(label).width;
}

// Pushes apart nodes whose labels would cover each other: a pass over label boxes after the force layout. Pure.

/** A node and the box its disc and label take, in pixels around it at the reference scale. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  /** Extent to the left (the disc) and to the right (disc, gap and label) of the node's centre. */
  left: number;
  right: number;
  /** Half the height of the disc or the label, whichever is taller. */
  halfHeight: number;
}

/** Space kept between two boxes, in pixels. */
const MARGIN = 2;
const MAX_ROUNDS = 200;

/**
 * Moves the boxes (in place) until no two overlap or a round limit is reached. Boxes are wide and short, so a pair is
 * separated vertically unless they overlap less sideways; each moves half the way. Deterministic: the same boxes in
 * the same order give the same positions. Returns how many overlaps the last round still found.
 */
export function separateLabelBoxes(boxes: LabelBox[]): number {
  let overlaps = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    overlaps = 0;
    const order = [...boxes].sort((a, b) => a.x - a.left - (b.x - b.left) || (a.key < b.key ? -1 : 1));
    for (let i = 0; i < order.length; i++) {
      const a = order[i] as LabelBox;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j] as LabelBox;
        if (b.x - b.left >= a.x + a.right) break;
        const dx = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
        const dy = Math.min(a.y + a.halfHeight, b.y + b.halfHeight) - Math.max(a.y - a.halfHeight, b.y - b.halfHeight);
        if (dx <= 0 || dy <= 0) continue;
        overlaps++;
        // Each moves half the way, and a little further, so that the pair ends apart by the margin.
        if (dy <= dx) {
          // Ties (same height) go by key, so the direction never depends on anything but the data.
          const up = a.y > b.y || (a.y === b.y && a.key < b.key) ? 1 : -1;
          const push = (dy + MARGIN) / 2;
          a.y += up * push;
          b.y -= up * push;
        } else {
          const right = a.x > b.x || (a.x === b.x && a.key < b.key) ? 1 : -1;
          const push = (dx + MARGIN) / 2;
          a.x += right * push;
          b.x -= right * push;
        }
      }
    }
    if (overlaps === 0) break;
  }
  return overlaps;
}

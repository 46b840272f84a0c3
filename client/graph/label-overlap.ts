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
  /** Pinned by hand: it stays, and a box it overlaps moves the whole way. */
  fixed?: boolean;
}

/** Moves two overlapping boxes apart by `push` each along one axis (`sign` +1: a up or right), a pinned one not at all. */
function pushApart(a: LabelBox, b: LabelBox, axis: "x" | "y", sign: number, push: number): void {
  if (a.fixed && b.fixed) return;
  const aShare = a.fixed ? 0 : b.fixed ? 2 : 1;
  const bShare = 2 - aShare;
  a[axis] += sign * push * aShare;
  b[axis] -= sign * push * bShare;
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
          pushApart(a, b, "y", up, (dy + MARGIN) / 2);
        } else {
          const right = a.x > b.x || (a.x === b.x && a.key < b.key) ? 1 : -1;
          pushApart(a, b, "x", right, (dx + MARGIN) / 2);
        }
      }
    }
    if (overlaps === 0) break;
  }
  return overlaps;
}

// The label pass: boxes that cover each other are pushed apart, the same way every time, and apart boxes stay put.

import { describe, expect, it } from "vitest";
import { separateLabelBoxes, type LabelBox } from "../../../client/graph/label-overlap.js";

const box = (key: string, x: number, y: number, right = 200): LabelBox => ({
  key,
  x,
  y,
  left: 6,
  right,
  halfHeight: 9,
});

const overlapping = (a: LabelBox, b: LabelBox): boolean =>
  a.x - a.left < b.x + b.right &&
  b.x - b.left < a.x + a.right &&
  a.y - a.halfHeight < b.y + b.halfHeight &&
  b.y - b.halfHeight < a.y + a.halfHeight;

describe("client label overlap pass", () => {
  it("leaves a pinned box where it is and moves the box it covers the whole way", () => {
    const pinned = { ...box("pinned", 0, 0), fixed: true };
    const free = box("free", 20, 4);
    expect(separateLabelBoxes([pinned, free])).toBe(0);
    expect([pinned.x, pinned.y]).toEqual([0, 0]);
    expect(overlapping(pinned, free)).toBe(false);
  });

  it("leaves boxes that do not touch where they are", () => {
    const boxes = [box("a", 0, 0), box("b", 0, 100), box("c", 500, 0)];
    expect(separateLabelBoxes(boxes)).toBe(0);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [0, 0],
      [0, 100],
      [500, 0],
    ]);
  });

  it("separates a long label from the node it covers, moving them vertically by little", () => {
    const long = box("Project:long", 0, 0, 280);
    const short = box("Organization:short", 120, 4, 60);
    expect(separateLabelBoxes([long, short])).toBe(0);
    expect(overlapping(long, short)).toBe(false);
    expect(Math.abs(long.x)).toBe(0);
    expect(Math.abs(short.y - long.y)).toBeLessThan(25);
  });

  it("separates a crowd of boxes at one point, and gives the same positions for the same input", () => {
    const crowd = (): LabelBox[] => Array.from({ length: 30 }, (_, i) => box(`n${i}`, (i % 3) * 5, (i % 5) * 3, 90));
    const first = crowd();
    const second = crowd();
    separateLabelBoxes(first);
    separateLabelBoxes(second);
    expect(second).toEqual(first);
    const left = first.flatMap((a, i) =>
      first
        .slice(i + 1)
        .filter((b) => overlapping(a, b))
        .map((b) => [a.key, b.key]),
    );
    expect(left).toEqual([]);
  });
});

// The English text of arranging by hand (pins, hidden nodes, the multi-selection, the layout choice); part of the message table.

import type { ArrangeMessageKey } from "./arrange-zh.js";

export const EN_ARRANGE_MESSAGES: Record<ArrangeMessageKey, string> = {
  "arrange.title": "Arrange",
  "arrange.pin": "Pin here",
  "arrange.unpin": "Unpin",
  "arrange.pinnedHint": "Pinned by hand: layouts leave it where it is.",
  "arrange.hide": "Hide",
  "arrange.pinned": "Pinned: {count}",
  "arrange.unpinAll": "Unpin all",
  "arrange.hidden": "Hidden: {count}",
  "arrange.showAll": "Show all",
  "arrange.chosen": "Selected: {count}",
  "arrange.expandAll": "Expand all",
  "arrange.hideAll": "Hide all",
  "arrange.export": "Export selection",
  "arrange.exportFormat": "Export format",
  "arrange.clear": "Clear",
  "arrange.lasso": "Lasso",
  "arrange.lassoHint": "Drag to draw around nodes (or hold Alt and drag); shift-click adds one at a time",
  "layout.choice": "Layout",
  "layout.forceAtlas2": "Force-directed (ForceAtlas2)",
  "layout.circular": "Circular",
  "layout.noverlap": "Remove overlaps",
  "layout.apply": "Apply layout",
};

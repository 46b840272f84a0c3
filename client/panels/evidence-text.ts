// Splits an evidence sentence into plain and marked pieces from its mentions' document offsets. Pure.

import type { EvidenceItem } from "../../common/api.js";

export interface TextSegment {
  text: string;
  /** The entity named by this piece, when it is a mention. */
  entity?: string;
}

/**
 * Mention offsets are document offsets: subtracting the sentence's start gives offsets into its text. Mentions
 * outside the sentence are clipped or skipped. Every mention of either end is marked: one inside an earlier mention is
 * covered by it, and one that overlaps an earlier mention's end is marked from there on.
 */
export function highlightSegments(
  sentence: EvidenceItem["sentence"],
  mentions: EvidenceItem["mentions"],
): TextSegment[] {
  const { text } = sentence;
  const spans = mentions
    .map((m) => ({
      start: Math.max(0, m.start - sentence.start),
      end: Math.min(text.length, m.end - sentence.start),
      entity: m.entity,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    // A mention inside an earlier one adds nothing; one that runs past it keeps its own remainder marked.
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, span.end), entity: span.entity });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

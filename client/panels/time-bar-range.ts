// The time bar's arithmetic over whole years: a filter's dates as a year range and back, play steps and drags. Pure.

import type { Filters } from "../graph/filters.js";

/** Inclusive years. */
export interface YearRange {
  from: number;
  to: number;
}

/** The first and last year the time bar shows. */
export interface YearSpan {
  first: number;
  last: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The years a filter's dates select, within the span; null when the filter sets no range. */
export function rangeOfFilters(f: Pick<Filters, "dateFrom" | "dateTo">, span: YearSpan): YearRange | null {
  if (f.dateFrom === null && f.dateTo === null) return null;
  const from = f.dateFrom === null ? span.first : clamp(Number(f.dateFrom.slice(0, 4)), span.first, span.last);
  const to = f.dateTo === null ? span.last : clamp(Number(f.dateTo.slice(0, 4)), span.first, span.last);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** A year range as the filter's dates: whole years; the whole span (or none) is no range at all. */
export function datesOfRange(range: YearRange | null, span: YearSpan): Pick<Filters, "dateFrom" | "dateTo"> {
  if (range === null || (range.from <= span.first && range.to >= span.last)) return { dateFrom: null, dateTo: null };
  return { dateFrom: String(range.from), dateTo: String(range.to) };
}

/**
 * The next step of play: the range moved one year later, keeping its width; from no range (or the whole span) the
 * first year alone. Null once the range reaches the last year.
 */
export function nextPlayStep(range: YearRange | null, span: YearSpan): YearRange | null {
  if (range === null || (range.from <= span.first && range.to >= span.last))
    return { from: span.first, to: span.first };
  if (range.to >= span.last) return null;
  return { from: range.from + 1, to: range.to + 1 };
}

/** Where play starts again once it reached the end: the same width from the first year. */
export function restartPlay(range: YearRange | null, span: YearSpan): YearRange {
  const width = range === null ? 0 : Math.min(range.to - range.from, span.last - span.first);
  return { from: span.first, to: span.first + width };
}

/** The year under a position along the track (0 = its left edge, 1 = its right edge). */
export function yearAt(fraction: number, span: YearSpan): number {
  const years = span.last - span.first + 1;
  return clamp(span.first + Math.floor(fraction * years), span.first, span.last);
}

/** A range after one end was dragged to `year`: that end moves, never past the other. */
export function dragEnd(range: YearRange, end: "from" | "to", year: number): YearRange {
  return end === "from"
    ? { from: Math.min(year, range.to), to: range.to }
    : { from: range.from, to: Math.max(year, range.from) };
}

/** A range after the whole span was dragged by `shift` years: its width kept, within the span. */
export function dragSpan(range: YearRange, shift: number, span: YearSpan): YearRange {
  const width = range.to - range.from;
  const from = clamp(range.from + shift, span.first, span.last - width);
  return { from, to: from + width };
}

// The view's state in the URL's query string, so a link reopens the same view: parse and serialize, both pure.

import type { EntityType, RelationType } from "../common/api.js";
import { MAX_OVERVIEW_NODES } from "../common/domain.js";
import { OVERVIEW_MEASURES, SIZE_MEASURE_IDS, type OverviewMeasure } from "../common/measures/index.js";
import { ENTITY_TYPE_LIST, RELATION_TYPE_LIST } from "./graph/entity-style.js";
import { DEFAULT_FILTERS, isInvertedRange, type Filters } from "./graph/filters.js";
import type { Language } from "./i18n.js";

export const OVERVIEW_VIEWS = ["auto", "entities", "communities", "organizations"] as const;
export type OverviewViewChoice = (typeof OVERVIEW_VIEWS)[number];
export const COLOR_MODES = ["type", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
/** "auto": the default size, from mentions and links together. */
export const SIZE_MEASURES = ["auto", ...SIZE_MEASURE_IDS] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** The two entities whose relations the edge panel shows (the pair of a clicked edge). */
export interface EntityPair {
  source: string;
  target: string;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A node the user placed by hand, in graph coordinates; layouts leave it where it is. */
export interface Pin {
  key: string;
  x: number;
  y: number;
}

export interface ViewState {
  /** The overview request: which view, how many nodes, chosen by which measure, and a community to drill into. */
  view: OverviewViewChoice;
  limit: number;
  measure: OverviewMeasure;
  community: number | null;
  /** The entity whose panel is open. */
  selected: string | null;
  /** The pair whose relations the edge panel shows (never together with `selected`). */
  selectedPair: EntityPair | null;
  /** Entities whose neighbours were loaded, in order. */
  expanded: string[];
  pathFrom: string | null;
  pathTo: string | null;
  /** Paths may run through co-occurrence too (the paths section's switch). */
  pathCooccurrence: boolean;
  filters: Filters;
  colorBy: ColorMode;
  sizeBy: SizeMeasure;
  camera: CameraView | null;
  /** null: follow the browser's languages. */
  language: Language | null;
  /** Nodes placed by hand, one per key. */
  pins: Pin[];
  /** Nodes the user took out of the view. */
  hidden: string[];
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "auto",
  limit: 1000,
  /** The registry's first overview measure. */
  measure: OVERVIEW_MEASURES[0],
  community: null,
  selected: null,
  selectedPair: null,
  expanded: [],
  pathFrom: null,
  pathTo: null,
  pathCooccurrence: false,
  filters: DEFAULT_FILTERS,
  colorBy: "type",
  sizeBy: "auto",
  camera: null,
  language: null,
  pins: [],
  hidden: [],
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function listOf<T extends string>(values: readonly T[], value: string | null): T[] {
  if (!value) return [];
  return [...new Set(value.split(",").filter((v): v is T => (values as readonly string[]).includes(v)))];
}

function integer(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function camera(value: string | null): CameraView | null {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

/** One `pin` value, `key:x:y` (the key may hold colons itself), or null when malformed. */
function pin(value: string): Pin | null {
  const match = /^(.+):(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?):(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/i.exec(value);
  if (!match) return null;
  const [, key, x, y] = match as unknown as [string, string, string, string];
  return { key, x: Number(x), y: Number(y) };
}

/** The pins of a query string, the last one of a key winning. */
function pins(values: string[]): Pin[] {
  const byKey = new Map<string, Pin>();
  for (const p of values.map(pin)) if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) byKey.set(p.key, p);
  return [...byKey.values()];
}

function pair(source: string | null, target: string | null): EntityPair | null {
  return source && target && source !== target ? { source, target } : null;
}

/** Reads a view state from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_VIEW_STATE;
  const minWeight = Number(q.get("minWeight"));
  const dateFrom = q.get("dateFrom");
  const dateTo = q.get("dateTo");
  // An inverted range (from after to) would hide every relation: a link carrying one opens with no range.
  const dated = !isInvertedRange(dateFrom, dateTo);
  return {
    view: oneOf(OVERVIEW_VIEWS, q.get("view"), d.view),
    limit: integer(q.get("limit"), 1, MAX_OVERVIEW_NODES) ?? d.limit,
    measure: oneOf(OVERVIEW_MEASURES, q.get("measure"), d.measure),
    community: integer(q.get("community"), 0, Number.MAX_SAFE_INTEGER),
    selected: q.get("entity") || null,
    selectedPair: q.get("entity") ? null : pair(q.get("edgeSource"), q.get("edgeTarget")),
    expanded: [...new Set(q.getAll("expand").filter(Boolean))],
    pathFrom: q.get("pathFrom") || null,
    pathTo: q.get("pathTo") || null,
    pathCooccurrence: q.get("pathCooccurrence") === "1",
    filters: {
      hiddenTypes: listOf<EntityType>(ENTITY_TYPE_LIST, q.get("hideTypes")),
      hiddenRelations: listOf<RelationType>(RELATION_TYPE_LIST, q.get("hideRelations")),
      minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
      dateFrom: dated && dateFrom !== null && DATE.test(dateFrom) ? dateFrom : null,
      dateTo: dated && dateTo !== null && DATE.test(dateTo) ? dateTo : null,
    },
    colorBy: oneOf(COLOR_MODES, q.get("color"), d.colorBy),
    sizeBy: oneOf(SIZE_MEASURES, q.get("size"), d.sizeBy),
    camera: camera(q.get("camera")),
    language: oneOf(["zh", "en", ""] as const, q.get("lang"), "") || null,
    pins: pins(q.getAll("pin")),
    hidden: [...new Set(q.getAll("hide").filter(Boolean))],
  };
}

const round = (n: number): string => String(Math.round(n * 10_000) / 10_000);

/** Writes a view state as a query string (without "?"), leaving out what equals the defaults. */
export function serializeViewState(state: ViewState): string {
  const q = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.view !== d.view) q.set("view", state.view);
  if (state.limit !== d.limit) q.set("limit", String(state.limit));
  if (state.measure !== d.measure) q.set("measure", state.measure);
  if (state.community !== null) q.set("community", String(state.community));
  if (state.selected !== null) q.set("entity", state.selected);
  if (state.selectedPair !== null) {
    q.set("edgeSource", state.selectedPair.source);
    q.set("edgeTarget", state.selectedPair.target);
  }
  for (const key of state.expanded) q.append("expand", key);
  if (state.pathFrom !== null) q.set("pathFrom", state.pathFrom);
  if (state.pathTo !== null) q.set("pathTo", state.pathTo);
  if (state.pathCooccurrence) q.set("pathCooccurrence", "1");
  const f = state.filters;
  if (f.hiddenTypes.length > 0) q.set("hideTypes", f.hiddenTypes.join(","));
  if (f.hiddenRelations.length > 0) q.set("hideRelations", f.hiddenRelations.join(","));
  if (f.minWeight > 0) q.set("minWeight", String(f.minWeight));
  if (f.dateFrom !== null) q.set("dateFrom", f.dateFrom);
  if (f.dateTo !== null) q.set("dateTo", f.dateTo);
  if (state.colorBy !== d.colorBy) q.set("color", state.colorBy);
  if (state.sizeBy !== d.sizeBy) q.set("size", state.sizeBy);
  if (state.camera !== null) q.set("camera", [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(","));
  if (state.language !== null) q.set("lang", state.language);
  // Two decimals of a graph coordinate are far below a pixel, and keep a link short.
  for (const p of state.pins) q.append("pin", `${p.key}:${Math.round(p.x * 100) / 100}:${Math.round(p.y * 100) / 100}`);
  for (const key of state.hidden) q.append("hide", key);
  return q.toString();
}

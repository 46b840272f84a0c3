// The explorer's calls to the JSON API: typed, abortable, and turning `{ error: { code, message } }` into an ApiRequestError.

import type {
  EntityDetails,
  EntityType,
  EvidenceItem,
  OverviewGraph,
  PathsResult,
  RelationType,
  SearchHit,
  SerializedEntityGraph,
} from "../../common/api.js";
import type { OverviewMeasureChoice, OverviewViewChoice } from "../url-state.js";

/** A failed API call: the HTTP status (0 when the server could not be reached) and the server's error code and message. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

type Params = Record<string, string | number | undefined | null>;

function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null) query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GETs JSON from the API; throws ApiRequestError with the server's message on 4xx/5xx. */
export async function getJson<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url(path, params), { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, "network", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiRequestError(response.status, body?.error?.code ?? "http", body?.error?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

export interface OverviewQuery {
  view: OverviewViewChoice;
  limit: number;
  measure: OverviewMeasureChoice;
  community: number | null;
}

/** What to ask instead when a server refuses an overview query it does not know, or null to give up. Pure. */
export function relaxOverviewQuery(query: OverviewQuery, error: ApiRequestError): { query: OverviewQuery; notice: "measure" | "limit" } | null {
  if (error.status !== 400) return null;
  if (error.message.startsWith("parameter measure") && query.measure !== "degree") return { query: { ...query, measure: "degree" }, notice: "measure" };
  if (error.message.startsWith("parameter limit") && query.limit > 5000) return { query: { ...query, limit: 5000 }, notice: "limit" };
  return null;
}

export interface OverviewAnswer {
  graph: OverviewGraph;
  /** The query the server answered, after any fallback. */
  query: OverviewQuery;
  /** What had to be given up to get an answer from an older server. */
  notices: Array<{ kind: "measure" | "limit" | "oldServer"; query: OverviewQuery }>;
}

/**
 * `GET /api/overview` with the view's parameters (a drill-down asks for view "entities" of one community). An older
 * server that refuses a measure or a limit is asked again with what it knows; one without the endpoint gets /api/graph.
 */
export async function fetchOverview(query: OverviewQuery, signal?: AbortSignal): Promise<OverviewAnswer> {
  const notices: OverviewAnswer["notices"] = [];
  let current = query;
  for (let attempt = 0; attempt < 3; attempt++) {
    const params: Params = { limit: current.limit, measure: current.measure };
    if (current.community !== null) {
      params.view = "entities";
      params.community = current.community;
    } else params.view = current.view;
    try {
      return { graph: await getJson<OverviewGraph>("/api/overview", params, signal), query: current, notices };
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      if (error.status === 404 && error.code === "not-found" && /endpoint/.test(error.message)) {
        const limit = Math.min(current.limit, 5000);
        notices.push({ kind: "oldServer", query: current });
        return { graph: await getJson<SerializedEntityGraph>("/api/graph", { limit }, signal), query: { ...current, limit }, notices };
      }
      const relaxed = relaxOverviewQuery(current, error);
      if (!relaxed) throw error;
      notices.push({ kind: relaxed.notice, query: current });
      current = relaxed.query;
    }
  }
  throw new ApiRequestError(400, "bad-parameter", "the server refused every overview query");
}

export const searchEntities = (q: string, type: EntityType | null, limit: number, signal?: AbortSignal) =>
  getJson<{ query: string; results: SearchHit[] }>("/api/search", { q, type, limit }, signal);

export const fetchEntity = (key: string, signal?: AbortSignal) => getJson<EntityDetails>(`/api/entities/${encodeURIComponent(key)}`, {}, signal);

export const fetchNeighborhood = (key: string, limit: number, signal?: AbortSignal) =>
  getJson<SerializedEntityGraph>(`/api/entities/${encodeURIComponent(key)}/neighborhood`, { depth: 1, limit }, signal);

export const fetchEvidence = (source: string, target: string, type: RelationType | null, signal?: AbortSignal) =>
  getJson<{ page: number; pageSize: number; items: EvidenceItem[] }>("/api/evidence", { source, target, type, pageSize: 20 }, signal);

export const fetchPaths = (from: string, to: string, maxHops: number, k: number, signal?: AbortSignal) =>
  getJson<PathsResult>("/api/paths", { from, to, maxHops, k }, signal);

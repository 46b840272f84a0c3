// The explorer's calls to the JSON API: typed, abortable, and turning `{ error: { code, message } }` into an ApiRequestError.

import type {
  DocumentSentencesPage,
  DocumentSummary,
  EntityDetails,
  EntityType,
  EvidenceItem,
  OverviewGraph,
  PathsResult,
  RelationPage,
  RelationType,
  SearchHit,
  SerializedEntityGraph,
} from "../../common/api.js";
import type { ProjectionLink, SerializedProjectionGraph } from "../../common/projection-api.js";
import type { OverviewMeasure } from "../../common/measures/index.js";
import type { OverviewViewChoice } from "../url-state.js";

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

export type Params = Record<string, string | number | undefined | null>;

function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null) query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** What a request may carry besides its path: a JSON body, a bearer token, an abort signal. */
export interface RequestOptions {
  params?: Params;
  body?: unknown;
  token?: string;
  signal?: AbortSignal;
}

/** Sends a request to the API and reads its JSON; throws ApiRequestError with the server's message on 4xx/5xx. */
export async function requestJson<T>(method: "GET" | "POST", path: string, options: RequestOptions = {}): Promise<T> {
  const { params, body, token, signal } = options;
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url(path, params), {
      method,
      signal,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, "network", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiRequestError(
      response.status,
      answer?.error?.code ?? "http",
      answer?.error?.message ?? response.statusText,
    );
  }
  return (await response.json()) as T;
}

/** GETs JSON from the API; throws ApiRequestError with the server's message on 4xx/5xx. */
export function getJson<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  return requestJson<T>("GET", path, { params, signal });
}

export interface OverviewQuery {
  view: OverviewViewChoice;
  limit: number;
  measure: OverviewMeasure;
  community: number | null;
  /** The view's date range: the organizations view counts only the projects tied in it. */
  from?: string | null;
  to?: string | null;
}

/** What the overview draws: an overview answer, or the organizations projection. */
export type ViewAnswer = OverviewGraph | SerializedProjectionGraph;

/** `GET /api/overview` with the view's parameters (a drill-down asks for view "entities" of one community). */
export function fetchOverview(query: OverviewQuery, signal?: AbortSignal): Promise<ViewAnswer> {
  if (query.view === "organizations") return fetchProjection(query, signal);
  const params: Params = { limit: query.limit, measure: query.measure };
  if (query.community !== null) {
    params.view = "entities";
    params.community = query.community;
  } else params.view = query.view;
  return getJson<OverviewGraph>("/api/overview", params, signal);
}

export const searchEntities = (q: string, type: EntityType | null, limit: number, signal?: AbortSignal) =>
  getJson<{ query: string; results: SearchHit[] }>("/api/search", { q, type, limit }, signal);

export const fetchEntity = (key: string, signal?: AbortSignal) =>
  getJson<EntityDetails>(`/api/entities/${encodeURIComponent(key)}`, {}, signal);

export const fetchNeighborhood = (key: string, limit: number, signal?: AbortSignal) =>
  getJson<SerializedEntityGraph>(`/api/entities/${encodeURIComponent(key)}/neighborhood`, { depth: 1, limit }, signal);

export const fetchEvidence = (source: string, target: string, type: RelationType | null, signal?: AbortSignal) =>
  getJson<{ page: number; pageSize: number; items: EvidenceItem[] }>(
    "/api/evidence",
    { source, target, type, pageSize: 20 },
    signal,
  );

/** Paths through what `traversal` allows (see client/explorer/path-request.ts); every list absent means all. */
export const fetchPaths = (
  from: string,
  to: string,
  maxHops: number,
  k: number,
  traversal: { types: EntityType[] | null; relations: RelationType[] | null; cooccurrence: boolean },
  signal?: AbortSignal,
) =>
  getJson<PathsResult>(
    "/api/paths",
    {
      from,
      to,
      maxHops,
      k,
      types: traversal.types?.join(","),
      relations: traversal.relations?.join(","),
      cooccurrence: String(traversal.cooccurrence),
    },
    signal,
  );

export const fetchEntityRelations = (key: string, relation: RelationType, offset: number, limit: number) =>
  getJson<RelationPage>(`/api/entities/${encodeURIComponent(key)}/relations`, { relation, offset, limit });

export const fetchDocument = (key: string, signal?: AbortSignal) =>
  getJson<DocumentSummary>(`/api/documents/${encodeURIComponent(key)}`, {}, signal);

/** A page of a document's sentences, from an index or around a sentence key. */
export const fetchDocumentSentences = (
  key: string,
  anchor: { from: number } | { around: string },
  limit: number,
  signal?: AbortSignal,
) =>
  getJson<DocumentSentencesPage>(`/api/documents/${encodeURIComponent(key)}/sentences`, { ...anchor, limit }, signal);

/** `GET /api/projection/organizations`: organizations linked by shared projects, in the view's date range. */
export const fetchProjection = (query: Pick<OverviewQuery, "limit" | "from" | "to">, signal?: AbortSignal) =>
  getJson<SerializedProjectionGraph>(
    "/api/projection/organizations",
    { limit: query.limit, from: query.from, to: query.to },
    signal,
  );

/** `GET /api/projection/link`: the projects two organizations share, with the evidence of each tie. */
export const fetchProjectionLink = (
  a: string,
  b: string,
  range: { from: string | null; to: string | null },
  signal?: AbortSignal,
) => getJson<ProjectionLink>("/api/projection/link", { a, b, from: range.from, to: range.to }, signal);

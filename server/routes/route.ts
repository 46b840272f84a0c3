// One API route as the route table lists it, and how the table is mounted: where a route is, what it takes and
// answers (for the OpenAPI document), and its handler, which gets its query already validated.

import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { CurationService } from "../curation-service.js";
import type { Authorize } from "../http/authorize.js";
import { HttpError } from "../http/errors.js";
import { READ_REQUEST_TIMEOUT_MS, requestDeadline, WRITE_REQUEST_TIMEOUT_MS } from "../http/request-deadline.js";
import type { GraphRepository } from "../repository/types.js";

/** What every handler works with besides its request. */
export interface RouteServices {
  repository: GraphRepository;
  /** Curation's rules and changes over the same database. */
  curation: CurationService;
  /** The label of a write request's token, or the 401/403 to answer. */
  authorize: Authorize;
  /** Sends a value handed out again and again (the very same object) encoded only once. */
  sendCachedJson(request: Request, response: Response, value: object): Promise<void>;
}

/** What a handler is given: its request and response, the validated query and body, the path's `{id}`, the services. */
export interface RouteInput<Q extends z.ZodObject, B extends z.ZodType = z.ZodUnknown> {
  request: Request;
  response: Response;
  query: z.output<Q>;
  body: z.output<B>;
  /** A write's token label (who makes the change); "" for a read. */
  by: string;
  /** The `{id}` of the path; "" on a path without one. */
  id: string;
  services: RouteServices;
}

/** A route as it is written in the table, its handler typed by its query and body schemas. */
export interface RouteSpec<Q extends z.ZodObject, B extends z.ZodType = z.ZodUnknown> {
  method: "get" | "post";
  /** The path as OpenAPI writes it, `{name}` for a path parameter. */
  path: `/api/${string}`;
  summary: string;
  /** The query parameters: they validate the request and document it. */
  query: Q;
  /** The content types of a successful answer; JSON alone when omitted. */
  produces?: readonly string[];
  /** Whether the compression middleware packs the answer (one not sent through json-response.ts, which packs its own). */
  compressed?: boolean;
  /** A write: the request must carry a token of KG_API_TOKEN, checked before its body is read. */
  write?: boolean;
  /** The JSON body (posts), which validates the request and documents it, and its largest size. */
  body?: B;
  bodyLimit?: string;
  handle(input: RouteInput<Q, B>): Promise<void>;
}

/** A route of the table, its query type erased: its handler validates the query itself. */
export interface ApiRoute extends Omit<RouteSpec<z.ZodObject, z.ZodType>, "handle"> {
  handle(request: Request, response: Response, services: RouteServices): Promise<void>;
}

/** The largest JSON body a write takes unless its route says otherwise: one operation is a few hundred bytes. */
export const DEFAULT_BODY_LIMIT = "16kb";

/** The query of a route that takes no parameters. */
export const NO_QUERY = z.object({});

/** Validates a request's query string or body against a schema; a bad value is a 400 naming it. */
function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: "parameter" | "body"): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue?.path.join(".") || (where === "body" ? "(the whole body)" : "?");
  throw new HttpError(400, `bad-${where}`, `${where} ${at}: ${issue?.message ?? "invalid"}`);
}

/** A route for the table, its handler called with the query and body validated by their schemas. */
export function defineRoute<Q extends z.ZodObject, B extends z.ZodType = z.ZodUnknown>(
  spec: RouteSpec<Q, B>,
): ApiRoute {
  return {
    ...spec,
    handle: async (request, response, services) => {
      const { id } = request.params;
      return spec.handle({
        request,
        response,
        services,
        query: parseInput(spec.query, request.query, "parameter"),
        body: spec.body ? parseInput(spec.body, request.body, "body") : (undefined as z.output<B>),
        by: (response.locals.by as string | undefined) ?? "",
        id: typeof id === "string" ? id : "",
      });
    },
  };
}

/** The path as Express writes it: `{id}` becomes `:id`. */
const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ":$1");

/** Mounts every route of the table on `router`, each behind its deadline, the compressed ones behind `compression`. */
export function mountRoutes(
  router: Router,
  routes: readonly ApiRoute[],
  services: RouteServices,
  compression: RequestHandler,
): void {
  // A write is refused before its body is read: an unauthorized request costs no parsing.
  const authorize: RequestHandler = (request, response, next) => {
    response.locals.by = services.authorize(request);
    next();
  };
  for (const route of routes) {
    const handler: RequestHandler = (request, response) => route.handle(request, response, services);
    const deadline = route.write
      ? requestDeadline(WRITE_REQUEST_TIMEOUT_MS, { write: true })
      : requestDeadline(READ_REQUEST_TIMEOUT_MS);
    const before: RequestHandler[] = [
      deadline,
      ...(route.write ? [authorize] : []),
      ...(route.method === "post" ? [express.json({ limit: route.bodyLimit ?? DEFAULT_BODY_LIMIT })] : []),
      ...(route.compressed ? [compression] : []),
    ];
    router[route.method](expressPath(route.path), ...before, handler);
  }
}

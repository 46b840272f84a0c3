// One API route as the route table lists it, and how the table is mounted: where a route is, what it takes and
// answers (for the OpenAPI document), and its handler, which gets its query already validated.

import type { Request, RequestHandler, Response, Router } from "express";
import { z } from "zod";
import { HttpError } from "../http/errors.js";
import type { GraphRepository } from "../repository/types.js";

/** What every handler works with besides its request. */
export interface RouteServices {
  repository: GraphRepository;
  /** Sends a value handed out again and again (the very same object) encoded only once. */
  sendCachedJson(request: Request, response: Response, value: object): Promise<void>;
}

/** What a handler is given: its request and response, the validated query, the path's `{id}` and the services. */
export interface RouteInput<Q extends z.ZodObject> {
  request: Request;
  response: Response;
  query: z.output<Q>;
  /** The `{id}` of the path; "" on a path without one. */
  id: string;
  services: RouteServices;
}

/** A route as it is written in the table, its handler typed by its query schema. */
export interface RouteSpec<Q extends z.ZodObject> {
  method: "get";
  /** The path as OpenAPI writes it, `{name}` for a path parameter. */
  path: `/api/${string}`;
  summary: string;
  /** The query parameters: they validate the request and document it. */
  query: Q;
  /** The content types of a successful answer; JSON alone when omitted. */
  produces?: readonly string[];
  /** Whether the compression middleware packs the answer (one not sent through json-response.ts, which packs its own). */
  compressed?: boolean;
  handle(input: RouteInput<Q>): Promise<void>;
}

/** A route of the table, its query type erased: its handler validates the query itself. */
export interface ApiRoute extends Omit<RouteSpec<z.ZodObject>, "handle"> {
  handle(request: Request, response: Response, services: RouteServices): Promise<void>;
}

/** The query of a route that takes no parameters. */
export const NO_QUERY = z.object({});

/** Validates a request's query string against a schema; a bad parameter is a 400 naming it. */
function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.infer<T> {
  const result = schema.safeParse(request.query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HttpError(
    400,
    "bad-parameter",
    `parameter ${issue?.path.join(".") || "?"}: ${issue?.message ?? "invalid"}`,
  );
}

/** A route for the table, its handler called with the query validated by its schema. */
export function defineRoute<Q extends z.ZodObject>(spec: RouteSpec<Q>): ApiRoute {
  return {
    ...spec,
    handle: async (request, response, services) => {
      const { id } = request.params;
      return spec.handle({
        request,
        response,
        services,
        query: parseQuery(spec.query, request),
        id: typeof id === "string" ? id : "",
      });
    },
  };
}

/** The path as Express writes it: `{id}` becomes `:id`. */
const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ":$1");

/** Mounts every route of the table on `router`, the compressed ones behind `compression`. */
export function mountRoutes(
  router: Router,
  routes: readonly ApiRoute[],
  services: RouteServices,
  compression: RequestHandler,
): void {
  for (const route of routes) {
    const handler: RequestHandler = (request, response) => route.handle(request, response, services);
    if (route.compressed) router[route.method](expressPath(route.path), compression, handler);
    else router[route.method](expressPath(route.path), handler);
  }
}

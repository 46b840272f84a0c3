// The OpenAPI 3.1 document of the API (`GET /api/openapi.json`), generated from the route table: its paths,
// summaries and content types, and its parameters from the zod schemas that validate the requests.

import { z } from "zod";
import type { ApiRoute } from "./route.js";

/** How each path parameter is described. */
const PATH_PARAMETERS: Record<string, string> = { id: "entity id, e.g. Organization:辽源市政协" };

const errorResponse = (description: string) => ({
  description,
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
});

/** The parameters of a route: those of its path, then those of its query with their types, ranges and defaults. */
function parametersOf(route: ApiRoute): Array<Record<string, unknown>> {
  const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name = ""]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
    description: PATH_PARAMETERS[name] ?? name,
  }));
  const queryParameters = Object.entries(route.query.shape).map(([name, field]) => {
    const schema = z.toJSONSchema(field as z.ZodType, { io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    delete schema.$schema;
    return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, schema };
  });
  return [...pathParameters, ...queryParameters];
}

/** Builds the document of the routes; parameter types, ranges and defaults come from the schemas that validate requests. */
export function buildOpenApi(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      parameters: parametersOf(route),
      responses: {
        200: {
          description: "OK",
          content: Object.fromEntries((route.produces ?? ["application/json"]).map((type) => [type, {}])),
        },
        400: errorResponse("a parameter is invalid; the message names it"),
        404: errorResponse("no such entity"),
        503: errorResponse("the database cannot answer right now; retry after the Retry-After seconds"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "kg-explorer API",
      version: "0.1.0",
      description: "Read-only access to the knowledge graph of institutional documents.",
    },
    paths,
  };
}

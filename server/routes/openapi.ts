// The OpenAPI 3.1 document of the API (`GET /api/openapi.json`), generated from the route table: its paths,
// summaries and content types, and its parameters from the zod schemas that validate the requests.

import { z } from "zod";
import { DEFAULT_BODY_LIMIT, type ApiRoute } from "./route.js";

/** How each path parameter is described. */
const PATH_PARAMETERS: Record<string, string> = {
  id: "entity id, e.g. Organization:辽源市政协; under /api/documents, a document key",
};

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

/** A route's JSON body, described by the schema that validates it, with its size limit. */
function requestBodyOf(body: z.ZodType, limit: string): Record<string, unknown> {
  const schema = z.toJSONSchema(body, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete schema.$schema;
  return { required: true, description: `JSON, at most ${limit}`, content: { "application/json": { schema } } };
}

/** Builds the document of the routes; parameter types, ranges and defaults come from the schemas that validate requests. */
export function buildOpenApi(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      parameters: parametersOf(route),
      ...(route.body ? { requestBody: requestBodyOf(route.body, route.bodyLimit ?? DEFAULT_BODY_LIMIT) } : {}),
      ...(route.write ? { security: [{ token: [] }] } : {}),
      responses: {
        [route.method === "post" && route.path === "/api/curation/rules" ? 201 : 200]: {
          description: "OK",
          content: Object.fromEntries((route.produces ?? ["application/json"]).map((type) => [type, {}])),
        },
        400: errorResponse("a parameter or the body is invalid; the message names it"),
        ...(route.write
          ? {
              401: errorResponse("no token, or not one of KG_API_TOKEN's"),
              403: errorResponse("the server has no KG_API_TOKEN: it takes no changes"),
            }
          : {}),
        404: errorResponse("no such entity (or document, sentence)"),
        ...(route.body ? { 413: errorResponse("the body is larger than the route takes") } : {}),
        503: errorResponse(
          "the database cannot answer right now or did not in time (code database-unavailable, database-timeout, " +
            "database-restarting); retry after the Retry-After seconds. database-stopped (no Retry-After): the " +
            "server no longer restarts its local Neo4j; restart kg-explorer",
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "kg-explorer API",
      version: "0.1.0",
      description:
        "The knowledge graph of institutional documents: reads, and curation writes that need a KG_API_TOKEN bearer token.",
    },
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "a token of KG_API_TOKEN" } },
    },
    paths,
  };
}

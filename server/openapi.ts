// The OpenAPI 3.1 document of the API (`GET /api/openapi.json`), its parameters generated from the zod schemas.

import { z } from "zod";
import { evidenceQuery, exportQuery, graphQuery, neighborhoodQuery, overviewQuery, pageQuery, pathsQuery, searchQuery } from "./api-schemas.js";

interface Endpoint {
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathId?: boolean;
  produces?: string[];
}

const ENDPOINTS: Endpoint[] = [
  { path: "/api/graph", summary: "The most mentioned entities and the relations among them (graphology serialized format)", query: graphQuery },
  { path: "/api/overview", summary: "A first view: the top entities by a measure and the relations among them, or the communities of a larger graph", query: overviewQuery },
  { path: "/api/search", summary: "Entities by name or alias (cjk full-text; containment for 1-2 characters)", query: searchQuery },
  { path: "/api/entities/{id}", summary: "An entity: type, name, aliases, counts, documents, strongest relations", pathId: true },
  { path: "/api/entities/{id}/neighborhood", summary: "The subgraph around an entity, filtered and capped (graphology format)", query: neighborhoodQuery, pathId: true },
  { path: "/api/entities/{id}/mentions", summary: "An entity's mentions in their sentences, paged", query: pageQuery, pathId: true },
  { path: "/api/paths", summary: "Up to k shortest paths between two entities through entity relations", query: pathsQuery },
  { path: "/api/evidence", summary: "The sentences that support the relations between two entities, paged", query: evidenceQuery },
  { path: "/api/documents", summary: "Stored documents, newest first, paged", query: pageQuery },
  { path: "/api/stats", summary: "Counts per entity and relation type, documents with dates, top collaborating pairs" },
  {
    path: "/api/export",
    summary: "The graph, or an entity's neighbourhood (center=…), as GEXF, GraphML, CSV or JSON",
    query: exportQuery,
    produces: ["application/gexf+xml", "application/graphml+xml", "text/csv", "application/json"],
  },
];

const errorResponse = (description: string) => ({
  description,
  content: {
    "application/json": {
      schema: { type: "object", properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } } },
    },
  },
});

/** Builds the document; parameter types, ranges and defaults come from the same schemas that validate requests. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const endpoint of ENDPOINTS) {
    const parameters = [
      ...(endpoint.pathId ? [{ name: "id", in: "path", required: true, schema: { type: "string" }, description: "entity id, e.g. Organization:辽源市政协" }] : []),
      ...Object.entries(endpoint.query?.shape ?? {}).map(([name, field]) => {
        const schema = z.toJSONSchema(field as z.ZodType, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
        delete schema.$schema;
        return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, schema };
      }),
    ];
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        parameters,
        responses: {
          200: { description: "OK", content: Object.fromEntries((endpoint.produces ?? ["application/json"]).map((type) => [type, {}])) },
          400: errorResponse("a parameter is invalid; the message names it"),
          404: errorResponse("no such entity"),
          503: errorResponse("the database cannot answer right now; retry after the Retry-After seconds"),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "kg-explorer API", version: "0.1.0", description: "Read-only access to the knowledge graph of institutional documents." },
    paths,
  };
}

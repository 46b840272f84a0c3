// The API's route table: every endpoint once, with the schema of its query, its summary and its handler. The app
// mounts it and the OpenAPI document is generated from it, so the two cannot drift apart.

import { EXPORT_FORMATS } from "../export/export-formats.js";
import { HttpError } from "../http/errors.js";
import { sendJson, sendStreamedGraph } from "../http/json-response.js";
import { collectGraph } from "../repository/subgraph.js";
import type { GraphFilters } from "../repository/types.js";
import {
  documentSentencesQuery,
  documentsQuery,
  entityRelationsQuery,
  evidenceQuery,
  exportQuery,
  graphQuery,
  neighborhoodQuery,
  mentionsQuery,
  overviewQuery,
  pathsQuery,
  projectionLinkQuery,
  projectionQuery,
  searchQuery,
} from "./api-schemas.js";
import { CURATION_ROUTES } from "./curation-routes.js";
import { defineRoute, NO_QUERY, type ApiRoute } from "./route.js";

/** The 404 of an entity id that names no entity. */
const noEntity = (id: string) =>
  new HttpError(404, "not-found", `no entity with id "${id}"; /api/search finds ids by name`);

/** The 404 of a document key that names no document. */
const noDocument = (key: string) =>
  new HttpError(404, "not-found", `no document with key "${key}"; /api/documents lists them`);

/** A neighbourhood's filters from its query: null for each one not given. */
const filtersOf = (q: {
  relations?: GraphFilters["relations"];
  types?: GraphFilters["types"];
  minWeight: number;
  from?: string;
  to?: string;
}): GraphFilters => ({
  relations: q.relations ?? null,
  types: q.types ?? null,
  minWeight: q.minWeight,
  from: q.from ?? null,
  to: q.to ?? null,
});

/** Every endpoint of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  defineRoute({
    method: "get",
    path: "/api/graph",
    summary: "The most mentioned entities and the relations among them (graphology serialized format)",
    query: graphQuery,
    handle: async ({ request, response, query, services }) =>
      sendStreamedGraph(request, response, await services.repository.topEntities("mentions", query.limit)),
  }),
  defineRoute({
    method: "get",
    path: "/api/overview",
    summary:
      "A first view: the top entities by a measure and the relations among them, or the communities of a larger graph",
    query: overviewQuery,
    handle: async ({ request, response, query: { measure, limit, view, community, linksPerCommunity }, services }) => {
      const graph = await services.repository.overview({
        measure,
        limit,
        view,
        community: community ?? null,
        linksPerCommunity,
      });
      if (!graph)
        throw new HttpError(
          404,
          "not-found",
          `no community ${community}; the communities view (view=communities) lists them`,
        );
      // The repository hands out the same view until the graph changes: encode it once.
      return services.sendCachedJson(request, response, graph);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/search",
    summary: "Entities by name or alias (cjk full-text; containment for 1-2 characters)",
    query: searchQuery,
    handle: async ({ request, response, query: { q, type, limit }, services }) =>
      sendJson(request, response, { query: q, results: await services.repository.search(q, type ?? null, limit) }),
  }),
  defineRoute({
    method: "get",
    path: "/api/entities/{id}",
    summary: "An entity: type, name, aliases, counts, documents, strongest relations",
    query: NO_QUERY,
    handle: async ({ request, response, id, services }) => {
      const entity = await services.repository.entity(id);
      if (!entity) throw noEntity(id);
      return sendJson(request, response, entity);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/entities/{id}/relations",
    summary: "An entity's relations of one type, strongest first, paged (offset, limit), with the type's total",
    query: entityRelationsQuery,
    handle: async ({ request, response, query: q, id, services }) => {
      const page = await services.repository.relations(id, q.relation, q.offset, q.limit);
      if (!page) throw noEntity(id);
      return sendJson(request, response, page);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/entities/{id}/neighborhood",
    summary: "The subgraph around an entity, filtered and capped (graphology format)",
    query: neighborhoodQuery,
    handle: async ({ request, response, query, id, services }) => {
      const graph = await services.repository.neighborhood(id, query.depth, filtersOf(query), query.limit);
      if (!graph) throw noEntity(id);
      return sendStreamedGraph(request, response, graph);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/entities/{id}/mentions",
    summary: "An entity's mentions in their sentences, paged",
    query: mentionsQuery,
    handle: async ({ request, response, query: { page, pageSize }, id, services }) => {
      const total = await services.repository.mentionCount(id);
      if (total === null) throw noEntity(id);
      return sendJson(request, response, {
        page,
        pageSize,
        total,
        items: await services.repository.mentions(id, page, pageSize),
      });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/paths",
    summary: "Up to k shortest paths between two entities along stated relations (co-occurrence if admitted)",
    query: pathsQuery,
    handle: async ({ request, response, query: q, services }) => {
      const result = await services.repository.paths(q.from, q.to, q.maxHops, q.k, {
        relations: q.relations ?? null,
        types: q.types ?? null,
        cooccurrence: q.cooccurrence === "true",
      });
      if (!result) throw new HttpError(404, "not-found", "from or to names no entity; /api/search finds ids by name");
      return sendJson(request, response, result);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/evidence",
    summary: "The sentences that support the relations between two entities, paged",
    query: evidenceQuery,
    handle: async ({ request, response, query: q, services }) => {
      const items = await services.repository.evidence(q.source, q.target, q.type ?? null, q.page, q.pageSize);
      return sendJson(request, response, { page: q.page, pageSize: q.pageSize, items });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/documents",
    summary: "Stored documents, newest first, paged",
    query: documentsQuery,
    handle: async ({ request, response, query: { page, pageSize }, services }) =>
      sendJson(request, response, { page, pageSize, documents: await services.repository.documents(page, pageSize) }),
  }),
  defineRoute({
    method: "get",
    path: "/api/documents/{id}",
    summary: "A document's metadata: title, date, source, path, size in characters and sentences",
    query: NO_QUERY,
    handle: async ({ request, response, id, services }) => {
      const document = await services.repository.document(id);
      if (!document) throw noDocument(id);
      return sendJson(request, response, document);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/documents/{id}/sentences",
    summary: "Consecutive sentences of a document with the entity mentions in them, from an index or around a sentence",
    query: documentSentencesQuery,
    handle: async ({ request, response, query: q, id, services }) => {
      const anchor = q.around === undefined ? { from: q.from ?? 0 } : { around: q.around };
      const page = await services.repository.sentences(id, anchor, q.limit);
      if (page === "no-document") throw noDocument(id);
      if (page === "no-sentence")
        throw new HttpError(404, "not-found", `document "${id}" has no sentence "${q.around ?? ""}"`);
      return sendJson(request, response, page);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/stats",
    summary: "Counts per entity and relation type, documents with dates, top collaborating pairs",
    query: NO_QUERY,
    handle: async ({ request, response, services }) => sendJson(request, response, await services.repository.stats()),
  }),
  defineRoute({
    method: "get",
    path: "/api/timeline",
    summary:
      "Per year of the corpus's dates: relations whose dated span covers it, and documents; the first and last dates",
    query: NO_QUERY,
    handle: async ({ request, response, services }) =>
      sendJson(request, response, await services.repository.timeline()),
  }),
  defineRoute({
    method: "get",
    path: "/api/export",
    summary: "The graph, or an entity's neighbourhood (center=…), as GEXF, GraphML, CSV or JSON",
    query: exportQuery,
    produces: ["application/gexf+xml", "application/graphml+xml", "text/csv", "application/json"],
    compressed: true,
    handle: async ({ response, query: q, services: { repository } }) => {
      const neighborhood = q.center ? await repository.neighborhood(q.center, q.depth, filtersOf(q), q.limit) : null;
      if (q.center && !neighborhood) throw noEntity(q.center);
      const graph = await collectGraph(neighborhood ?? (await repository.topEntities("mentions", q.limit)));
      const format = EXPORT_FORMATS[q.format];
      const name = `kg-explorer${q.center ? "-neighborhood" : ""}${q.format === "csv" ? `-${q.table}` : ""}.${format.extension}`;
      response
        .type(format.contentType)
        .set("Content-Disposition", `attachment; filename="${name}"`)
        .set("X-Kg-Truncated", String(graph.attributes.truncated))
        .send(format.write(graph, q.table));
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/projection/organizations",
    summary:
      "Organizations linked by the projects they both take part in or organize (weight: shared projects), beside the stated collaborations among them (graphology format)",
    query: projectionQuery,
    handle: async ({ request, response, query: q, services }) =>
      sendJson(
        request,
        response,
        await services.repository.organizationProjection({
          from: q.from ?? null,
          to: q.to ?? null,
          minShared: q.minShared,
          limit: q.limit,
        }),
      ),
  }),
  defineRoute({
    method: "get",
    path: "/api/projection/link",
    summary: "The projects two organizations share, with the sentences that tie each of them to each project",
    query: projectionLinkQuery,
    handle: async ({ request, response, query: q, services }) => {
      if (q.a === q.b) throw new HttpError(400, "bad-parameter", "parameter b: give two different organizations");
      const link = await services.repository.projectionLink({
        a: q.a,
        b: q.b,
        from: q.from ?? null,
        to: q.to ?? null,
        limit: q.limit,
      });
      if (!link) throw new HttpError(404, "not-found", "a or b names no organization; /api/search finds ids by name");
      return sendJson(request, response, link);
    },
  }),
  ...CURATION_ROUTES,
];

// The curation endpoints: rules and suggestions to read, and writes (make, undo, import) that need a KG_API_TOKEN.

import { z } from "zod";
import { curationFile, curationOperation, storedShape } from "../../ingest/curate/rule-schema.js";
import type { CurationFile } from "../../common/curation.js";
import { sendJson } from "../http/json-response.js";
import { defineRoute, NO_QUERY, type ApiRoute } from "./route.js";

const withNote = z.intersection(curationOperation, z.object({ note: z.string().max(2000).optional() }));

/** Every curation endpoint, in the order the OpenAPI document lists them. */
export const CURATION_ROUTES: readonly ApiRoute[] = [
  defineRoute({
    method: "get",
    path: "/api/curation/rules",
    summary: "Every curation rule in the order it was made, with what it does and how many documents it changes",
    query: NO_QUERY,
    handle: async ({ request, response, services }) => sendJson(request, response, await services.curation.rules()),
  }),
  defineRoute({
    method: "get",
    path: "/api/curation/suggestions",
    summary: "Likely duplicate entities with the reasons for each, best first (accept: merge; reject: distinct)",
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) }),
    handle: async ({ request, response, query, services }) =>
      sendJson(request, response, await services.curation.suggestions(query.limit)),
  }),
  defineRoute({
    method: "get",
    path: "/api/curation/export",
    summary:
      "The rules as one JSON file for version control (`kg curate import` and POST /api/curation/import read it)",
    query: NO_QUERY,
    handle: async ({ response, services }) => {
      response.attachment("kg-curation.json");
      response.json(await services.curation.exportRules());
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/curation/token",
    summary: "The label of the token the request carries (writes need `Authorization: Bearer <KG_API_TOKEN>`)",
    query: NO_QUERY,
    write: true,
    handle: async ({ request, response, by }) => sendJson(request, response, { label: by }),
  }),
  defineRoute({
    method: "post",
    path: "/api/curation/rules",
    summary:
      "Makes a curation rule (merge, rename, retype, split, exclude, distinct, reject, retype-relation, relate) and applies it",
    query: NO_QUERY,
    write: true,
    body: withNote,
    handle: async ({ request, response, body, by, services }) => {
      const { note, ...operation } = body;
      response.status(201);
      return sendJson(
        request,
        response,
        await services.curation.make(storedShape(operation), { by, ...(note ? { note } : {}) }),
      );
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/curation/undo",
    summary: "Removes a rule and gives back the graph as it would be without it",
    query: NO_QUERY,
    write: true,
    body: z.object({ id: z.string().min(1).max(40) }),
    handle: async ({ request, response, body, services }) =>
      sendJson(request, response, await services.curation.undo(body.id)),
  }),
  defineRoute({
    method: "post",
    path: "/api/curation/import",
    summary: "Adds the rules of a file written by the export (rules already stored are skipped) and applies them",
    query: NO_QUERY,
    write: true,
    body: curationFile,
    bodyLimit: "20mb",
    handle: async ({ request, response, body, services }) =>
      sendJson(request, response, await services.curation.importRules(body as CurationFile)),
  }),
];

// The query parameters of every API endpoint as zod schemas: validation in the routes, documentation in OpenAPI.

import { z } from "zod";
import { ENTITY_TYPES, MAX_OVERVIEW_NODES, RELATION_TYPES } from "../../common/domain.js";
import { OVERVIEW_MEASURES } from "../../common/measures/index.js";
import { EXPORT_FORMAT_NAMES } from "../export/export-formats.js";
import { OVERVIEW_VIEWS } from "../repository/types.js";

export const MAX_GRAPH_NODES = 5000;

export const graphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(1000),
});

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
/** A comma-separated list of allowed values, e.g. `types=Organization,Person`. */
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1));

export const overviewQuery = z.object({
  measure: z.enum(OVERVIEW_MEASURES).default("degree"),
  limit: z.coerce.number().int().min(1).max(MAX_OVERVIEW_NODES).default(500),
  view: z.enum(OVERVIEW_VIEWS).default("auto"),
  community: z.coerce.number().int().min(0).optional(),
  /**
   * Communities view: each community keeps its strongest links, this many; a link stays when it is among either end's.
   * Communities of a corpus are linked nearly all to all (1,794 links among 75), which draws as a grey disc.
   */
  linksPerCommunity: z.coerce.number().int().min(1).max(MAX_OVERVIEW_NODES).default(5),
});

export const neighborhoodQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: csvOf(ENTITY_TYPES).optional(),
  relations: csvOf(RELATION_TYPES).optional(),
  minWeight: z.coerce.number().min(0).default(0),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The explorer expands a node by its 150 strongest neighbours; a hub's 500 bring ten thousand relations among them. */
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(150),
});

export const searchQuery = z.object({
  q: z.string().trim().min(1, "give a name or part of one").max(100),
  type: z.enum(ENTITY_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/**
 * The parameters of a paged list: `page` from 1 and `pageSize` up to the endpoint's maximum. A larger pageSize is
 * refused with a 400 that names it and the maximum, never cut silently: the answer echoes what it was asked for.
 */
const pagedBy = (maxPageSize: number, defaultPageSize: number) =>
  z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxPageSize)
      .default(defaultPageSize)
      .describe(`items per page, at most ${maxPageSize} (a larger one is refused, not cut)`),
  });

export const evidenceQuery = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.enum(RELATION_TYPES).optional(),
  ...pagedBy(100, 20).shape,
});

export const pathsQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  k: z.coerce.number().int().min(1).max(10).default(3),
  relations: csvOf(RELATION_TYPES)
    .optional()
    .describe(
      "relation types a path may follow, comma-separated (default: all); CO_OCCURS only with cooccurrence=true",
    ),
  types: csvOf(ENTITY_TYPES)
    .optional()
    .describe("entity types a path may pass through between its ends, comma-separated (default: all)"),
  /** Co-occurrence joins nearly everything named in one sentence, so paths follow stated relations unless asked. */
  cooccurrence: z
    .enum(["true", "false"])
    .default("false")
    .describe("true: admit co-occurrence (CO_OCCURS) besides the stated relations"),
});

export const MAX_EXPORT_NODES = 50_000;

export const exportQuery = neighborhoodQuery.extend({
  format: z.enum(EXPORT_FORMAT_NAMES),
  table: z.enum(["nodes", "edges"]).default("edges"),
  /** An entity id: export its neighbourhood (same parameters as /neighborhood); omitted: the whole graph. */
  center: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_NODES).default(5000),
});

/** A page of the stored documents: small rows, so large pages. */
export const documentsQuery = pagedBy(500, 100);

/** A page of an entity's mentions: each carries its whole sentence. */
export const mentionsQuery = pagedBy(100, 100);

export const entityRelationsQuery = z.object({
  relation: z.enum(RELATION_TYPES),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The reader's page of sentences: from an index, or around a sentence key (never both); a page is bounded. */
export const documentSentencesQuery = z
  .object({
    around: z.string().min(1).optional(),
    from: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(40),
  })
  .refine((q) => q.around === undefined || q.from === undefined, {
    message: "give around or from, not both",
    path: ["around"],
  });
/** The organizations projection: pairs of organizations that share projects, strongest first. */
export const projectionQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A link needs at least this many shared projects. */
  minShared: z.coerce.number().int().min(1).max(1000).default(1),
  /** The pairs kept, most shared projects first. */
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(500),
});

/** The shared projects of one pair of the projection, with the evidence of each tie. */
export const projectionLinkQuery = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

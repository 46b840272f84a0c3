// The organizations projection: bodies linked by the projects they share, beside their stated collaborations, and
// the shared projects of one pair with the sentences that tie each body to each project.

import neo4j from "neo4j-driver";
import { cypher, cypherFor } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { EntityNodeAttributes } from "../../common/api.js";
import type {
  ProjectionLink,
  SerializedProjectionGraph,
  StatedCollaborationEdgeAttributes,
} from "../../common/projection-api.js";
import { read } from "./read.js";
import type { DateRange, ProjectionLinkRequest, ProjectionRequest } from "./types.js";

/** The organizations a shared project counts, its strongest ties first (a hub project makes n(n-1)/2 pairs). */
export const MAX_MEMBERS_PER_PROJECT = 50;
/** Sentences listed per tie of a shared project; the tie says how many there are in all. */
export const EVIDENCE_PER_TIE = 5;

/** The key of the shared-project link between two organizations, whichever way round they are given. */
export const sharedLinkKey = (a: string, b: string): string => (a < b ? `shared:${a}|${b}` : `shared:${b}|${a}`);

/** A date range as the statements' parameters: `dated` (and both bounds, open ones widened) only when one is given. */
export function rangeParams({ from, to }: DateRange): { dated: true | null; from: string | null; to: string | null } {
  if (from === null && to === null) return { dated: null, from, to };
  return { dated: true, from: from ?? "", to: to ?? "9999" };
}

interface OrganizationRow {
  key: string;
  name: string;
  mentions: number | null;
  documents: number | null;
}

/** A row of projection-organizations.cypher: one pair and the projects it shares. */
interface SharedRow {
  a: OrganizationRow;
  b: OrganizationRow;
  projects: string[];
  projectNames: string[];
  firstDate: string | null;
  lastDate: string | null;
}

/** A row of projection-stated.cypher: one stated collaboration among the projection's organizations. */
interface StatedRow {
  source: string;
  target: string;
  weight: number;
  rule: string;
  firstDate: string | null;
  lastDate: string | null;
}

const nodeAttributes = (o: OrganizationRow): EntityNodeAttributes => ({
  label: o.name,
  entityType: "Organization",
  mentions: o.mentions ?? 0,
  documents: o.documents ?? 0,
});

/** Adds `firstDate`/`lastDate` to an edge's attributes when they are known. */
const withDates = <T extends object>(attributes: T, firstDate: string | null, lastDate: string | null) => ({
  ...attributes,
  ...(firstDate ? { firstDate } : {}),
  ...(lastDate ? { lastDate } : {}),
});

/**
 * The `limit` pairs of organizations that share the most projects (at least `minShared`), and the stated
 * collaborations among the organizations of those pairs, as one graph.
 */
export async function organizationProjection(
  db: GraphTarget,
  request: ProjectionRequest,
): Promise<SerializedProjectionGraph> {
  const range = rangeParams(request);
  const pairParams = {
    ...range,
    minShared: neo4j.int(request.minShared),
    maxMembers: neo4j.int(MAX_MEMBERS_PER_PROJECT),
    limit: neo4j.int(request.limit + 1),
  };
  const rows = await read<SharedRow>(db, cypherFor("projection-organizations", pairParams), pairParams);
  const pairs = rows.slice(0, request.limit);
  const nodes = new Map<string, OrganizationRow>();
  for (const { a, b } of pairs) nodes.set(a.key, a).set(b.key, b);
  const statedParams = { keys: [...nodes.keys()], from: request.from, to: request.to };
  const stated =
    nodes.size === 0 ? [] : await read<StatedRow>(db, cypherFor("projection-stated", statedParams), statedParams);
  return {
    attributes: {
      view: "organizations",
      truncated: rows.length > request.limit,
      totalLinks: pairs.length,
      ...(request.from ? { from: request.from } : {}),
      ...(request.to ? { to: request.to } : {}),
      minShared: request.minShared,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [...nodes.values()].map((o) => ({ key: o.key, attributes: nodeAttributes(o) })),
    edges: [
      ...pairs.map((p) => ({
        key: sharedLinkKey(p.a.key, p.b.key),
        source: p.a.key,
        target: p.b.key,
        attributes: withDates(
          {
            link: "shared-projects" as const,
            weight: p.projects.length,
            projects: p.projects,
            projectNames: p.projectNames,
          },
          p.firstDate,
          p.lastDate,
        ),
      })),
      ...stated.map((s) => ({
        key: `${s.source}-[COLLABORATES_WITH]->${s.target}`,
        source: s.source,
        target: s.target,
        attributes: withDates<StatedCollaborationEdgeAttributes>(
          { link: "stated", relation: "COLLABORATES_WITH", weight: s.weight, rule: s.rule, stated: true },
          s.firstDate,
          s.lastDate,
        ),
      })),
    ],
  };
}

/** A row of projection-link.cypher: one shared project and both ties to it. */
type LinkRow = ProjectionLink["projects"][number];

/** The projects two organizations share, each with both ties and their first sentences; null if either is unknown. */
export async function projectionLink(db: GraphTarget, request: ProjectionLinkRequest): Promise<ProjectionLink | null> {
  const ends = await read<{ key: string; name: string }>(db, cypher("projection-ends"), {
    keys: [request.a, request.b],
  });
  const a = ends.find((e) => e.key === request.a);
  const b = ends.find((e) => e.key === request.b);
  if (!a || !b) return null;
  const params = {
    ...rangeParams(request),
    a: a.key,
    b: b.key,
    perTie: neo4j.int(EVIDENCE_PER_TIE),
    limit: neo4j.int(request.limit + 1),
  };
  const rows = await read<LinkRow>(db, cypherFor("projection-link", params), params);
  return { a, b, projects: rows.slice(0, request.limit), truncated: rows.length > request.limit };
}

// The organizations projection in the explorer's graph shape: shared-project links and stated collaborations. Pure.

import type { OverviewGraph } from "../../common/api.js";
import type { SerializedProjectionGraph } from "../../common/projection-api.js";
import { normalizeOverview, type NormalizedGraph } from "./graph-model.js";

type DrawnEdge = NormalizedGraph["edges"][number]["attributes"];

/** Whether a view answer is the organizations projection. */
export function isProjectionGraph(data: OverviewGraph | SerializedProjectionGraph): data is SerializedProjectionGraph {
  return data.attributes.view === "organizations";
}

/** Brings what the overview asked for into one shape: an overview answer (either view) or the projection. Pure. */
export function normalizeViewAnswer(data: OverviewGraph | SerializedProjectionGraph): NormalizedGraph {
  return isProjectionGraph(data) ? normalizeProjection(data) : normalizeOverview(data);
}

/** One edge of the projection: a shared-project link (kind "shared-projects") or a stated collaboration. */
function projectionEdge(a: SerializedProjectionGraph["edges"][number]["attributes"]): DrawnEdge {
  const edge: DrawnEdge =
    a.link === "shared-projects"
      ? {
          kind: "shared-projects",
          weight: a.weight,
          rule: "",
          stated: false,
          projects: a.projects,
          projectNames: a.projectNames,
        }
      : { kind: "relation", relation: a.relation, weight: a.weight, rule: a.rule, stated: true };
  if (a.firstDate !== undefined) edge.firstDate = a.firstDate;
  if (a.lastDate !== undefined) edge.lastDate = a.lastDate;
  return edge;
}

/** Up to this many organizations, each is labelled: a small network is read by its names. */
const LABELLED_ORGANIZATIONS = 40;

/** The projection as the explorer draws it: its organizations as entities, both kinds of link. */
export function normalizeProjection(data: SerializedProjectionGraph): NormalizedGraph {
  const forceLabel = data.nodes.length <= LABELLED_ORGANIZATIONS;
  return {
    attributes: { view: "organizations", truncated: data.attributes.truncated, totalLinks: data.attributes.totalLinks },
    nodes: data.nodes.map((n) => ({
      key: n.key,
      attributes: {
        kind: "entity",
        label: n.attributes.label,
        entityType: n.attributes.entityType,
        mentions: n.attributes.mentions,
        documents: n.attributes.documents,
        forceLabel,
      },
    })),
    edges: data.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: projectionEdge(e.attributes),
    })),
  };
}

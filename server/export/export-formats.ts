// Export formats of a subgraph, one registry entry each: files Gephi, yEd, spreadsheets and scripts open as they are.

import type { SerializedEntityGraph } from "../../common/api.js";
import { writeEdgesCsv, writeNodesCsv } from "../../common/export/csv-tables.js";
import type { ExportGraph } from "../../common/export/export-graph.js";
import { writeGexf } from "../../common/export/gexf.js";
import { writeGraphml } from "./graphml.js";

export interface ExportFormat {
  contentType: string;
  extension: string;
  /** `table` picks nodes or edges for the one-table formats (CSV). */
  write(graph: SerializedEntityGraph, table: "nodes" | "edges"): string;
}

/** The API's entities and relations as the shared export writers take them (no layout: no viz). Pure. */
export function toExportGraph(graph: SerializedEntityGraph): ExportGraph {
  return {
    nodes: graph.nodes.map(({ key, attributes: a }) => ({
      key,
      label: a.label,
      entityType: a.entityType,
      mentions: a.mentions,
      documents: a.documents,
      community: a.community,
    })),
    edges: graph.edges.map(({ key, source, target, attributes: a }) => ({
      key,
      source,
      target,
      relation: a.relation,
      weight: a.weight,
      rule: a.rule,
      stated: a.stated,
      firstDate: a.firstDate ?? undefined,
      lastDate: a.lastDate ?? undefined,
    })),
  };
}

export const EXPORT_FORMATS = {
  json: {
    contentType: "application/json; charset=utf-8",
    extension: "json",
    write: (graph) => JSON.stringify(graph),
  },
  gexf: {
    contentType: "application/gexf+xml; charset=utf-8",
    extension: "gexf",
    write: (graph) => writeGexf(toExportGraph(graph)),
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    write: (graph) => writeGraphml(graph),
  },
  csv: {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    write: (graph, table) => (table === "nodes" ? writeNodesCsv : writeEdgesCsv)(toExportGraph(graph)),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];

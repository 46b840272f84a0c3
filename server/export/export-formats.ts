// Export formats of a subgraph, one registry entry each: files Gephi, yEd, spreadsheets and scripts open as they are.

import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { stringify } from "csv-stringify/sync";
import type { SerializedGraph } from "graphology-types";
import type { EntityNodeAttributes, RelationEdgeAttributes, SerializedEntityGraph } from "../../common/api.js";
import { writeGraphml } from "./graphml.js";

export interface ExportFormat {
  contentType: string;
  extension: string;
  /** `table` picks nodes or edges for the one-table formats (CSV). */
  write(graph: SerializedEntityGraph, table: "nodes" | "edges"): string;
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
    write(graph) {
      const g = new Graph<EntityNodeAttributes, RelationEdgeAttributes>({ type: "directed", multi: true });
      g.import(graph as unknown as SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes>);
      return writeGexf(g, {
        formatNode: (_key, a) => ({
          label: a.label,
          attributes: { type: a.entityType, mentions: a.mentions, documents: a.documents },
        }),
        formatEdge: (_key, a) => ({
          label: a.relation,
          weight: a.weight,
          attributes: { relation: a.relation, rule: a.rule, stated: a.stated },
        }),
      });
    },
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    write: (graph) => writeGraphml(graph),
  },
  csv: {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    write(graph, table) {
      // A byte-order mark, so spreadsheet programs read the Chinese names as UTF-8.
      if (table === "nodes") {
        const rows = graph.nodes.map((n) => [
          n.key,
          n.attributes.label,
          n.attributes.entityType,
          n.attributes.mentions,
          n.attributes.documents,
        ]);
        return "\ufeff" + stringify([["Id", "Label", "Type", "Mentions", "Documents"], ...rows]);
      }
      const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
      const rows = graph.edges.map((e) => [
        e.source,
        e.target,
        names.get(e.source) ?? "",
        names.get(e.target) ?? "",
        e.attributes.relation,
        e.attributes.weight,
        e.attributes.rule,
        e.attributes.stated,
      ]);
      return (
        "\ufeff" +
        stringify([["Source", "Target", "Source name", "Target name", "Relation", "Weight", "Rule", "Stated"], ...rows])
      );
    },
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];

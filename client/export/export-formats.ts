// The graph in view as files: GEXF (graphology-gexf), GraphML, CSV tables and graphology JSON, one registry entry each. Pure.

import writeGexf from "graphology-gexf/common/writer.js";
import { createExplorerGraph, type ExplorerGraph } from "../graph/graph-model.js";

export interface ExportFormat {
  extension: string;
  mimeType: string;
  write(graph: ExplorerGraph): string;
}

/** A copy of the nodes and edges that pass the predicates, attributes included (what the user sees, not dimmed or hidden). */
export function viewSubgraph(
  graph: ExplorerGraph,
  nodeVisible: (node: string) => boolean,
  edgeVisible: (edge: string) => boolean,
): ExplorerGraph {
  const copy = createExplorerGraph();
  copy.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, a) => {
    if (nodeVisible(node)) copy.addNode(node, { ...a });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (copy.hasNode(source) && copy.hasNode(target) && edgeVisible(edge))
      copy.addDirectedEdgeWithKey(edge, source, target, { ...a });
  });
  return copy;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );
}

/** One CSV cell: quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A byte-order mark, so spreadsheet programs read the Chinese names as UTF-8.
const csv = (rows: Array<Array<string | number | boolean | undefined | null>>): string =>
  "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

const NODE_KEYS = [
  ["label", "string"],
  ["type", "string"],
  ["mentions", "int"],
  ["documents", "int"],
  ["community", "int"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["color", "string"],
] as const;
const EDGE_KEYS = [
  ["relation", "string"],
  ["weight", "double"],
  ["rule", "string"],
  ["stated", "boolean"],
  ["firstDate", "string"],
  ["lastDate", "string"],
] as const;

function graphml(graph: ExplorerGraph): string {
  const data = (key: string, value: string | number | boolean | undefined): string =>
    value === undefined ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([id, type]) => `  <key id="${id}" for="node" attr.name="${id}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([id, type]) => `  <key id="e_${id}" for="edge" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="kg-explorer-view" edgedefault="directed">',
  ];
  graph.forEachNode((node, a) => {
    const values = [a.label, a.entityType, a.mentions, a.documents, a.community, a.x, a.y, a.size, a.color];
    lines.push(`    <node id="${escapeXml(node)}">${NODE_KEYS.map(([id], i) => data(id, values[i])).join("")}</node>`);
  });
  graph.forEachEdge((edge, a, source, target) => {
    const values = [a.relation, a.weight, a.rule, a.stated, a.firstDate, a.lastDate];
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${EDGE_KEYS.map(([id], i) => data(`e_${id}`, values[i])).join("")}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

export const EXPORT_FORMATS = {
  gexf: {
    extension: "gexf",
    mimeType: "application/gexf+xml",
    write: (graph) =>
      writeGexf(graph, {
        formatNode: (_key, a) => ({
          label: a.label,
          attributes: {
            type: a.entityType,
            mentions: a.mentions,
            documents: a.documents,
            ...(a.community !== undefined ? { community: a.community } : {}),
          },
          viz: { color: a.color, size: a.size, x: a.x, y: a.y },
        }),
        formatEdge: (_key, a) => ({
          label: a.relation ?? "",
          weight: a.weight,
          attributes: {
            relation: a.relation ?? "",
            rule: a.rule,
            stated: a.stated,
            firstDate: a.firstDate ?? "",
            lastDate: a.lastDate ?? "",
          },
        }),
      }),
  },
  graphml: { extension: "graphml", mimeType: "application/graphml+xml", write: graphml },
  csvNodes: {
    extension: "nodes.csv",
    mimeType: "text/csv",
    write: (graph) =>
      csv([
        ["Id", "Label", "Type", "Mentions", "Documents", "Community", "Size", "Color"],
        ...graph.mapNodes((node, a) => [
          node,
          a.label,
          a.entityType,
          a.mentions,
          a.documents,
          a.community,
          Math.round(a.size * 100) / 100,
          a.color,
        ]),
      ]),
  },
  csvEdges: {
    extension: "edges.csv",
    mimeType: "text/csv",
    write: (graph) =>
      csv([
        [
          "Source",
          "Target",
          "Source name",
          "Target name",
          "Relation",
          "Weight",
          "Rule",
          "Stated",
          "First date",
          "Last date",
        ],
        ...graph.mapEdges((_edge, a, source, target, sa, ta) => [
          source,
          target,
          sa.label,
          ta.label,
          a.relation,
          a.weight,
          a.rule,
          a.stated,
          a.firstDate,
          a.lastDate,
        ]),
      ]),
  },
  json: { extension: "json", mimeType: "application/json", write: (graph) => JSON.stringify(graph.export()) },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

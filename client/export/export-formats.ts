// The graph in view as files: GEXF 1.3, GraphML, CSV tables and graphology JSON, one registry entry each. Pure.

import { writeEdgesCsv, writeNodesCsv } from "../../common/export/csv-tables.js";
import type { ExportGraph } from "../../common/export/export-graph.js";
import { writeGexf } from "../../common/export/gexf.js";
import { escapeXml } from "../../common/export/xml-text.js";
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

/** The view's entities and relations as the shared export writers take them, with how each entity is drawn. Pure. */
export function toExportGraph(graph: ExplorerGraph): ExportGraph {
  return {
    nodes: graph.mapNodes((key, a) => ({
      key,
      label: a.label,
      entityType: a.entityType,
      mentions: a.mentions,
      documents: a.documents,
      community: a.community,
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
    })),
    edges: graph.mapEdges((key, a, source, target) => ({
      key,
      source,
      target,
      relation: a.relation ?? "",
      weight: a.weight,
      rule: a.rule,
      stated: a.stated,
      firstDate: a.firstDate,
      lastDate: a.lastDate,
    })),
  };
}

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
  gexf: { extension: "gexf", mimeType: "application/gexf+xml", write: (graph) => writeGexf(toExportGraph(graph)) },
  graphml: { extension: "graphml", mimeType: "application/graphml+xml", write: graphml },
  csvNodes: { extension: "nodes.csv", mimeType: "text/csv", write: (graph) => writeNodesCsv(toExportGraph(graph)) },
  csvEdges: { extension: "edges.csv", mimeType: "text/csv", write: (graph) => writeEdgesCsv(toExportGraph(graph)) },
  json: { extension: "json", mimeType: "application/json", write: (graph) => JSON.stringify(graph.export()) },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

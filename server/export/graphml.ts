// GraphML for yEd, Gephi and NetworkX: nodes and edges with typed attribute keys. (graphology-graphml only parses.)

import type { SerializedEntityGraph } from "../../common/api.js";
import { escapeXml } from "../../common/export/xml-text.js";

const KEYS = [
  { id: "label", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "mentions", for: "node", type: "int" },
  { id: "documents", for: "node", type: "int" },
  { id: "relation", for: "edge", type: "string" },
  { id: "weight", for: "edge", type: "double" },
  { id: "rule", for: "edge", type: "string" },
  { id: "stated", for: "edge", type: "boolean" },
] as const;

const data = (key: string, value: string | number | boolean): string =>
  `<data key="${key}">${escapeXml(String(value))}</data>`;

/** Serializes the graph as a directed GraphML document. Pure. */
export function writeGraphml(graph: SerializedEntityGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    '  <graph id="kg-explorer" edgedefault="directed">',
    ...graph.nodes.map(
      (n) =>
        `    <node id="${escapeXml(n.key)}">${data("label", n.attributes.label)}${data("type", n.attributes.entityType)}` +
        `${data("mentions", n.attributes.mentions)}${data("documents", n.attributes.documents)}</node>`,
    ),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
        `${data("relation", e.attributes.relation)}${data("weight", e.attributes.weight)}${data("rule", e.attributes.rule)}${data("stated", e.attributes.stated)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}

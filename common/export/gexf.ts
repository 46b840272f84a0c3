// GEXF 1.3 (gexf.net/1.3, viz gexf.net/1.3/viz), written by hand: graphology-gexf writes a malformed viz namespace,
// so Gephi and networkx drop colours, sizes and positions. One writer for the API's export and the explorer's.

import type { ExportEdge, ExportGraph, ExportNode, ExportViz } from "./export-graph.js";
import { escapeXml } from "./xml-text.js";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

type AttributeType = "string" | "integer" | "double" | "boolean";
type Value = string | number | boolean | undefined;

const NODE_ATTRIBUTES: ReadonlyArray<readonly [string, AttributeType, (n: ExportNode) => Value]> = [
  ["type", "string", (n) => n.entityType],
  ["mentions", "integer", (n) => n.mentions],
  ["documents", "integer", (n) => n.documents],
  ["community", "integer", (n) => n.community],
];
const EDGE_ATTRIBUTES: ReadonlyArray<readonly [string, AttributeType, (e: ExportEdge) => Value]> = [
  ["relation", "string", (e) => e.relation],
  ["rule", "string", (e) => e.rule],
  ["stated", "boolean", (e) => e.stated],
  ["firstDate", "string", (e) => e.firstDate],
  ["lastDate", "string", (e) => e.lastDate],
];

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value))}"`;

/** `#rrggbb` or `#rgb` as 0–255 channels; undefined for anything else. Pure. */
export function parseHexColor(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function attributeDeclarations(kind: "node" | "edge", list: ReadonlyArray<readonly [string, AttributeType, unknown]>) {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...list.map(([id, type]) => `      <attribute${attr("id", id)}${attr("title", id)}${attr("type", type)}/>`),
    "    </attributes>",
  ];
}

function attvalues<T>(item: T, list: ReadonlyArray<readonly [string, AttributeType, (item: T) => Value]>): string {
  const values = list
    .map(([id, , get]) => [id, get(item)] as const)
    .filter((pair): pair is readonly [string, string | number | boolean] => pair[1] !== undefined)
    .filter(([, value]) => typeof value !== "number" || Number.isFinite(value))
    .map(([id, value]) => `<attvalue${attr("for", id)}${attr("value", String(value))}/>`);
  return values.length > 0 ? `<attvalues>${values.join("")}</attvalues>` : "";
}

function viz(v: ExportViz | undefined): string {
  if (!v) return "";
  const parts: string[] = [];
  const rgb = parseHexColor(v.color);
  if (rgb) parts.push(`<viz:color r="${rgb[0]}" g="${rgb[1]}" b="${rgb[2]}"/>`);
  if (Number.isFinite(v.x) && Number.isFinite(v.y)) parts.push(`<viz:position x="${v.x}" y="${v.y}" z="0"/>`);
  if (Number.isFinite(v.size)) parts.push(`<viz:size value="${v.size}"/>`);
  return parts.join("");
}

/** Serializes the graph as a directed GEXF 1.3 document, entity and relation columns as attributes. Pure. */
export function writeGexf(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">`,
    "  <meta><creator>kg-explorer</creator></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeDeclarations("node", NODE_ATTRIBUTES),
    ...attributeDeclarations("edge", EDGE_ATTRIBUTES),
    "    <nodes>",
    ...graph.nodes.map(
      (n) =>
        `      <node${attr("id", n.key)}${attr("label", n.label)}>${attvalues(n, NODE_ATTRIBUTES)}${viz(n.viz)}</node>`,
    ),
    "    </nodes>",
    "    <edges>",
    ...graph.edges.map(
      (e) =>
        `      <edge${attr("id", e.key)}${attr("source", e.source)}${attr("target", e.target)}${attr("label", e.relation)}` +
        `${Number.isFinite(e.weight) ? attr("weight", e.weight) : ""}>${attvalues(e, EDGE_ATTRIBUTES)}</edge>`,
    ),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ];
  return lines.join("\n");
}

// The API's CSV and the explorer's CSV of the same graph are the same files: one column set, one encoding, dates included.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import { csvCell, EDGE_COLUMNS, NODE_COLUMNS } from "../../../../common/export/csv-tables.js";
import { EXPORT_FORMATS as CLIENT_FORMATS } from "../../../../client/export/export-formats.js";
import { createExplorerGraph, normalizeEntityGraph } from "../../../../client/graph/graph-model.js";
import { EXPORT_FORMATS as SERVER_FORMATS } from "../../../../server/export/export-formats.js";

const GRAPH: SerializedEntityGraph = {
  attributes: { truncated: false },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: "Organization:市政协",
      attributes: { label: "市政协", entityType: "Organization", mentions: 9, documents: 2, community: 1 },
    },
    {
      key: "Organization:长春师范大学",
      attributes: { label: "长春师范大学, 本部", entityType: "Organization", mentions: 3, documents: 1, community: 0 },
    },
    { key: "Topic:营商环境", attributes: { label: "营商环境", entityType: "Topic", mentions: 2, documents: 1 } },
  ],
  edges: [
    {
      key: "r1",
      source: "Organization:市政协",
      target: "Organization:长春师范大学",
      attributes: {
        relation: "COLLABORATES_WITH",
        weight: 3,
        rule: "joint",
        stated: true,
        firstDate: "2021-03-01",
        lastDate: "2023-12-31",
      },
    },
    {
      key: "r2",
      source: "Organization:市政协",
      target: "Topic:营商环境",
      attributes: { relation: "CO_OCCURS", weight: 1, rule: "", stated: false },
    },
  ],
};

/** The graph as the explorer holds it once drawn. */
function explorerGraph() {
  const graph = createExplorerGraph();
  const normalized = normalizeEntityGraph(GRAPH);
  for (const n of normalized.nodes) graph.addNode(n.key, { ...n.attributes, x: 1, y: 2, size: 4, color: "#000000" });
  for (const e of normalized.edges)
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, size: 1, color: "#000000" });
  return graph;
}

describe("CSV exports", () => {
  it("quotes cells that hold commas, quotes or line breaks, and writes booleans as true/false", () => {
    expect(csvCell('A "B", C')).toBe('"A ""B"", C"');
    expect([csvCell(true), csvCell(false), csvCell(null)]).toEqual(["true", "false", ""]);
  });

  it("keeps text a spreadsheet would run as a formula as text, with a leading apostrophe (issue 23, item 9)", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    // Numbers are numbers, and a name that only holds a sign later is left alone.
    expect([csvCell(-1), csvCell("市政协-东丰")]).toEqual(["-1", "市政协-东丰"]);
  });

  it("are the same from the API and from the explorer for the same graph", () => {
    const serverNodes = SERVER_FORMATS.csv.write(GRAPH, "nodes");
    const serverEdges = SERVER_FORMATS.csv.write(GRAPH, "edges");
    expect(CLIENT_FORMATS.csvNodes.write(explorerGraph())).toBe(serverNodes);
    expect(CLIENT_FORMATS.csvEdges.write(explorerGraph())).toBe(serverEdges);

    expect(serverNodes.split("\r\n")[0]).toBe(`\ufeff${NODE_COLUMNS.join(",")}`);
    expect(serverNodes).toContain('Organization:长春师范大学,"长春师范大学, 本部",Organization,3,1,0\r\n');
    expect(serverEdges.split("\r\n")[0]).toBe(`\ufeff${EDGE_COLUMNS.join(",")}`);
    expect(serverEdges).toContain(",COLLABORATES_WITH,3,joint,true,2021-03-01,2023-12-31\r\n");
    expect(serverEdges).toContain(",CO_OCCURS,1,,false,,\r\n");
  });
});

// The graph in view as GEXF, GraphML, CSV and JSON: only what is visible, names escaped, readable by spreadsheets.

import { describe, expect, it } from "vitest";
import { csvCell } from "../../../../common/export/csv-tables.js";
import { EXPORT_FORMATS, viewSubgraph } from "../../../../client/export/export-formats.js";
import { createExplorerGraph } from "../../../../client/graph/graph-model.js";

function sample() {
  const graph = createExplorerGraph();
  const node = (label: string, entityType: "Organization" | "Place") => ({
    kind: "entity" as const,
    label,
    entityType,
    mentions: 2,
    documents: 1,
    x: 1,
    y: 2,
    size: 5,
    color: "#2563eb",
  });
  graph.addNode("Organization:市政协", node("市政协", "Organization"));
  graph.addNode('Organization:A&B "合作"', node('A&B "合作", 联合', "Organization"));
  graph.addNode("Place:辽源", node("辽源", "Place"));
  const rel = {
    kind: "relation" as const,
    relation: "COLLABORATES_WITH" as const,
    weight: 2,
    rule: "work-with",
    stated: true,
    size: 1,
    color: "#333",
  };
  graph.addDirectedEdgeWithKey("e1", "Organization:市政协", 'Organization:A&B "合作"', rel);
  graph.addDirectedEdgeWithKey("e2", "Organization:市政协", "Place:辽源", { ...rel, relation: "LOCATED_IN" });
  return viewSubgraph(
    graph,
    (key) => !key.startsWith("Place:"),
    () => true,
  );
}

describe("client export formats", () => {
  it("keeps only visible nodes and the edges between them", () => {
    const view = sample();
    expect(view.order).toBe(2);
    expect(view.edges()).toEqual(["e1"]);
  });

  it("quotes CSV cells that hold commas, quotes or line breaks", () => {
    expect(csvCell("市政协")).toBe("市政协");
    expect(csvCell('A "B", C')).toBe('"A ""B"", C"');
    expect(csvCell(undefined)).toBe("");
  });

  it("writes CSV tables with a byte-order mark, a header and one row per node or edge", () => {
    const nodes = EXPORT_FORMATS.csvNodes.write(sample());
    expect(nodes.startsWith("\ufeffId,Label,Type")).toBe(true);
    expect(nodes.trim().split("\r\n")).toHaveLength(3);
    expect(nodes).toContain('"A&B ""合作"", 联合"');
    expect(EXPORT_FORMATS.csvEdges.write(sample())).toContain("市政协,");
  });

  it("writes GraphML and GEXF with escaped names and the view's colours and positions", () => {
    const graphml = EXPORT_FORMATS.graphml.write(sample());
    expect(graphml).toContain('<node id="Organization:A&amp;B &quot;合作&quot;">');
    expect((graphml.match(/<edge /g) ?? []).length).toBe(1);
    const gexf = EXPORT_FORMATS.gexf.write(sample());
    expect(gexf).toContain("<gexf");
    expect((gexf.match(/<node /g) ?? []).length).toBe(2);
    expect(gexf).toContain("viz:color");
  });

  it("writes graphology's JSON, which imports back", () => {
    const data = JSON.parse(EXPORT_FORMATS.json.write(sample())) as { nodes: unknown[]; edges: unknown[] };
    expect([data.nodes.length, data.edges.length]).toEqual([2, 1]);
  });
});

// GEXF 1.3 as Gephi and networkx read it: the 1.3 namespaces, colours, sizes and positions that survive a real reader.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ExportGraph } from "../../../../common/export/export-graph.js";
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, parseHexColor, writeGexf } from "../../../../common/export/gexf.js";
import { escapeXml } from "../../../../common/export/xml-text.js";
import { readXml } from "../../../helpers/xml-reader.js";

const GRAPH: ExportGraph = {
  nodes: [
    {
      key: "Organization:市政协",
      label: "市政协",
      entityType: "Organization",
      mentions: 12,
      documents: 2,
      community: 0,
      viz: { x: 10.5, y: -3.25, size: 7.5, color: "#2563eb" },
    },
    {
      key: 'Organization:A&B "合作"',
      label: 'A&B "合作" <联合>\u0007',
      entityType: "Organization",
      mentions: 1,
      documents: 1,
      viz: { x: 0, y: 1, size: 3, color: "#abc" },
    },
    { key: "Place:辽源", label: "辽源", entityType: "Place", mentions: 4, documents: 1 },
  ],
  edges: [
    {
      key: "e1",
      source: "Organization:市政协",
      target: 'Organization:A&B "合作"',
      relation: "COLLABORATES_WITH",
      weight: 2,
      rule: "work-with",
      stated: true,
      firstDate: "2021-01-05",
      lastDate: "2023-02-01",
    },
    {
      key: "e2",
      source: "Organization:市政协",
      target: "Place:辽源",
      relation: "CO_OCCURS",
      weight: 1,
      rule: "",
      stated: false,
    },
  ],
};

/** Reads a GEXF file with networkx and ElementTree and reports what they saw, as JSON. */
const READER = `
import json, sys
import xml.etree.ElementTree as ET
import networkx as nx
g = nx.read_gexf(sys.argv[1])
root = ET.parse(sys.argv[1]).getroot()
viz = [el.tag for el in root.iter() if el.tag.startswith("{http://gexf.net/1.3/viz}")]
a = g.nodes["Organization:市政协"]
b = g.nodes['Organization:A&B "合作"']
e = g.edges["Organization:市政协", 'Organization:A&B "合作"']
print(json.dumps({
  "root": root.tag, "version": root.get("version"), "vizTags": sorted(set(viz)),
  "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "viz": a["viz"], "community": a["community"], "mentions": a["mentions"], "label": b["label"],
  "short": b["viz"]["color"], "stated": e["stated"], "firstDate": e["firstDate"], "weight": e["weight"],
}, ensure_ascii=False))
`;

function readWithNetworkx(gexf: string): Record<string, unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), "gexf-"));
  try {
    const file = path.join(dir, "view.gexf");
    writeFileSync(file, gexf);
    const run = spawnSync("python3", ["-c", READER, file], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`python3 networkx: ${run.error?.message ?? run.stderr}`);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("GEXF 1.3 writer", () => {
  it("drops characters XML forbids and escapes markup, keeping line breaks as references", () => {
    expect(escapeXml("a\u0000b\u001Fc<&>\"'")).toBe("abc&lt;&amp;&gt;&quot;&apos;");
    expect(escapeXml("x\ny\tz")).toBe("x&#10;y&#9;z");
    expect(escapeXml("\uD800x")).toBe("x");
    expect(escapeXml("😀")).toBe("😀");
  });

  it("stays well-formed when every text field of the graph holds characters XML 1.0 forbids", () => {
    // Lone high and low surrogates, C0 controls, U+FFFE and U+FFFF, as an old import may have stored them.
    const bad = "\u0000\u0001\u001f\ud800\ufffe\uffff\udc00\u000b";
    const key = `Organization:政协${bad}`;
    const gexf = writeGexf({
      nodes: [
        { key, label: `政协${bad}`, entityType: "Organization", mentions: 1, documents: 1 },
        { key: "Place:辽源", label: "辽源", entityType: "Place", mentions: 1, documents: 1 },
      ],
      edges: [
        {
          key: `${key}-[LOCATED_IN]->Place:辽源`,
          source: key,
          target: "Place:辽源",
          relation: "LOCATED_IN",
          weight: 1,
          rule: `rule${bad}`,
          stated: true,
          firstDate: `9999-99-99${bad}X<script>`,
          lastDate: `2021${bad}`,
        },
      ],
    });
    const read = readXml(gexf);
    expect(read.error).toBeUndefined();
    expect(read.values).toEqual(
      expect.arrayContaining(["Organization:政协", "政协", "rule", "9999-99-99X<script>", "2021"]),
    );
  });

  it("reads #rrggbb and #rgb colours and refuses anything else", () => {
    expect(parseHexColor("#2563eb")).toEqual([37, 99, 235]);
    expect(parseHexColor("#abc")).toEqual([170, 187, 204]);
    expect(parseHexColor("rgb(1,2,3)")).toBeUndefined();
  });

  it("declares the GEXF 1.3 namespaces and version", () => {
    const gexf = writeGexf(GRAPH);
    expect(gexf).toContain(`xmlns="${GEXF_NAMESPACE}"`);
    expect(gexf).toContain(`xmlns:viz="${GEXF_VIZ_NAMESPACE}"`);
    expect(gexf).toContain('version="1.3"');
    expect(gexf).not.toContain("gexf.net/1.1draft");
    expect(gexf).not.toContain("\u0007");
  });

  it("is read back by networkx with every node and edge, colours, sizes, positions and attributes", () => {
    const seen = readWithNetworkx(writeGexf(GRAPH));
    expect(seen.root).toBe(`{${GEXF_NAMESPACE}}gexf`);
    expect(seen.version).toBe("1.3");
    expect(seen.vizTags).toEqual(["color", "position", "size"].map((t) => `{${GEXF_VIZ_NAMESPACE}}${t}`));
    expect([seen.nodes, seen.edges, seen.directed]).toEqual([3, 2, true]);
    expect(seen.viz).toEqual({
      color: { r: 37, g: 99, b: 235, a: 1.0 },
      size: 7.5,
      position: { x: 10.5, y: -3.25, z: 0 },
    });
    expect(seen.short).toEqual({ r: 170, g: 187, b: 204, a: 1.0 });
    expect([seen.community, seen.mentions, seen.label]).toEqual([0, 12, 'A&B "合作" <联合>']);
    expect([seen.stated, seen.firstDate, seen.weight]).toEqual([true, "2021-01-05", 2]);
  });
});

// Reads an XML document with Python's ElementTree, a strict XML 1.0 parser, as Gephi's and networkx's readers do.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const READER = `
import json, sys
import xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as error:
    print(json.dumps({"error": str(error)}))
    sys.exit(0)
values = []
for el in root.iter():
    values.extend(el.attrib.values())
    if el.text and el.text.strip():
        values.append(el.text)
print(json.dumps({"elements": sum(1 for _ in root.iter()), "values": values}, ensure_ascii=False))
`;

/** The elements and every attribute value and text an XML parser reads from `xml`, or the parser's error. */
export function readXml(xml: string): { error?: string; elements?: number; values?: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "xml-"));
  try {
    const file = path.join(dir, "document.xml");
    writeFileSync(file, xml);
    const run = spawnSync("python3", ["-c", READER, file], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`python3: ${run.error?.message ?? run.stderr}`);
    return JSON.parse(run.stdout) as { error?: string; elements?: number; values?: string[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

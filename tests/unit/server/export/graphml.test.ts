// GraphML stays well-formed XML whatever the graph holds: characters XML 1.0 forbids, already stored in a name, a key
// or a rule, are left out, and markup is escaped.

import { describe, expect, it } from "vitest";
import type { SerializedEntityGraph } from "../../../../common/api.js";
import { writeGraphml } from "../../../../server/export/graphml.js";
import { readXml } from "../../../helpers/xml-reader.js";

/** Characters XML 1.0 forbids that a string can hold: C0 controls, lone high and low surrogates, U+FFFE, U+FFFF. */
const FORBIDDEN = "\u0000\u0001\u0008\u000b\u000c\u001f\ud800\ufffe\uffff\udc00";

// eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/;

const graph = (text: string): SerializedEntityGraph => ({
  attributes: { truncated: false },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: `Organization:政协${text}`,
      attributes: { label: `政协${text}<b>`, entityType: "Organization", mentions: 2, documents: 1 },
    },
    { key: "Place:辽源", attributes: { label: "辽源", entityType: "Place", mentions: 1, documents: 1 } },
  ],
  edges: [
    {
      key: `Organization:政协${text}-[LOCATED_IN]->Place:辽源`,
      source: `Organization:政协${text}`,
      target: "Place:辽源",
      attributes: { relation: "LOCATED_IN", weight: 1, rule: `rule${text}&`, stated: true, firstDate: `2021${text}` },
    },
  ],
});

describe("GraphML writer", () => {
  it("leaves out every character XML 1.0 forbids, so a strict parser reads the file", () => {
    const read = readXml(writeGraphml(graph(FORBIDDEN)));
    expect(read.error).toBeUndefined();
    expect(read.values).toContain("Organization:政协");
    expect(read.values).toContain("政协<b>");
    expect(read.values).toContain("rule&");
    expect(read.values?.join("")).not.toMatch(FORBIDDEN_IN_XML);
  });

  it("keeps tabs, line breaks, C1 controls and astral characters, which XML allows", () => {
    const read = readXml(writeGraphml(graph("\t\n\u0085𠮷")));
    expect(read.error).toBeUndefined();
    expect(read.values).toContain("政协\t\n\u0085𠮷<b>");
  });
});

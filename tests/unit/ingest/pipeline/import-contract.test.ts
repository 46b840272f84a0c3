// `kg import`'s check of one extraction object: fields that would break the graph, its API or its exports are
// refused with the file, the line and the field, before anything is built from them.

import { describe, expect, it } from "vitest";
import { parseExtraction } from "../../../../ingest/pipeline/import-contract.js";
import { errorOf } from "../../../helpers/kg-error.js";

const SENTENCE = "辽源市政协与长春大学合作。";

/** A small valid contract: one document, two organizations, one relation with its evidence. */
function contract() {
  return {
    documents: [{ id: "doc-1", path: "report.txt", title: "工作报告", chars: 100, date: "2021-01-11" }],
    entities: [
      {
        id: "Organization:辽源市政协",
        type: "Organization",
        name: "辽源市政协",
        aliases: ["辽源市政协"],
        mentions: [{ doc: "doc-1", start: 10, end: 15 }],
      },
      {
        id: "Organization:长春大学",
        type: "Organization",
        name: "长春大学",
        aliases: ["长春大学"],
        mentions: [{ doc: "doc-1", start: 16, end: 20 }],
      },
    ],
    relations: [
      {
        type: "COLLABORATES_WITH",
        source: "Organization:辽源市政协",
        target: "Organization:长春大学",
        rule: "work-with",
        role: "牵头",
        evidence: [{ doc: "doc-1", start: 10, end: 10 + SENTENCE.length, text: SENTENCE }],
      },
    ],
  };
}

const message = (value: unknown) => errorOf(() => parseExtraction(value, "in.jsonl line 3")).message;

describe("parseExtraction", () => {
  it("refuses a date that is no calendar date, naming line, field and value", () => {
    const bad = contract();
    (bad.documents[0] as { date: string }).date = "9999-99-99\u001fX<script>";
    expect(message(bad)).toBe(
      'import: in.jsonl line 3: documents.0.date: "9999-99-99\\u001fX<script>" is not YYYY-MM-DD (or YYYY-MM, YYYY) with a real month and day',
    );
    for (const date of ["2021-02-30", "2021-13", "2021-01-11 ", "11/01/2021"]) {
      (bad.documents[0] as { date: string }).date = date;
      expect(message(bad)).toMatch(/documents\.0\.date: .* is not YYYY-MM-DD/);
    }
  });

  it("refuses control characters in names, aliases, titles, paths, roles, rules and ids, naming the field", () => {
    const cases: Array<[string, (c: ReturnType<typeof contract>) => void]> = [
      ["entities.0.name", (c) => void ((c.entities[0] as { name: string }).name = "辽源\u001f市政协")],
      ["entities.1.aliases.0", (c) => void ((c.entities[1] as { aliases: string[] }).aliases = ["长春\n大学"])],
      ["documents.0.title", (c) => void ((c.documents[0] as { title: string }).title = "报告\u0085")],
      ["documents.0.path", (c) => void ((c.documents[0] as { path: string }).path = "a\u0000.txt")],
      ["documents.0.id", (c) => void ((c.documents[0] as { id: string }).id = "doc\u007f")],
      ["relations.0.role", (c) => void ((c.relations[0] as { role: string }).role = "副\u0009主席")],
      ["relations.0.rule", (c) => void ((c.relations[0] as { rule: string }).rule = "rule\u001e")],
      ["entities.0.name", (c) => void ((c.entities[0] as { name: string }).name = "政协\ud800")],
    ];
    for (const [field, spoil] of cases) {
      const bad = contract();
      spoil(bad);
      expect(message(bad), field).toMatch(
        new RegExp(`^import: in\\.jsonl line 3: ${field.replace(/\./g, "\\.")}: U\\+[0-9A-F]{4} at index \\d+ is a`),
      );
    }
  });

  it("refuses a lone surrogate in evidence text but keeps the document's line breaks and tabs", () => {
    const bad = contract();
    const evidence = bad.relations[0]?.evidence[0] as { text: string };
    evidence.text = `${SENTENCE.slice(0, -1)}\ud800`;
    expect(message(bad)).toMatch(/relations\.0\.evidence\.0\.text: U\+D800 at index 12 is a lone surrogate/);
    evidence.text = `${SENTENCE.slice(0, -2)}\n\t`;
    expect(parseExtraction(bad, "in.json").relations[0]?.evidence[0]?.text).toBe(evidence.text);
  });

  it("refuses an entity id given twice in one object, naming both places", () => {
    const bad = contract();
    bad.entities.push({ ...(bad.entities[0] as (typeof bad.entities)[number]), type: "Person" });
    expect(message(bad)).toMatch(
      /entities\.2: "Organization:辽源市政协" is given again \(first as entities\.0\); give each entity once/,
    );
  });

  it("accepts a contract whose fields are plain text and whose date is real", () => {
    const good = contract();
    expect(parseExtraction(good, "in.json").documents[0]?.date).toBe("2021-01-11");
    (good.documents[0] as { date: string }).date = "2020-02-29";
    expect(parseExtraction(good, "in.json").documents[0]?.date).toBe("2020-02-29");
  });
});

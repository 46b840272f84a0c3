// Shaping an extraction into write rows: content keys, sentence keys and de-duplicated evidence.

import { describe, expect, it } from "vitest";
import { documentRows, sentenceKey } from "../../../../ingest/write/document-rows.js";
import type { Extraction, SourceDocument } from "../../../../ingest/types.js";

const source: SourceDocument = {
  path: "/docs/a.txt",
  text: "市政协与吉林大学合作。吉林大学参加。",
  sha256: "abc123def4567890ffff0000",
};
const extraction: Extraction = {
  title: "市政协与吉林大学合作。",
  sentences: [
    { index: 0, start: 0, end: 11, text: "市政协与吉林大学合作。" },
    { index: 1, start: 11, end: 18, text: "吉林大学参加。" },
  ],
  entities: [
    {
      id: "Organization:吉林大学",
      type: "Organization",
      name: "吉林大学",
      aliases: ["吉林大学"],
      mentions: [
        { start: 4, end: 8, surface: "吉林大学", sentence: 0 },
        { start: 11, end: 15, surface: "吉林大学", sentence: 1 },
      ],
    },
    {
      id: "Organization:市政协",
      type: "Organization",
      name: "市政协",
      aliases: ["市政协"],
      mentions: [{ start: 0, end: 3, surface: "市政协", sentence: 0 }],
    },
  ],
  relations: [
    {
      type: "COLLABORATES_WITH",
      source: "Organization:市政协",
      target: "Organization:吉林大学",
      rule: "yu-hezuo",
      evidence: [
        { sentence: 0, start: 0, end: 11, text: "市政协与吉林大学合作。" },
        { sentence: 0, start: 0, end: 11, text: "市政协与吉林大学合作。" },
      ],
    },
  ],
};

describe("documentRows", () => {
  const rows = documentRows(source, extraction, "v1");

  it("keys the document by the start of the sha256 of its bytes and each sentence by document and index", () => {
    expect(rows.document).toMatchObject({
      key: "abc123def4567890",
      sha256: source.sha256,
      chars: source.text.length,
      extractor: "v1",
      date: null,
      sentences: 2,
    });
    expect(rows.sentences.map((s) => s.key)).toEqual([sentenceKey("abc123def4567890", 0), "abc123def4567890:1"]);
  });

  it("lets metadata from flags or a sidecar win over the title and date found in the text", () => {
    const withMetadata = documentRows(source, { ...extraction, date: "2020-01-01" }, "v1", {
      title: "Given",
      date: "2021-01-11",
      source: "https://example.org/a",
    });
    expect(withMetadata.document).toMatchObject({
      title: "Given",
      date: "2021-01-11",
      source: "https://example.org/a",
    });
  });

  it("counts each entity's mentions and writes one mention row per occurrence, pointing at its sentence", () => {
    expect(rows.entities.map((e) => e.mentions)).toEqual([2, 1]);
    expect(rows.mentions).toHaveLength(3);
    expect(rows.mentions[1]).toEqual({
      sentence: "abc123def4567890:1",
      entity: "Organization:吉林大学",
      start: 11,
      end: 15,
      surface: "吉林大学",
    });
  });

  it("lists each evidence sentence of a relation once", () => {
    expect(rows.relations[0]).toMatchObject({
      type: "COLLABORATES_WITH",
      rule: "yu-hezuo",
      role: null,
      sentences: ["abc123def4567890:0"],
    });
  });
});

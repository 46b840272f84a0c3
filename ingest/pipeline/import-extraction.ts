// Turns extractions in the `kg extract` JSON contract, made by any tool (an LLM, another NER), into the same write
// rows as `kg ingest`: one document at a time, evidence spans as sentences, mentions inside them linked. Pure.

import { createHash } from "node:crypto";
import { documentKey, sentenceKey, type DocumentRows } from "../write/document-rows.js";
import type { ExtractionContract } from "./import-contract.js";

/** The graph key of an imported document: a sha256 id is the content hash `kg ingest` uses; others are hashed. */
export function importedDocumentKey(id: string): string {
  return documentKey(
    /^[0-9a-f]{64}$/i.test(id) ? id.toLowerCase() : createHash("sha256").update(`import:${id}`).digest("hex"),
  );
}

/** One DocumentRows per document of the contract, plus the mentions that no evidence sentence holds (not linked). */
export function importedDocumentRows(
  data: ExtractionContract,
  sourceFile: string,
): { rows: DocumentRows[]; unlinkedMentions: number } {
  let unlinkedMentions = 0;
  const rows = data.documents.map((document): DocumentRows => {
    const key = importedDocumentKey(document.id);
    const spans = new Map<string, { start: number; end: number; text: string }>();
    for (const relation of data.relations) {
      for (const e of relation.evidence) if (e.doc === document.id) spans.set(`${e.start}-${e.end}`, e);
    }
    const sentences = [...spans.values()]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((s, index) => ({ key: sentenceKey(key, index), index, ...s }));
    const containing = (start: number, end: number) => sentences.find((s) => s.start <= start && end <= s.end);

    const entities: DocumentRows["entities"] = [];
    const mentions: DocumentRows["mentions"] = [];
    for (const entity of data.entities) {
      let count = 0;
      for (const m of entity.mentions.filter((m) => m.doc === document.id)) {
        const sentence = containing(m.start, m.end);
        if (!sentence) {
          unlinkedMentions += 1;
          continue;
        }
        mentions.push({
          sentence: sentence.key,
          entity: entity.id,
          start: m.start,
          end: m.end,
          surface: sentence.text.slice(m.start - sentence.start, m.end - sentence.start),
        });
        count += 1;
      }
      const related = data.relations.some(
        (r) => (r.source === entity.id || r.target === entity.id) && r.evidence.some((e) => e.doc === document.id),
      );
      if (count > 0 || related)
        entities.push({
          key: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: entity.aliases.length ? entity.aliases : [entity.name],
          mentions: count,
        });
    }
    const relations = data.relations.flatMap((r) => {
      const evidence = r.evidence.filter((e) => e.doc === document.id);
      if (evidence.length === 0) return [];
      const keys = [...new Set(evidence.map((e) => (containing(e.start, e.end) as { key: string }).key))];
      return [
        { type: r.type, source: r.source, target: r.target, rule: r.rule, role: r.role ?? null, sentences: keys },
      ];
    });
    const fingerprint = createHash("sha256")
      .update(JSON.stringify({ sentences, entities, mentions, relations }))
      .digest("hex")
      .slice(0, 12);
    return {
      document: {
        key,
        title: document.title ?? document.path ?? document.id,
        path: document.path ?? sourceFile,
        chars: document.chars ?? 0,
        sha256: /^[0-9a-f]{64}$/i.test(document.id) ? document.id.toLowerCase() : "",
        // The extractor names the import and its content, so importing changed results replaces the old ones.
        extractor: `import:${fingerprint}`,
        date: document.date ?? null,
        source: sourceFile,
        sentences: sentences.length,
      },
      sentences,
      entities,
      mentions,
      relations,
    };
  });
  return { rows, unlinkedMentions };
}

// Turns extractions in the `kg extract` JSON contract, made by any tool (an LLM, another NER), into the same write
// rows as `kg ingest`: one document at a time, evidence spans as sentences, mentions inside them linked. Pure.

import { createHash } from "node:crypto";
import { z } from "zod";
import { KgError } from "../../common/errors.js";
import { documentKey, sentenceKey, type DocumentRows } from "../write/document-rows.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../types.js";

const span = { doc: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0) };

/** An id or key: no control characters (an edge line of the API joins keys with U+001F). */
const key = z
  .string()
  .min(1)
  .refine((text) => ![...text].some((c) => c.charCodeAt(0) < 0x20), "must not contain control characters");

/**
 * The extraction contract (ExtractOutput, ingest/commands/extract-command.ts) as `kg import` checks it; unknown fields
 * are allowed and ignored.
 */
export const extractionContract = z.object({
  documents: z.array(
    z.object({
      id: z.string().min(1),
      path: z.string().optional(),
      title: z.string().optional(),
      chars: z.number().optional(),
      date: z.string().optional(),
    }),
  ),
  entities: z.array(
    z.object({
      id: key,
      type: z.enum(ENTITY_TYPES),
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      mentions: z.array(z.object(span)).default([]),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      source: key,
      target: key,
      rule: key.default("import"),
      role: z.string().optional(),
      evidence: z
        .array(z.object({ ...span, text: z.string().min(1) }))
        .min(1, "a relation needs at least one evidence sentence"),
    }),
  ),
});
export type ExtractionContract = z.infer<typeof extractionContract>;

/** Parses and checks one contract object; `where` (file and line) prefixes every error. */
export function parseExtraction(value: unknown, where: string): ExtractionContract {
  const result = extractionContract.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KgError(
      "bad-import",
      `import: ${where}: ${issue?.path.join(".") || "(top level)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const data = result.data;
  const entityIds = new Set(data.entities.map((e) => e.id));
  const documentIds = new Set(data.documents.map((d) => d.id));
  for (const [i, relation] of data.relations.entries()) {
    for (const end of [relation.source, relation.target]) {
      if (!entityIds.has(end))
        throw new KgError("bad-import", `import: ${where}: relations.${i}: entity "${end}" is not among the entities.`);
    }
    for (const evidence of relation.evidence) {
      if (!documentIds.has(evidence.doc))
        throw new KgError(
          "bad-import",
          `import: ${where}: relations.${i}: document "${evidence.doc}" is not among the documents.`,
        );
      if (evidence.end - evidence.start !== evidence.text.length) {
        throw new KgError(
          "bad-import",
          `import: ${where}: relations.${i}: evidence ${evidence.start}-${evidence.end} does not span its text of ${evidence.text.length} characters.`,
        );
      }
    }
  }
  return data;
}

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

// The extraction contract as `kg import` checks it: its shape, the characters and dates of its fields, and that its
// relations name entities and documents it holds. Pure; every error names the file, the line and the field.

import { z } from "zod";
import { KgError } from "../../common/errors.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../types.js";
import { dateField, keyField, lineField, textField } from "./import-fields.js";

const span = { doc: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0) };

/**
 * The extraction contract (ExtractOutput, ingest/commands/extract-command.ts) as `kg import` checks it; unknown fields
 * are allowed and ignored.
 */
export const extractionContract = z.object({
  documents: z.array(
    z.object({
      id: keyField,
      path: lineField.optional(),
      title: lineField.optional(),
      chars: z.number().int().min(0).optional(),
      date: dateField.optional(),
    }),
  ),
  entities: z.array(
    z.object({
      id: keyField,
      type: z.enum(ENTITY_TYPES),
      name: lineField.min(1),
      aliases: z.array(lineField).default([]),
      mentions: z.array(z.object(span)).default([]),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      source: keyField,
      target: keyField,
      rule: keyField.default("import"),
      role: lineField.optional(),
      evidence: z
        .array(z.object({ ...span, text: textField.min(1) }))
        .min(1, "a relation needs at least one evidence sentence"),
    }),
  ),
});
export type ExtractionContract = z.infer<typeof extractionContract>;

const refuse = (where: string, field: string, why: string): KgError =>
  new KgError("bad-import", `import: ${where}: ${field}: ${why}`);

/** Parses and checks one contract object; `where` (file and line) prefixes every error. */
export function parseExtraction(value: unknown, where: string): ExtractionContract {
  const result = extractionContract.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw refuse(where, issue?.path.join(".") || "(top level)", issue?.message ?? "invalid");
  }
  const data = result.data;
  const entityIds = new Map<string, number>();
  for (const [i, entity] of data.entities.entries()) {
    const first = entityIds.get(entity.id);
    // Two rows of one key would each count the document and their mentions again.
    if (first !== undefined)
      throw refuse(
        where,
        `entities.${i}`,
        `"${entity.id}" is given again (first as entities.${first}); give each entity once, with all its aliases and mentions.`,
      );
    entityIds.set(entity.id, i);
  }
  const documentIds = new Set(data.documents.map((d) => d.id));
  for (const [i, relation] of data.relations.entries()) {
    for (const end of [relation.source, relation.target]) {
      if (!entityIds.has(end)) throw refuse(where, `relations.${i}`, `entity "${end}" is not among the entities.`);
    }
    for (const evidence of relation.evidence) {
      if (!documentIds.has(evidence.doc))
        throw refuse(where, `relations.${i}`, `document "${evidence.doc}" is not among the documents.`);
      if (evidence.end - evidence.start !== evidence.text.length)
        throw refuse(
          where,
          `relations.${i}`,
          `evidence ${evidence.start}-${evidence.end} does not span its text of ${evidence.text.length} characters.`,
        );
    }
  }
  return data;
}

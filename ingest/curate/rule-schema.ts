// Curation operations and rule files as zod schemas: one check for the API's request bodies, the command line and
// imported rule files.

import { z } from "zod";
import { CURATION_KINDS, type CurationFile, type CurationOperation } from "../../common/curation.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../../common/domain.js";
import { KgError } from "../../common/errors.js";

const key = z.string().min(1).max(400);
const entityName = z.object({ type: z.enum(ENTITY_TYPES), name: z.string().min(1).max(200) });
const relation = z.object({ source: key, type: z.enum(RELATION_TYPES), target: key });

export const curationOperation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("merge"), entities: z.array(key).min(1).max(100), into: entityName }),
  z.object({ kind: z.literal("rename"), entity: key, into: z.object({ name: z.string().min(1).max(200) }) }),
  z.object({ kind: z.literal("retype"), entity: key, into: z.object({ type: z.enum(ENTITY_TYPES) }) }),
  z.object({ kind: z.literal("split"), entity: key, surface: z.string().min(1).max(200), into: entityName }),
  z.object({ kind: z.literal("exclude"), entity: key, surface: z.string().min(1).max(200).optional() }),
  z.object({ kind: z.literal("distinct"), entities: z.tuple([key, key]) }),
  z.object({ kind: z.literal("reject"), relation }),
  z.object({
    kind: z.literal("retype-relation"),
    relation,
    type: z.enum(RELATION_TYPES),
    reverse: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal("relate"),
    relation,
    evidence: z.object({ document: z.string().min(1).max(64), start: z.number().int(), end: z.number().int() }),
  }),
]);

/** An operation as a request asks for it: rename gives a name only, retype a type only (the rest is the entity's). */
export type RequestedOperation = z.infer<typeof curationOperation>;

const provenance = z.object({
  id: z.string().regex(/^[0-9a-z-]{1,40}$/, "expected a rule id of letters, digits and dashes"),
  created: z.iso.datetime(),
  by: z.string().min(1).max(100),
  note: z.string().max(2000).optional(),
});

const storedOperation = z.discriminatedUnion("kind", [
  curationOperation.options[0],
  z.object({ kind: z.literal("rename"), entity: key, into: entityName }),
  z.object({ kind: z.literal("retype"), entity: key, into: entityName }),
  ...curationOperation.options.slice(3),
]);

/** A rule file as `kg curate export` writes it. */
export const curationFile = z.object({
  kgCuration: z.literal(1),
  rules: z.array(z.intersection(storedOperation, provenance)).max(100_000),
});

/** A rule file checked whole before anything is stored; the error names the file and the first wrong place. */
export function parseCurationFile(value: unknown, where: string): CurationFile {
  const parsed = curationFile.safeParse(value);
  if (parsed.success) return parsed.data as CurationFile;
  const issue = parsed.error.issues[0];
  const at = issue?.path.join(".") || "(top)";
  throw new KgError(
    "curation-file",
    `curation: ${where}: ${at}: ${issue?.message ?? "not a curation file"}; a file written by \`kg curate export\` is expected.`,
  );
}

/** The kinds, for messages. */
export const KIND_LIST = CURATION_KINDS.join(", ");

/** A requested operation in the stored shape: rename and retype carry a full name, filled in from the entity later. */
export function storedShape(operation: RequestedOperation): CurationOperation {
  if (operation.kind === "rename") return { ...operation, into: { type: "Organization", name: operation.into.name } };
  if (operation.kind === "retype") return { ...operation, into: { type: operation.into.type, name: "" } };
  return operation;
}

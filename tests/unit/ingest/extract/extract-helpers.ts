// Test helpers: extract a small inline document and read its entities and relations by type.

import { extractDocument } from "../../../../ingest/extract/index.js";
import type { EntityType, Extraction, RelationType } from "../../../../ingest/types.js";

/** Extracts an inline text as a document. */
export function extract(text: string): Extraction {
  return extractDocument({ path: "inline.txt", text, sha256: "inline" });
}

/** Canonical names of the entities of one type, sorted. */
export function names(extraction: Extraction, type: EntityType): string[] {
  return extraction.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

/** Every surface form of the entities of one type, sorted. */
export function surfaces(extraction: Extraction, type: EntityType): string[] {
  return [
    ...new Set(extraction.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.surface))),
  ].sort();
}

/** Relations of one type as "source -> target" with entity names (symmetric ones with the names in sorted order). */
export function relations(extraction: Extraction, type: RelationType): string[] {
  const name = (id: string) => extraction.entities.find((e) => e.id === id)?.name ?? id;
  const symmetric = type === "COLLABORATES_WITH" || type === "CO_OCCURS";
  return extraction.relations
    .filter((r) => r.type === type)
    .map((r) => (symmetric ? [name(r.source), name(r.target)].sort() : [name(r.source), name(r.target)]).join(" -> "))
    .sort();
}

/** A document opening that names its city, as a report's title does. */
export const LIAOYUAN_TITLE = "政协辽源市第八届委员会常务委员会工作报告\n";

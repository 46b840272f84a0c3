// Types of the ingest pipeline: documents, sentences, extracted entities and relations, and the rows written to Neo4j.

export { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../common/domain.js";
import type { EntityType, RelationType } from "../common/domain.js";

/** A decoded document, before extraction. */
export interface SourceDocument {
  path: string;
  /** The decoded text; every offset elsewhere is a UTF-16 index into it. */
  text: string;
  /** sha256 (hex) of the raw bytes: the document's stable key. */
  sha256: string;
}

/** A sentence of a document: `text === document.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** One occurrence of an entity: `document.text.slice(start, end) === surface`. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

export interface ExtractedEntity {
  /** Stable id from type and canonical name, e.g. `Organization:辽源市政协`. */
  id: string;
  type: EntityType;
  name: string;
  /** Every surface form seen, the canonical name included. */
  aliases: string[];
  mentions: Mention[];
}

/** A sentence that supports a relation. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface ExtractedRelation {
  type: RelationType;
  /** Entity ids. */
  source: string;
  target: string;
  /** Name of the rule that produced it (`co-occurrence` for CO_OCCURS). */
  rule: string;
  role?: string;
  evidence: Evidence[];
}

/** What extraction makes of one document: pure data, no database. */
export interface Extraction {
  title: string;
  /** The document's date: YYYY-MM-DD of its delivery or signature, or YYYY when the text gives only the year (its session). */
  date?: string;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** Text in, entities and relations out; must be deterministic. */
export type Extractor = (document: SourceDocument) => Extraction;

// Types shared inside the extraction engine: the context of a document and a sentence, and candidate mentions.

import type { EntityType, Sentence } from "../types.js";
import type { Token } from "./jieba-tagger.js";

/** What a document says about itself: title, date, its own city and province, the body that reports. */
export interface DocumentContext {
  title: string;
  date?: string;
  /** The document's own city, full name (辽源市), when the title or opening names one. */
  city?: string;
  /** The document's own province, full name (吉林省). */
  province?: string;
  /** The document's own county or district, full name. */
  county?: string;
}

/** A sentence and its normalized text (same length as the original): what relation rules read. */
export interface SentenceText {
  sentence: Sentence;
  text: string;
}

/** A sentence ready for the extractors: normalized text (same length as the original) and its jieba tokens. */
export interface SentenceContext {
  sentence: Sentence;
  /** `normalizeText(sentence.text)`; offsets equal the original's. */
  text: string;
  /** Tokens with offsets relative to the sentence. */
  tokens: Token[];
  /** For each character offset, the index of the token covering it. */
  tokenAt: Int32Array;
  document: DocumentContext;
}

/** A mention proposed by an extractor; offsets are relative to the sentence. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Name of the rule that proposed it. */
  rule: string;
  /** Higher wins when two candidates overlap without nesting. */
  priority: number;
  /** The canonical name when the extractor knows it (a lexicon's full name). */
  canonical?: string;
}

/** An extractor of one entity type: a sentence in, candidate mentions out. */
export interface MentionExtractor {
  type: EntityType;
  extract(sentence: SentenceContext): Candidate[];
}

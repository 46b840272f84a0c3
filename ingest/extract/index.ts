// The extraction engine's entry point: a document's text in, its sentences, entities and relations out.

import type { Extraction, SourceDocument } from "../types.js";
import { buildCoOccurrences } from "./co-occurrences.js";
import { extractMentions } from "./extract-mentions.js";
import { splitSentences } from "./sentences.js";

/** Version of the extraction rules; stored on each Document so a changed extractor can re-extract. */
export const EXTRACTOR_VERSION = "skeleton-1";

/** Extracts entities and relations from one document. Pure and deterministic. */
export function extractDocument(document: SourceDocument): Extraction {
  const sentences = splitSentences(document.text);
  const entities = extractMentions(sentences);
  const title = sentences[0]?.text.slice(0, 120) ?? document.path;
  return { title, sentences, entities, relations: buildCoOccurrences(entities, sentences) };
}

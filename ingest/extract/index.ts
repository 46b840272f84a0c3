// The extraction engine's entry point: a document's text in, its sentences, entities and relations out.

import type { Extraction, SourceDocument } from "../types.js";
import { readDocumentContext } from "./document-context.js";
import type { Candidate, SentenceText } from "./extraction-types.js";
import { MENTION_EXTRACTORS } from "./mentions/extractors.js";
import { selectMentions } from "./mentions/select-mentions.js";
import { buildRelations } from "./relate/build-relations.js";
import { resolveEntities } from "./resolve/resolve-entities.js";
import { createSentenceContexts } from "./sentence-context.js";
import { splitSentences } from "./sentences.js";

/** Version of the extraction rules; stored on each Document so a changed extractor can re-extract. */
export const EXTRACTOR_VERSION = "rules-5";

/** Lines that are page furniture, not content: "(上接第一版)", "(下转第二版)". */
const LAYOUT_LINE = /^[(（]?\s*[上下](?:接|转)第?[一二三四五六七八九十\d]+版\s*[)）]?$/u;

/** Sentences tagged together before extraction: large enough to keep jieba's data hot, small enough for flat memory. */
const TAGGING_BATCH = 256;

/** Extracts entities and relations from one document. Pure and deterministic. */
export function extractDocument(document: SourceDocument): Extraction {
  const sentences = splitSentences(document.text);
  const context = readDocumentContext(document.text, document.path);
  const chosen: Array<{ candidate: Candidate; sentence: number; surface: string }> = [];
  // Tokens are dropped once a sentence is extracted: relation rules read only its text, which keeps memory flat.
  const contexts: SentenceText[] = [];
  // Sentences are tagged a batch at a time before they are extracted: jieba's dictionary stays in the processor's
  // cache while it tags, instead of being evicted by the extractors after every sentence.
  for (let from = 0; from < sentences.length; from += TAGGING_BATCH) {
    const batch = createSentenceContexts(sentences.slice(from, from + TAGGING_BATCH), context);
    for (const sentenceContext of batch) {
      const { sentence } = sentenceContext;
      contexts.push({ sentence, text: sentenceContext.text });
      if (LAYOUT_LINE.test(sentence.text)) continue;
      const candidates: Candidate[] = [];
      for (const extractor of MENTION_EXTRACTORS)
        for (const candidate of extractor.extract(sentenceContext)) candidates.push(candidate);
      for (const candidate of selectMentions(candidates)) {
        const start = sentence.start + candidate.start;
        const end = sentence.start + candidate.end;
        candidate.start = start;
        candidate.end = end;
        chosen.push({ candidate, sentence: sentence.index, surface: document.text.slice(start, end) });
      }
    }
  }
  const { entities, mentions } = resolveEntities(chosen, context);
  const relations = buildRelations({ document: context, sentences: contexts, entities, mentions });
  const extraction: Extraction = { title: context.title || document.path, sentences, entities, relations };
  if (context.date) extraction.date = context.date;
  return extraction;
}

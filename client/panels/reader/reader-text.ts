// The reader's text, pure: sentences into paragraphs, a sentence into plain text and entity mentions, and which
// sentences the next page earlier or later should ask for.

import type { DocumentSentence, EntityType } from "../../../common/api.js";
import { highlightSegments } from "../evidence-text.js";

/** A piece of a sentence: plain text, or a mention of an entity (its key, type and name). */
export interface ReaderSegment {
  text: string;
  mention?: { entity: string; type: EntityType; name: string };
}

/**
 * Consecutive sentences into paragraphs. Sentences are stored trimmed, with document offsets: text between two of
 * them (a gap in the offsets) is whitespace, and in these reports whitespace between sentences is a line break.
 */
export function paragraphsOf(sentences: readonly DocumentSentence[]): DocumentSentence[][] {
  const paragraphs: DocumentSentence[][] = [];
  let previous: DocumentSentence | undefined;
  for (const sentence of sentences) {
    const last = paragraphs.at(-1);
    if (last && previous && sentence.start === previous.end && sentence.index === previous.index + 1)
      last.push(sentence);
    else paragraphs.push([sentence]);
    previous = sentence;
  }
  return paragraphs;
}

/** A sentence as plain pieces and mentions, overlapping mentions merged into the earlier (evidence-text.ts). */
export function sentenceSegments(sentence: DocumentSentence): ReaderSegment[] {
  const byEntity = new Map(sentence.mentions.map((m) => [m.entity, m]));
  return highlightSegments(sentence, sentence.mentions).map(({ text, entity }) => {
    const m = entity === undefined ? undefined : byEntity.get(entity);
    return m ? { text, mention: { entity: m.entity, type: m.type, name: m.name } } : { text };
  });
}

/** The sentences a page should hold: from index `from`, `limit` of them. */
export interface SentenceRange {
  from: number;
  limit: number;
}

/** The page before the loaded sentences `first`..: up to `pageSize` ending just before `first`; null at the start. */
export function earlierRange(first: number, pageSize: number): SentenceRange | null {
  if (first <= 0) return null;
  const from = Math.max(0, first - pageSize);
  return { from, limit: first - from };
}

/** The page after the loaded sentences ..`last`, of a document of `total`; null at its end. */
export function laterRange(last: number, total: number, pageSize: number): SentenceRange | null {
  if (last >= total - 1) return null;
  return { from: last + 1, limit: Math.min(pageSize, total - 1 - last) };
}

// One document as the reader shows it: its metadata, and its sentences a page at a time with the mentions in them.

import neo4j from "neo4j-driver";
import { cypher } from "../../neo4j/cypher-files.js";
import type { GraphTarget } from "../../neo4j/graph-database.js";
import type { DocumentSentencesPage, DocumentSummary } from "../../common/api.js";
import { read } from "./read.js";

/** Where a page of sentences starts: at an index, or around a sentence (which then sits a third of the way down). */
export type SentencesAnchor = { from: number } | { around: string };

/** A page of sentences, or why there is none: no such document, or no such sentence in it. */
export type SentencesResult = DocumentSentencesPage | "no-document" | "no-sentence";

/** A document's metadata; null when the graph holds no document of that key. */
export async function documentMetadata(db: GraphTarget, key: string): Promise<DocumentSummary | null> {
  const [row] = await read<{ document: DocumentSummary }>(db, cypher("document-metadata"), { key });
  return row?.document ?? null;
}

/** Up to `limit` consecutive sentences of a document with their mentions, from an index or around a sentence. */
export async function documentSentences(
  db: GraphTarget,
  key: string,
  anchor: SentencesAnchor,
  limit: number,
): Promise<SentencesResult> {
  const around = "around" in anchor ? anchor.around : null;
  const [row] = await read<{
    total: number;
    anchor: number | null;
    from: number;
    sentences: DocumentSentencesPage["items"];
  }>(db, cypher("document-sentences"), {
    key,
    around,
    from: neo4j.int("from" in anchor ? anchor.from : 0),
    // A third of the page before the sentence: the reader reads on more often than back.
    before: neo4j.int(Math.floor(limit / 3)),
    limit: neo4j.int(limit),
  });
  if (!row) return "no-document";
  if (around !== null && row.anchor === null) return "no-sentence";
  return { document: key, total: row.total, from: row.from, around, items: row.sentences };
}

// Types of the relation rules: what a rule sees of a document and one sentence, and what it proposes.

import type { ExtractedEntity, RelationType, Sentence } from "../../types.js";
import type { DocumentContext, SentenceText } from "../extraction-types.js";
import type { ResolvedMention } from "../resolve/resolve-entities.js";

/** Everything relation building reads. */
export interface RelationInput {
  document: DocumentContext;
  sentences: readonly SentenceText[];
  entities: readonly ExtractedEntity[];
  mentions: readonly ResolvedMention[];
}

/** A mention as a relation rule sees it: offsets relative to its sentence. */
export interface LocalMention extends ResolvedMention {
  localStart: number;
  localEnd: number;
}

/** One sentence, its mentions, and the body the report speaks for at that point (its implicit subject). */
export interface SentenceFacts {
  context: SentenceText;
  mentions: readonly LocalMention[];
  /** Entity id of the implicit subject, when the document has one here. */
  subject?: string;
  /** Entity id of the theme named by the short lead sentence of this paragraph (助力文化建设。), if any. */
  leadTopic?: string;
  entities: ReadonlyMap<string, ExtractedEntity>;
}

/** A relation proposed by a rule in one sentence. */
export interface ProposedRelation {
  type: RelationType;
  source: string;
  target: string;
  rule: string;
  role?: string;
  sentence: Sentence;
}

/** A rule that reads one sentence and proposes typed relations. */
export interface RelationRule {
  name: string;
  apply(facts: SentenceFacts): ProposedRelation[];
}

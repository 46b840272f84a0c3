// Builds a document's relations: name relations, sentence rules with the report's implicit subject, then CO_OCCURS.

import type { ExtractedEntity, ExtractedRelation } from "../../types.js";
import type { SentenceText } from "../extraction-types.js";
import { compare } from "../resolve/resolve-entities.js";
import { buildCoOccurrences } from "./co-occurrences.js";
import { nameRelations } from "./name-relations.js";
import { RELATION_RULES } from "./relation-rules.js";
import type { LocalMention, ProposedRelation, RelationInput, SentenceFacts } from "./relation-types.js";
import { createSubjectTracker } from "./report-subject.js";

/** Every typed relation the rules find, merged per (type, source, target, role), then CO_OCCURS for the other pairs. */
export function buildRelations(input: RelationInput): ExtractedRelation[] {
  const entities = new Map<string, ExtractedEntity>(input.entities.map((e) => [e.id, e]));
  const plainSentences = input.sentences.map((s) => s.sentence);
  const proposed: ProposedRelation[] = nameRelations(input.entities, plainSentences, input.document);
  const parents = new Map(proposed.filter((r) => r.type === "PART_OF").map((r) => [r.source, r.target]));
  // Mention lists by sentence number: an array, since sentence numbers are dense (a map costs a hash per look-up).
  const bySentence: Array<LocalMention[] | undefined> = [];
  for (const mention of input.mentions) {
    const sentence = input.sentences[mention.sentence]?.sentence;
    if (!sentence) continue;
    let list = bySentence[mention.sentence];
    if (list === undefined) {
      list = [];
      bySentence[mention.sentence] = list;
    }
    // Object spread is slow in the hot path here; the fields are copied one by one.
    const { start, end, surface, type, entity, rule } = mention;
    list.push({
      start,
      end,
      surface,
      sentence: mention.sentence,
      type,
      entity,
      rule,
      localStart: start - sentence.start,
      localEnd: end - sentence.start,
    });
  }
  const tracker = createSubjectTracker(parents, entities);
  let leadTopic: string | undefined;
  let leadAt = -1;
  const first = firstContentIndex(input);
  for (let index = 0; index < input.sentences.length; index++) {
    const context = input.sentences[index] as SentenceText;
    const mentions = bySentence[index] ?? NO_MENTIONS;
    const subject = tracker.next(context.text, mentions, index === first);
    // A lead theme holds for the next two sentences of its paragraph, until another short lead sentence.
    // (A paragraph ends at a line break: the sentences of one line follow each other with nothing between.)
    const sameParagraph = input.sentences[index - 1]?.sentence.end === context.sentence.start;
    if (!sameParagraph || isLeadSentence(context.text) || index - leadAt > 2) leadTopic = undefined;
    const lead = leadTopicOf(context.text, mentions);
    if (lead) leadAt = index;
    if (mentions.length === 0) continue;
    const facts: SentenceFacts = { context, mentions, entities };
    if (subject) facts.subject = subject;
    if (leadTopic) facts.leadTopic = leadTopic;
    if (lead) leadTopic = lead;
    // A loop, not push(...): spreading copies each rule's array onto the stack first.
    for (const rule of RELATION_RULES) for (const relation of rule.apply(facts)) proposed.push(relation);
  }
  const typed = mergeRelations(proposed, entities);
  const relations = typed.slice();
  for (const relation of buildCoOccurrences(input.entities, plainSentences, typed)) relations.push(relation);
  return relations;
}

/** The mention list of a sentence without mentions, shared rather than made anew for each. */
const NO_MENTIONS: readonly LocalMention[] = [];

/** A short sentence without a comma that opens a part of a paragraph (增进团结交流。助力文化建设。). */
function isLeadSentence(text: string): boolean {
  return text.length <= 12 && !/[，,、]/u.test(text);
}

/** The theme of a short lead sentence made of a cue and one topic (助力文化建设。加强文史资料整理。), if it is one. */
function leadTopicOf(text: string, mentions: readonly LocalMention[]): string | undefined {
  if (!isLeadSentence(text) || mentions.length !== 1 || mentions[0]?.type !== "Topic") return undefined;
  return /^[\u4e00-\u9fff]{0,4}$/u.test(text.slice(0, mentions[0].localStart)) &&
    /^[。！；]?$/u.test(text.slice(mentions[0].localEnd))
    ? mentions[0].entity
    : undefined;
}

function firstContentIndex(input: RelationInput): number {
  return input.sentences.findIndex((s) => /[\u4e00-\u9fff]/u.test(s.text));
}

/**
 * One relation per type, endpoints (unordered for COLLABORATES_WITH) and role, with every supporting sentence once.
 * Relations of an entity with itself, or with an entity that is not in the document, are left out.
 */
function mergeRelations(
  proposed: readonly ProposedRelation[],
  entities: ReadonlyMap<string, ExtractedEntity>,
): ExtractedRelation[] {
  const merged = new Map<string, ExtractedRelation>();
  const seen = new Set<string>();
  for (const p of proposed) {
    if (p.source === p.target || !entities.has(p.source) || !entities.has(p.target)) continue;
    const swap = p.type === "COLLABORATES_WITH" && compare(p.target, p.source) < 0;
    const source = swap ? p.target : p.source;
    const target = swap ? p.source : p.target;
    const key = `${p.type}\u0000${source}\u0000${target}\u0000${p.role ?? ""}`;
    let relation = merged.get(key);
    if (!relation) {
      relation = { type: p.type, source, target, rule: p.rule, evidence: [] };
      if (p.role) relation.role = p.role;
      merged.set(key, relation);
    }
    const evidenceKey = `${key}\u0000${p.sentence.index}`;
    if (!seen.has(evidenceKey)) {
      seen.add(evidenceKey);
      relation.evidence.push({
        sentence: p.sentence.index,
        start: p.sentence.start,
        end: p.sentence.end,
        text: p.sentence.text,
      });
    }
  }
  const relations = [...merged.values()];
  for (const relation of relations) relation.evidence.sort((a, b) => a.sentence - b.sentence);
  return relations.sort(
    (a, b) =>
      compare(a.type, b.type) ||
      compare(a.source, b.source) ||
      compare(a.target, b.target) ||
      compare(a.role ?? "", b.role ?? ""),
  );
}

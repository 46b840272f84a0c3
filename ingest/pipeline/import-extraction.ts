// Turns extractions in the `kg extract` JSON contract, made by any tool (an LLM, another NER), into the same write
// rows as `kg ingest`: one document at a time, evidence spans as sentences, mentions inside them linked. Pure.

import { createHash } from "node:crypto";
import { documentKey, sentenceKey, type DocumentRows } from "../write/document-rows.js";
import { createEnclosingSpanFinder } from "./enclosing-span.js";
import type { ExtractionContract } from "./import-contract.js";

type Relation = ExtractionContract["relations"][number];
type Evidence = Relation["evidence"][number];
type Mention = ExtractionContract["entities"][number]["mentions"][number];

/** What one document of a contract holds, gathered in one pass over the contract. */
interface DocumentPart {
  /** Evidence spans by `start-end`: the document's sentences (the last text given for a span wins). */
  spans: Map<string, Evidence>;
  /** The relations with evidence in the document, in the contract's order, with that evidence. */
  relations: Array<{ relation: Relation; evidence: Evidence[] }>;
  /** Positions in the contract's entities of those mentioned or related in the document. */
  entities: Set<number>;
  /** Ids of the entities that a relation with evidence in the document joins. */
  related: Set<string>;
  /** Mentions in the document by the position of their entity. */
  mentions: Map<number, Mention[]>;
}

/** The graph key of an imported document: a sha256 id is the content hash `kg ingest` uses; others are hashed. */
export function importedDocumentKey(id: string): string {
  return documentKey(
    /^[0-9a-f]{64}$/i.test(id) ? id.toLowerCase() : createHash("sha256").update(`import:${id}`).digest("hex"),
  );
}

const emptyPart = (): DocumentPart => ({
  spans: new Map(),
  relations: [],
  entities: new Set(),
  related: new Set(),
  mentions: new Map(),
});

function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * Groups the contract's relations, evidence, mentions and entities by document in one pass, so that each document's
 * rows cost what it holds, not what the whole contract holds.
 */
function partsByDocument(data: ExtractionContract): Map<string, DocumentPart> {
  const parts = new Map<string, DocumentPart>();
  const part = (doc: string): DocumentPart => {
    let found = parts.get(doc);
    if (!found) parts.set(doc, (found = emptyPart()));
    return found;
  };
  const position = new Map(data.entities.map((entity, i) => [entity.id, i]));
  for (const relation of data.relations) {
    const byDocument = new Map<string, Evidence[]>();
    for (const e of relation.evidence) {
      part(e.doc).spans.set(`${e.start}-${e.end}`, e);
      append(byDocument, e.doc, e);
    }
    for (const [doc, evidence] of byDocument) {
      const { relations, entities, related } = part(doc);
      relations.push({ relation, evidence });
      for (const end of [relation.source, relation.target]) {
        entities.add(position.get(end) as number);
        related.add(end);
      }
    }
  }
  for (const [i, entity] of data.entities.entries()) {
    for (const m of entity.mentions) {
      const { mentions, entities } = part(m.doc);
      entities.add(i);
      append(mentions, i, m);
    }
  }
  return parts;
}

/** One DocumentRows per document of the contract, plus the mentions that no evidence sentence holds (not linked). */
export function importedDocumentRows(
  data: ExtractionContract,
  sourceFile: string,
): { rows: DocumentRows[]; unlinkedMentions: number } {
  let unlinkedMentions = 0;
  const parts = partsByDocument(data);
  const rows = data.documents.map((document): DocumentRows => {
    const key = importedDocumentKey(document.id);
    const part = parts.get(document.id);
    const sentences = [...(part?.spans.values() ?? [])]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((s, index) => ({ key: sentenceKey(key, index), index, ...s }));
    const containing = createEnclosingSpanFinder(sentences);

    const entities: DocumentRows["entities"] = [];
    const mentions: DocumentRows["mentions"] = [];
    // In the contract's order, as the rows' order is part of the import's fingerprint below.
    for (const i of [...(part?.entities ?? [])].sort((a, b) => a - b)) {
      const entity = data.entities[i] as ExtractionContract["entities"][number];
      let count = 0;
      for (const m of part?.mentions.get(i) ?? []) {
        const sentence = containing(m.start, m.end);
        if (!sentence) {
          unlinkedMentions += 1;
          continue;
        }
        mentions.push({
          sentence: sentence.key,
          entity: entity.id,
          start: m.start,
          end: m.end,
          surface: sentence.text.slice(m.start - sentence.start, m.end - sentence.start),
        });
        count += 1;
      }
      if (count > 0 || part?.related.has(entity.id))
        entities.push({
          key: entity.id,
          type: entity.type,
          name: entity.name,
          aliases: entity.aliases.length ? entity.aliases : [entity.name],
          mentions: count,
        });
    }
    const relations = (part?.relations ?? []).map(({ relation: r, evidence }) => {
      const keys = [...new Set(evidence.map((e) => (containing(e.start, e.end) as { key: string }).key))];
      return { type: r.type, source: r.source, target: r.target, rule: r.rule, role: r.role ?? null, sentences: keys };
    });
    const fingerprint = createHash("sha256")
      .update(JSON.stringify({ sentences, entities, mentions, relations }))
      .digest("hex")
      .slice(0, 12);
    return {
      document: {
        key,
        title: document.title ?? document.path ?? document.id,
        path: document.path ?? sourceFile,
        chars: document.chars ?? 0,
        sha256: /^[0-9a-f]{64}$/i.test(document.id) ? document.id.toLowerCase() : "",
        // The extractor names the import and its content, so importing changed results replaces the old ones.
        extractor: `import:${fingerprint}`,
        date: document.date ?? null,
        source: sourceFile,
        sentences: sentences.length,
      },
      sentences,
      entities,
      mentions,
      relations,
    };
  });
  return { rows, unlinkedMentions };
}

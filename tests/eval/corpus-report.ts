// Figures of an unannotated corpus that point at systematic extraction errors, and a seeded sample to read by hand. Pure.

import { seededRandom } from "../../common/seeded-random.js";
import { surnameLength } from "../../ingest/extract/lexicon/surnames.js";
import { ENTITY_TYPES, type Extraction, type SourceDocument } from "../../ingest/types.js";

/** One extracted document of the corpus. */
export interface CorpusDocument {
  source: SourceDocument;
  extraction: Extraction;
}

/** A distinct entity (by id) across the corpus: how often and in how many documents it is mentioned. */
export interface EntityCount {
  name: string;
  mentions: number;
  documents: number;
}

/** Entities of one type: distinct per document (summed) and mentions, each per 10,000 characters. */
export interface TypeDensity {
  type: string;
  entities: number;
  mentions: number;
  entitiesPer10k: number;
  mentionsPer10k: number;
  /** The documents of at least 2,000 characters where the type is densest (distinct entities per 10,000 characters). */
  densest: Array<{ path: string; per10k: number }>;
}

/** What the corpus report prints. */
export interface CorpusStats {
  documents: number;
  chars: number;
  density: TypeDensity[];
  persons: number;
  /** Persons whose first character is no known surname, most mentioned first. */
  personsWithoutSurname: EntityCount[];
  organizations: number;
  /** The most mentioned organizations. */
  topOrganizations: EntityCount[];
  collaboration: {
    total: number;
    /** Counts by the types of the two ends ("Organization–Place"), most first. */
    byEnds: Array<{ ends: string; count: number }>;
    betweenOrganizations: number;
    withPlace: number;
    /** Relations whose rule says an end is the report's inferred author (its name holds "author", "report-subject" or "implicit"). */
    withAuthor: number;
    byRule: Array<{ rule: string; count: number }>;
  };
  undated: string[];
  salutationTitles: Array<{ path: string; title: string }>;
}

/** How many organizations the report lists. */
export const TOP_ORGANIZATIONS = 40;
const DENSEST = 3;
const DENSEST_MIN_CHARS = 2000;
const AUTHOR_RULE = /author|report-subject|implicit/iu;
/** A title that is the speech's salutation (各位代表：, 同志们：) rather than the report's title line. */
const SALUTATION =
  /^(?:各位|尊敬的|亲爱的|同志们|代表们|委员们|女士们|先生们|朋友们)[^。！？]{0,24}$|^[^。！？]{1,24}[：:]$/u;

const per10k = (n: number, chars: number) => (chars ? (n * 10000) / chars : 0);
/** Counts, most first (then by key, so the order is stable). */
const ranked = (counts: ReadonlyMap<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** True when a document's title looks like a salutation, not a title. */
export function isSalutation(title: string): boolean {
  return SALUTATION.test(title.trim());
}

function countEntities(docs: readonly CorpusDocument[], type: string): Map<string, EntityCount> {
  const counts = new Map<string, EntityCount>();
  for (const { extraction } of docs) {
    for (const e of extraction.entities) {
      if (e.type !== type) continue;
      const c = counts.get(e.id) ?? { name: e.name, mentions: 0, documents: 0 };
      c.mentions += e.mentions.length;
      c.documents += 1;
      counts.set(e.id, c);
    }
  }
  return counts;
}

const mostMentioned = (a: EntityCount, b: EntityCount) =>
  b.mentions - a.mentions || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function density(docs: readonly CorpusDocument[], chars: number): TypeDensity[] {
  return ENTITY_TYPES.map((type) => {
    let entities = 0;
    let mentions = 0;
    const perDocument: Array<{ path: string; per10k: number }> = [];
    for (const { source, extraction } of docs) {
      const own = extraction.entities.filter((e) => e.type === type);
      entities += own.length;
      mentions += own.reduce((n, e) => n + e.mentions.length, 0);
      if (source.text.length >= DENSEST_MIN_CHARS)
        perDocument.push({ path: source.path, per10k: per10k(own.length, source.text.length) });
    }
    const densest = perDocument.sort((a, b) => b.per10k - a.per10k || (a.path < b.path ? -1 : 1)).slice(0, DENSEST);
    return {
      type,
      entities,
      mentions,
      entitiesPer10k: per10k(entities, chars),
      mentionsPer10k: per10k(mentions, chars),
      densest,
    };
  });
}

function collaboration(docs: readonly CorpusDocument[]): CorpusStats["collaboration"] {
  const ends = new Map<string, number>();
  const rules = new Map<string, number>();
  let total = 0;
  let betweenOrganizations = 0;
  let withPlace = 0;
  let withAuthor = 0;
  for (const { extraction } of docs) {
    const typeOf = new Map(extraction.entities.map((e) => [e.id, e.type as string]));
    for (const r of extraction.relations) {
      if (r.type !== "COLLABORATES_WITH") continue;
      total++;
      const pair = [typeOf.get(r.source) ?? "?", typeOf.get(r.target) ?? "?"].sort();
      const key = pair.join("–");
      ends.set(key, (ends.get(key) ?? 0) + 1);
      rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
      if (pair[0] === "Organization" && pair[1] === "Organization") betweenOrganizations++;
      if (pair.includes("Place")) withPlace++;
      if (AUTHOR_RULE.test(r.rule)) withAuthor++;
    }
  }
  return {
    total,
    byEnds: ranked(ends).map(([key, count]) => ({ ends: key, count })),
    betweenOrganizations,
    withPlace,
    withAuthor,
    byRule: ranked(rules).map(([rule, count]) => ({ rule, count })),
  };
}

/** Every figure of the corpus report, from the documents' extractions. */
export function corpusStats(docs: readonly CorpusDocument[]): CorpusStats {
  const chars = docs.reduce((n, d) => n + d.source.text.length, 0);
  const persons = [...countEntities(docs, "Person").values()];
  const organizations = [...countEntities(docs, "Organization").values()];
  return {
    documents: docs.length,
    chars,
    density: density(docs, chars),
    persons: persons.length,
    personsWithoutSurname: persons.filter((p) => surnameLength(p.name) === 0).sort(mostMentioned),
    organizations: organizations.length,
    topOrganizations: organizations.sort(mostMentioned).slice(0, TOP_ORGANIZATIONS),
    collaboration: collaboration(docs),
    undated: docs.filter((d) => !d.extraction.date).map((d) => d.source.path),
    salutationTitles: docs
      .filter((d) => isSalutation(d.extraction.title))
      .map((d) => ({ path: d.source.path, title: d.extraction.title })),
  };
}

/** One sampled entity with one of its mentions in context (the mention between 【】). */
export interface SampledEntity {
  name: string;
  path: string;
  context: string;
}

/** Characters of context on each side of a sampled mention. */
const CONTEXT_CHARS = 24;

/**
 * A reproducible random sample of `n` distinct entities of `type` (all of them when there are fewer), each with one
 * mention in context, both drawn by a generator seeded with `seed`: the same extraction and seed give the same sample.
 */
export function sampleEntities(
  docs: readonly CorpusDocument[],
  type: string,
  n: number,
  seed: number,
): SampledEntity[] {
  const byId = new Map<
    string,
    { name: string; mentions: Array<{ doc: CorpusDocument; start: number; end: number }> }
  >();
  for (const doc of docs) {
    for (const e of doc.extraction.entities) {
      if (e.type !== type) continue;
      const entry = byId.get(e.id) ?? { name: e.name, mentions: [] };
      for (const m of e.mentions) entry.mentions.push({ doc, start: m.start, end: m.end });
      byId.set(e.id, entry);
    }
  }
  const ids = [...byId.keys()].sort();
  const random = seededRandom(seed);
  const picked: SampledEntity[] = [];
  for (let i = 0; i < Math.min(n, ids.length); i++) {
    const j = i + Math.floor(random() * (ids.length - i));
    [ids[i], ids[j]] = [ids[j] ?? "", ids[i] ?? ""];
    const entry = byId.get(ids[i] ?? "");
    const mention = entry?.mentions[Math.floor(random() * entry.mentions.length)];
    if (!entry || !mention) continue;
    const text = mention.doc.source.text;
    const flat = (s: string) => s.replace(/\s+/gu, " ");
    const context = `${flat(text.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start))}【${text.slice(mention.start, mention.end)}】${flat(text.slice(mention.end, mention.end + CONTEXT_CHARS))}`;
    picked.push({ name: entry.name, path: mention.doc.source.path, context });
  }
  return picked;
}

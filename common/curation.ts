// Curation rules, the researcher's corrections to the extracted graph: their shapes, shared by ingest, server and client.

import type { EntityType, RelationType } from "./domain.js";

/** An entity as a rule names its result: the type and canonical name (its key is `entityKey(type, name)`). */
export interface EntityName {
  type: EntityType;
  name: string;
}

/** A relation as a rule names it: entity keys and the relation type, as the graph held it when the rule was made. */
export interface RelationRef {
  source: string;
  type: RelationType;
  target: string;
}

/** A span of a stored document (UTF-16 offsets into its text), the sentence that states a hand-made relation. */
export interface EvidenceSpan {
  document: string;
  start: number;
  end: number;
}

/**
 * What a rule does. Entities are named by key. Rename and retype are merges of one entity into a new name or type:
 * the result's key is derived from its type and name like every extracted key, so renaming 金点子活动 to 金点子征集活动
 * joins the entity that already has that name.
 */
export type CurationOperation =
  | { kind: "merge"; entities: string[]; into: EntityName }
  | { kind: "rename"; entity: string; into: EntityName }
  | { kind: "retype"; entity: string; into: EntityName }
  | { kind: "split"; entity: string; surface: string; into: EntityName }
  | { kind: "exclude"; entity: string; surface?: string }
  | { kind: "distinct"; entities: [string, string] }
  | { kind: "reject"; relation: RelationRef }
  | { kind: "retype-relation"; relation: RelationRef; type: RelationType; reverse: boolean }
  | { kind: "relate"; relation: RelationRef; evidence: EvidenceSpan };

export type CurationKind = CurationOperation["kind"];

export const CURATION_KINDS = [
  "merge",
  "rename",
  "retype",
  "split",
  "exclude",
  "distinct",
  "reject",
  "retype-relation",
  "relate",
] as const satisfies readonly CurationKind[];

/** Who made a rule, when, and why. */
export interface RuleProvenance {
  /** ISO 8601 time the rule was made. */
  created: string;
  /** The label of the token (or the command-line user) that made it. */
  by: string;
  note?: string;
}

/** A stored rule: an operation, its provenance and its id; rules apply in the order they were made. */
export type CurationRule = CurationOperation & RuleProvenance & { id: string };

/** A stored rule with what it does to the graph today: the documents it changes (0 = it matches nothing now). */
export type CurationRuleStatus = CurationRule & { documents: number };

/** The JSON file `kg curate export` writes and `kg curate import` reads. */
export interface CurationFile {
  kgCuration: 1;
  rules: CurationRule[];
}

/** Why two entities look like one (see ingest/curate/duplicate-suggestions.ts). */
export type SuggestionReason =
  | "contained"
  | "subsequence"
  | "same-stem"
  | "city-abbreviation"
  | "traditional"
  | "honorific"
  | "shared-alias"
  | "neighbourhood";

/** A likely duplicate: `merge` looks like `keep`, the suggested canonical entity; accept = merge, reject = distinct. */
export interface DuplicateSuggestion {
  keep: string;
  merge: string;
  type: EntityType;
  /** 0–1, higher is likelier. */
  score: number;
  reasons: Array<{ reason: SuggestionReason; detail: string }>;
}

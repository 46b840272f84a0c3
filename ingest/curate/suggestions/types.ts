// Types of the duplicate suggestions: the entities they read, the reasons they give, and what each finder reports.

import type { DuplicateSuggestion, SuggestionReason } from "../../../common/curation.js";
import type { EntityType } from "../../../common/domain.js";

export type { DuplicateSuggestion, SuggestionReason };

/** An entity as the suggestions read it: its key, names, weight and the keys of the entities linked to it. */
export interface SuggestionEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  mentions: number;
  neighbours: readonly string[];
}

/** Options of `suggestDuplicates`. */
export interface SuggestionOptions {
  /** Pairs of keys (either order) a researcher marked as distinct: never suggested. */
  distinct?: ReadonlyArray<readonly [string, string]>;
  /** How many suggestions to return at most (default `DEFAULT_SUGGESTION_LIMIT`). */
  limit?: number;
}

/**
 * One reason found for one pair. `keep` names the entity this reason says is canonical, with `priority` saying how
 * sure it is (a person's real name over an honorific beats the longer of two names); absent, mentions decide.
 */
export interface Finding {
  a: SuggestionEntity;
  b: SuggestionEntity;
  reason: SuggestionReason;
  detail: string;
  score: number;
  keep?: { key: string; priority: number };
}

/** The entities of one type, indexed once for every finder. */
export interface TypeIndex {
  type: EntityType;
  entities: readonly SuggestionEntity[];
  /** Entity by its name (the first in input order when two share one). */
  byName: ReadonlyMap<string, SuggestionEntity>;
}

/** A finder reads the entities of one type and reports the reasons it sees; it does its own blocking. */
export type Finder = (index: TypeIndex) => Finding[];

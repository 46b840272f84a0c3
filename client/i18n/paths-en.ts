// The English text of the path search's traversal switch, its steps and its hints, and of inferred evidence ends.

import type { PathsMessageKey } from "./paths-zh.js";

export const EN_PATHS_MESSAGES: Record<PathsMessageKey, string> = {
  "paths.cooccurrence": "Admit co-occurrence",
  "paths.cooccurrenceHint":
    "Paths follow stated relations by default; co-occurrence joins nearly everything named in one sentence",
  "paths.filtered": "Only through the entity and relation types shown in the view",
  "paths.noneHelp": "Try:",
  "paths.hint.cooccurrence": "tick “Admit co-occurrence”",
  "paths.hint.types": "show the hidden entity types in the filters",
  "paths.hint.relations": "show the hidden relation types in the filters",
  "paths.hint.hops": "raise the maximum hops",
  "paths.stepsOf": "Steps of path {index}",
  "evidence.inferred": "Subject inferred: {name} (the report's author)",
  "evidence.inferredHint": "This sentence does not name {name}: the extraction took the report's author as the subject",
};

// Curation for the API: the ingest layer's rule changes over the server's database, answered in the wire contract.

import type {
  CurationChangeResponse,
  CurationImportResponse,
  CurationRulesResponse,
  CurationSuggestionsResponse,
} from "../common/api.js";
import type { CurationFile, CurationOperation } from "../common/curation.js";
import { KgError } from "../common/errors.js";
import type { GraphTarget } from "../neo4j/graph-database.js";
import {
  exportRules,
  importRules,
  listRules,
  makeRule,
  undoRule,
  type CurationChange,
  type Maker,
} from "../ingest/curate/curation.js";
import { describeRule } from "../ingest/curate/describe-rule.js";
import { readSuggestions } from "../ingest/curate/suggestions.js";
import { HttpError } from "./http/errors.js";

export interface CurationService {
  make(operation: CurationOperation, maker: Maker): Promise<CurationChangeResponse>;
  undo(id: string): Promise<CurationChangeResponse>;
  rules(): Promise<CurationRulesResponse>;
  suggestions(limit: number): Promise<CurationSuggestionsResponse>;
  exportRules(): Promise<CurationFile>;
  importRules(file: CurationFile): Promise<CurationImportResponse>;
}

/** The status each kind of curation error is answered with. */
const STATUS: Record<string, number> = {
  "curation-invalid": 400,
  "curation-file": 400,
  "curation-no-rule": 404,
  "curation-needs-reingest": 409,
};

/** A curation error as the API answers it (the message already says what to do); anything else as it is. */
async function answered<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const status = error instanceof KgError ? STATUS[error.code] : undefined;
    if (status !== undefined) throw new HttpError(status, (error as KgError).code, (error as KgError).message);
    throw error;
  }
}

const changeResponse = ({ rule, documents, touched }: CurationChange): CurationChangeResponse => ({
  rule,
  description: describeRule(rule),
  documents,
  touched,
});

/** The curation service over a database. */
export function createCurationService(db: GraphTarget): CurationService {
  return {
    make: async (operation, maker) => changeResponse(await answered(makeRule(db, operation, maker))),
    undo: async (id) => changeResponse(await answered(undoRule(db, id))),
    rules: async () => ({
      rules: (await listRules(db)).map((rule) => ({ ...rule, description: describeRule(rule) })),
    }),
    suggestions: async (limit) => ({ suggestions: await readSuggestions(db, { limit }) }),
    exportRules: () => exportRules(db),
    importRules: (file) => answered(importRules(db, file)),
  };
}

// The explorer's calls to the curation API: checking a token, the history and suggestions, making and undoing rules.

import type {
  CurationChangeResponse,
  CurationRulesResponse,
  CurationSuggestionsResponse,
  CurationTokenResponse,
} from "../../common/api.js";
import type { CurationOperation } from "../../common/curation.js";
import { requestJson } from "../api/api-client.js";

/** Suggestions asked for at most. */
export const SUGGESTION_LIMIT = 50;

/** `GET /api/curation/token`: the token's label; 401 for a wrong token, 403 when the server takes no writes. */
export const checkToken = (token: string) =>
  requestJson<CurationTokenResponse>("GET", "/api/curation/token", { token });

/** `GET /api/curation/rules`: every rule, oldest first, with what it does today. */
export const fetchRules = (signal?: AbortSignal) =>
  requestJson<CurationRulesResponse>("GET", "/api/curation/rules", { signal });

/** `GET /api/curation/suggestions`: likely duplicates, best first. */
export const fetchSuggestions = (signal?: AbortSignal) =>
  requestJson<CurationSuggestionsResponse>("GET", "/api/curation/suggestions", {
    params: { limit: SUGGESTION_LIMIT },
    signal,
  });

/** `POST /api/curation/rules`: makes a rule of one operation, with an optional note. */
export function postRule(token: string, operation: CurationOperation, note: string): Promise<CurationChangeResponse> {
  const body = note.trim() ? { ...operation, note: note.trim() } : operation;
  return requestJson<CurationChangeResponse>("POST", "/api/curation/rules", { token, body });
}

/** `POST /api/curation/undo`: removes a rule and restores the graph as it would be without it. */
export const undoRule = (token: string, id: string) =>
  requestJson<CurationChangeResponse>("POST", "/api/curation/undo", { token, body: { id } });

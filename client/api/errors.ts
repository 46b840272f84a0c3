// Turns a failed API call or any other error into a message for the user, in the interface's language.

import { ApiRequestError } from "./api-client.js";
import type { Translator } from "../i18n.js";

/**
 * What went wrong and what to do, in the interface's language: an entity that is not there, a database that cannot
 * answer for now, a request the server refused (its message names the parameter), the network; else the error's own.
 */
export function errorMessage(t: Translator, error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 0) return t.t("error.network", { message: error.message });
    if (error.status === 404 && error.code === "not-found") return t.t("error.notFound");
    if (error.status === 503)
      return t.t(error.code === "database-stopped" ? "error.databaseStopped" : "error.unavailable");
    if (error.status >= 400 && error.status < 500) return t.t("error.refused", { message: error.message });
    return t.t("error.server", { status: error.status, message: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}

/** Whether an error is only the abort of a request that a newer one replaced. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

// Turns a failed API call or any other error into a message for the user, in the interface's language.

import { ApiRequestError } from "./api-client.js";
import type { Translator } from "../i18n.js";

/** "Server error (404): no entity with id …", "Cannot reach the server: …" or the error's own message. */
export function errorMessage(t: Translator, error: unknown): string {
  if (error instanceof ApiRequestError) {
    return error.status === 0
      ? t.t("error.network", { message: error.message })
      : t.t("error.server", { status: error.status, message: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}

/** Whether an error is only the abort of a request that a newer one replaced. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

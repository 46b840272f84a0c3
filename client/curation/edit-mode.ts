// The header's "edit" switch: off by default; turning it on asks once per browser session for the write token,
// checks it with the server and keeps it in sessionStorage.

import { ApiRequestError } from "../api/api-client.js";
import { errorMessage } from "../api/errors.js";
import type { Translator } from "../i18n.js";
import { checkToken } from "./curation-api.js";
import { askForm } from "./form-dialog.js";

const STORAGE_KEY = "kg-explorer.curation-token";

/** The token and its label, as the server confirmed them. */
export interface Credentials {
  token: string;
  label: string;
}

export interface EditMode {
  /** The credentials while edit mode is on, else null. */
  credentials(): Credentials | null;
  /** Turns edit mode off and forgets the token (after the server refused it). */
  forget(): void;
  render(t: Translator): void;
  cleanup(): void;
}

function stored(): Credentials | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Credentials> | null;
    return typeof value?.token === "string" && typeof value.label === "string"
      ? { token: value.token, label: value.label }
      : null;
  } catch {
    return null;
  }
}

/** Why the server refused a token, in the interface's language. */
export function tokenProblem(t: Translator, error: unknown): string {
  if (error instanceof ApiRequestError && error.status === 401) return t.t("curation.token.wrong");
  if (error instanceof ApiRequestError && error.status === 403) return t.t("curation.token.off");
  return errorMessage(t, error);
}

/** The switch over its button and label; `changed` runs after it turned on or off. */
export function createEditMode(
  button: HTMLButtonElement,
  label: HTMLElement,
  translator: () => Translator,
  changed: () => void,
): EditMode {
  let on: Credentials | null = null;

  const render = (t: Translator): void => {
    button.textContent = t.t("curation.edit");
    button.title = t.t("curation.editHint");
    button.setAttribute("aria-pressed", String(on !== null));
    button.classList.toggle("active", on !== null);
    label.textContent = on ? t.t("curation.editingAs", { label: on.label }) : "";
    label.hidden = on === null;
    document.body.classList.toggle("editing", on !== null);
  };
  const set = (next: Credentials | null): void => {
    on = next;
    render(translator());
    changed();
  };

  const turnOn = async (): Promise<void> => {
    const known = stored();
    if (known) return set(known);
    const t = translator();
    let confirmed: Credentials | null = null;
    const values = await askForm({
      id: "token-dialog",
      title: t.t("curation.token.title"),
      text: t.t("curation.token.text"),
      fields: [{ name: "token", label: t.t("curation.token.field"), kind: "password" }],
      ok: t.t("curation.ok"),
      cancel: t.t("curation.cancel"),
      async check({ token = "" }) {
        try {
          confirmed = { token, label: (await checkToken(token)).label };
          return null;
        } catch (error) {
          return tokenProblem(t, error);
        }
      },
    });
    if (values === null || confirmed === null) return;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(confirmed));
    set(confirmed);
  };

  const onClick = (): void => {
    if (on) set(null);
    else void turnOn();
  };
  button.addEventListener("click", onClick);
  render(translator());

  return {
    credentials: () => on,
    forget() {
      sessionStorage.removeItem(STORAGE_KEY);
      set(null);
    },
    render,
    cleanup: () => button.removeEventListener("click", onClick),
  };
}

// A small modal form (<dialog>) for the edits: a title, a few fields, OK and Cancel; it can check its values before closing.

import { h } from "../dom.js";

/** One field of the form. */
export interface FormField {
  name: string;
  label: string;
  kind: "text" | "password" | "select";
  value?: string;
  options?: Array<{ value: string; label: string }>;
  placeholder?: string;
}

export interface FormOptions {
  id: string;
  title: string;
  /** A line under the title, e.g. what the edit will do. */
  text?: string;
  fields: FormField[];
  ok: string;
  cancel: string;
  /** Checks the values before the form closes: a message keeps it open and shows why. */
  check?: (values: Record<string, string>) => Promise<string | null>;
}

/** Opens the form; resolves with its values on OK, or null when it was cancelled (Escape, Cancel). */
export function askForm(options: FormOptions): Promise<Record<string, string> | null> {
  return new Promise((resolve) => {
    const inputs = options.fields.map((field) => {
      const attrs = { name: field.name, id: `${options.id}-${field.name}`, placeholder: field.placeholder };
      if (field.kind === "select") {
        const select = h(
          "select",
          { attrs },
          ...(field.options ?? []).map((o) => h("option", { attrs: { value: o.value } }, o.label)),
        );
        if (field.value !== undefined) select.value = field.value;
        return select;
      }
      const input = h("input", { attrs: { ...attrs, type: field.kind, autocomplete: "off" } });
      input.value = field.value ?? "";
      return input;
    });
    const message = h("p", { class: "error dialog-message", attrs: { role: "alert" } });
    message.hidden = true;
    const okButton = h("button", { class: "button primary", attrs: { type: "submit", value: "ok" } }, options.ok);
    const form = h(
      "form",
      { attrs: { method: "dialog" } },
      h("h2", {}, options.title),
      options.text ? h("p", { class: "dialog-text" }, options.text) : null,
      h(
        "div",
        { class: "grid-form" },
        ...options.fields.flatMap((field, i) => [
          h("label", { attrs: { for: `${options.id}-${field.name}` } }, field.label),
          inputs[i] ?? null,
        ]),
      ),
      message,
      h(
        "div",
        { class: "button-row dialog-buttons" },
        okButton,
        h(
          "button",
          { class: "button", attrs: { type: "button", value: "cancel" }, on: { click: () => close(null) } },
          options.cancel,
        ),
      ),
    );
    const dialog = h("dialog", { class: "form-dialog", attrs: { id: options.id } }, form);
    const values = (): Record<string, string> =>
      Object.fromEntries(options.fields.map((field, i) => [field.name, inputs[i]?.value ?? ""]));
    let done = false;
    const close = (result: Record<string, string> | null): void => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const current = values();
      if (!options.check) return close(current);
      okButton.disabled = true;
      void options.check(current).then((problem) => {
        okButton.disabled = false;
        if (problem === null) return close(current);
        message.textContent = problem;
        message.hidden = false;
      });
    });
    dialog.addEventListener("cancel", () => close(null));
    document.body.append(dialog);
    dialog.showModal();
    inputs[0]?.focus();
  });
}

// The toast over the graph after a change: what the rule does, with an Undo button, until the next change or a while.

import { h, replaceChildren } from "../dom.js";

/** How long a toast stays, unless the pointer is over it. */
const SHOW_MS = 15_000;

export interface Toast {
  /** Shows a text, with a button when `action` is given; `rule` labels it for scripts (data-rule). */
  show(text: string, kind: "info" | "error", action?: { label: string; run: () => void }, rule?: string): void;
  hide(): void;
  cleanup(): void;
}

/** The toast in its container (hidden until something is shown). */
export function createToast(container: HTMLElement): Toast {
  let timer: number | undefined;
  const hide = (): void => {
    window.clearTimeout(timer);
    container.hidden = true;
    replaceChildren(container);
    delete container.dataset.rule;
  };
  const later = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(hide, SHOW_MS);
  };
  container.addEventListener("mouseenter", () => window.clearTimeout(timer));
  container.addEventListener("mouseleave", later);
  hide();
  return {
    show(text, kind, action, rule) {
      container.className = `toast ${kind}`;
      container.setAttribute("role", kind === "error" ? "alert" : "status");
      if (rule) container.dataset.rule = rule;
      else delete container.dataset.rule;
      replaceChildren(
        container,
        h("span", { class: "toast-text" }, text),
        action &&
          h(
            "button",
            {
              class: "button small",
              attrs: { type: "button" },
              dataset: { curate: "undo" },
              on: {
                click: () => {
                  hide();
                  action.run();
                },
              },
            },
            action.label,
          ),
        h("button", { class: "icon-button", attrs: { type: "button", "aria-label": "×" }, on: { click: hide } }, "×"),
      );
      container.hidden = false;
      later();
    },
    hide,
    cleanup: () => window.clearTimeout(timer),
  };
}

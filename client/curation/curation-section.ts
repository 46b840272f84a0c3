// The toolbar's curation section: the merge selection (edit mode), the history of rules and the likely duplicates,
// each list loaded when its <details> opens and again after every change.

import type { CurationRulesResponse } from "../../common/api.js";
import type { DuplicateSuggestion } from "../../common/curation.js";
import { errorMessage } from "../api/errors.js";
import { h, replaceChildren } from "../dom.js";
import type { Translator } from "../i18n.js";
import { fetchRules, fetchSuggestions } from "./curation-api.js";
import { historyList } from "./history-view.js";
import { mergeTray, type MergeTrayActions, type MergeTrayState } from "./merge-tray.js";
import { suggestionList, type SuggestionActions } from "./suggestions-view.js";

export interface SectionDeps {
  t(): Translator;
  editing(): boolean;
  merge(): MergeTrayState;
  mergeActions: MergeTrayActions;
  undo(id: string): void;
  suggestionActions: SuggestionActions;
}

export interface CurationSection {
  render(): void;
  /** Loads the open lists again (after a change). */
  reload(): Promise<void>;
}

type List<T> =
  { state: "idle" } | { state: "loading" } | { state: "done"; items: T[] } | { state: "failed"; message: string };

/** The section in its container. */
export function createCurationSection(container: HTMLElement, deps: SectionDeps): CurationSection {
  let rules: List<CurationRulesResponse["rules"][number]> = { state: "idle" };
  let suggestions: List<DuplicateSuggestion> = { state: "idle" };
  const open = { history: false, suggestions: false };

  /** Loads one list: "loading" only the first time (a reload keeps the old items shown), then its items or why not. */
  const loader =
    <T>(get: () => List<T>, set: (list: List<T>) => void, fetch: () => Promise<T[]>) =>
    async (): Promise<void> => {
      if (get().state === "idle") set({ state: "loading" });
      render();
      try {
        set({ state: "done", items: await fetch() });
      } catch (error) {
        set({ state: "failed", message: errorMessage(deps.t(), error) });
      }
      render();
    };
  const loadRules = loader(
    () => rules,
    (list) => (rules = list),
    async () => (await fetchRules()).rules,
  );
  const loadSuggestions = loader(
    () => suggestions,
    (list) => (suggestions = list),
    async () => (await fetchSuggestions()).suggestions,
  );

  const body = <T>(list: List<T>, done: (items: T[]) => HTMLElement): HTMLElement => {
    const t = deps.t();
    if (list.state === "done") return done(list.items);
    if (list.state === "failed") return h("p", { class: "error", attrs: { role: "alert" } }, list.message);
    return h("p", { class: "muted" }, t.t("curation.loading"));
  };

  const details = (
    name: keyof typeof open,
    title: string,
    content: HTMLElement,
    load: () => Promise<void>,
  ): HTMLElement => {
    const element = h(
      "details",
      { class: "curation-list", attrs: { id: `curation-${name}-details`, open: open[name] } },
      h("summary", {}, title),
      content,
    );
    element.addEventListener("toggle", () => {
      // A details drawn open fires "toggle" too: only the user's change loads.
      if (element.open === open[name]) return;
      open[name] = element.open;
      if (element.open) void load();
    });
    return element;
  };

  const render = (): void => {
    const t = deps.t();
    const editing = deps.editing();
    replaceChildren(
      container,
      h("h2", {}, t.t("curation.title")),
      editing && mergeTray(t, deps.merge(), deps.mergeActions),
      details(
        "history",
        t.t("curation.history"),
        body(rules, (items) => historyList(t, items, editing ? (id) => deps.undo(id) : null)),
        loadRules,
      ),
      details(
        "suggestions",
        t.t("curation.suggestions"),
        body(suggestions, (items) => suggestionList(t, items, editing ? deps.suggestionActions : null)),
        loadSuggestions,
      ),
    );
  };

  render();
  return {
    render,
    async reload() {
      await Promise.all([open.history && loadRules(), open.suggestions && loadSuggestions()]);
    },
  };
}

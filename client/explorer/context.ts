// What every part of the explorer works on: the page's elements, the view state, the graph and the renderer.

import { createExplorerGraph, type ExplorerGraph } from "../graph/graph-model.js";
import type { Holders } from "../graph/graph-merge.js";
import type { GraphView } from "../graph/graph-view.js";
import { createTranslator, preferredLanguage, type Translator } from "../i18n.js";
import type { ExplorerStore } from "./view-state.js";

/** The page's elements the explorer fills. */
export interface ExplorerElements {
  graph: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  breadcrumb: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
  search: HTMLElement;
  overview: HTMLElement;
  filters: HTMLElement;
  analysis: HTMLElement;
  paths: HTMLElement;
  exports: HTMLElement;
  languageButton: HTMLButtonElement;
  /** Curation: the edit switch and its label, the toolbar section, the toast over the graph. */
  editButton: HTMLButtonElement;
  editLabel: HTMLElement;
  curation: HTMLElement;
  toast: HTMLElement;
  /** The document reader over the graph. */
  reader: HTMLElement;
}

export interface ExplorerContext {
  el: ExplorerElements;
  store: ExplorerStore;
  graph: ExplorerGraph;
  /** Which loads (overview, expansions, paths) hold each node, so one can be released alone. */
  holders: Holders;
  /** The translator of the state's language. */
  t(): Translator;
  /** The renderer, once the explorer has started. */
  view(): GraphView | null;
  /** Says something in the notice line (an empty text hides it). */
  notify(text: string, kind?: "info" | "error"): void;
}

/** The context over an empty graph; `attachView` gives it the renderer once the explorer starts. */
export function createExplorerContext(
  el: ExplorerElements,
  store: ExplorerStore,
  browserLanguages: readonly string[],
): { ctx: ExplorerContext; attachView: (view: GraphView) => void } {
  let translator: Translator | null = null;
  let view: GraphView | null = null;
  const ctx: ExplorerContext = {
    el,
    store,
    graph: createExplorerGraph(),
    holders: new Map(),
    t() {
      const language = store.get().language ?? preferredLanguage(browserLanguages);
      if (translator?.language !== language) translator = createTranslator(language);
      return translator;
    },
    view: () => view,
    notify: (text, kind) => showNotice(el.notice, text, kind),
  };
  return { ctx, attachView: (next) => void (view = next) };
}

/** Sets the texts of the page's own elements (title, labels, language button) in the context's language. */
export function renderPageText(ctx: ExplorerContext): void {
  const { el } = ctx;
  const t = ctx.t();
  document.documentElement.lang = t.language === "zh" ? "zh-CN" : "en";
  document.title = `kg-explorer · ${t.t("app.title")}`;
  el.graph.setAttribute("aria-label", t.t("aria.graph"));
  el.breadcrumb.setAttribute("aria-label", t.t("aria.breadcrumb"));
  el.toolbar.setAttribute("aria-label", t.t("aria.tools"));
  el.languageButton.textContent = t.t("lang.switch");
  el.languageButton.setAttribute("aria-label", t.t("lang.switchLabel"));
  el.languageButton.lang = t.language === "zh" ? "en" : "zh-CN";
}

/** Says something in the notice line; an empty text hides it. */
function showNotice(notice: HTMLElement, text: string, kind: "info" | "error" = "info"): void {
  notice.textContent = text;
  notice.title = text;
  notice.className = `notice ${kind === "error" ? "error" : ""}`;
  notice.hidden = text === "";
  notice.setAttribute("role", kind === "error" ? "alert" : "status");
}

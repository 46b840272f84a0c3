// Entry of the explorer page: read the view from the URL, build the explorer over the page's elements, start it.

import { createExplorer, prefetchOverview, type ExplorerElements } from "./explorer/index.js";
import { installTestHook } from "./test-hook.js";
import { parseViewState } from "./url-state.js";

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: the page has no #${id}`);
  return found as T;
}

const elements: ExplorerElements = {
  graph: element("graph"),
  toolbar: element("toolbar"),
  status: element("status"),
  notice: element("notice"),
  breadcrumb: element("breadcrumb"),
  legend: element("legend"),
  panel: element("panel"),
  search: element("search"),
  overview: element("overview"),
  filters: element("filters"),
  analysis: element("analysis"),
  paths: element("paths"),
  exports: element("exports"),
  languageButton: element<HTMLButtonElement>("language"),
  editButton: element<HTMLButtonElement>("edit"),
  editLabel: element("edit-label"),
  curation: element("curation"),
  toast: element("toast"),
  reader: element("reader"),
};

const initialSearch = window.location.search;
const initialState = parseViewState(initialSearch);
// The overview request is the slowest part of the first frame: send it before building the interface.
const firstOverview = prefetchOverview(initialState);
const explorer = createExplorer(elements, initialState, navigator.languages, firstOverview);
installTestHook(explorer, initialSearch);
window.addEventListener("pagehide", () => explorer.cleanup(), { once: true });
explorer.start().catch((error: unknown) => {
  elements.status.textContent = `kg-explorer: ${error instanceof Error ? error.message : String(error)}`;
  elements.status.classList.add("error");
});

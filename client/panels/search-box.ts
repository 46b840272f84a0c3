// Type-ahead search over names and aliases: a combobox with a result list, keyboard navigation and Enter to jump.

import type { EntityType, SearchHit } from "../../common/api.js";
import { searchEntities } from "../api/api-client.js";
import { h, replaceChildren } from "../dom.js";
import { ENTITY_TYPE_LIST } from "../graph/entity-style.js";
import { errorMessage, isAbort } from "../api/errors.js";
import type { Translator } from "../i18n.js";

export interface SearchBox {
  render(t: Translator): void;
  cleanup(): void;
}

const DEBOUNCE_MS = 180;
const LIMIT = 12;

/** The alias that matched the query, when the name itself does not contain it. Pure. */
export function matchingAlias(hit: Pick<SearchHit, "name" | "aliases">, query: string): string | null {
  const q = query.trim().toLowerCase();
  if (!q || hit.name.toLowerCase().includes(q)) return null;
  return hit.aliases.find((alias) => alias.toLowerCase().includes(q)) ?? null;
}

/** Builds the search box into its container; `onPick` receives the chosen hit. */
export function createSearchBox(
  container: HTMLElement,
  initial: Translator,
  onPick: (hit: SearchHit) => void,
): SearchBox {
  let t = initial;
  let hits: SearchHit[] = [];
  /** The query whose hits the list shows. */
  let shownQuery = "";
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const label = h("label", { attrs: { for: "search-input" } });
  const input = h("input", {
    attrs: {
      id: "search-input",
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
    },
  });
  const typeSelect = h("select", { attrs: { id: "search-type" } });
  const typeLabel = h("label", { class: "visually-hidden", attrs: { for: "search-type" } });
  const list = h("ul", { class: "search-results", attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  container.append(label, h("div", { class: "search-row" }, input, typeLabel, typeSelect), list);

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  /** Whether the list shows the hits of another query than the one typed (they must not be picked). */
  const stale = (): boolean => shownQuery !== input.value.trim();

  /** Greys the list out the moment the query changes, until the new answer replaces it. */
  const markStale = (): void => {
    const outdated = stale();
    list.classList.toggle("stale", outdated);
    list.setAttribute("aria-busy", String(outdated));
    list.querySelectorAll("li[role=option]").forEach((li) => li.setAttribute("aria-disabled", String(outdated)));
    if (outdated) highlight(-1);
  };

  const pick = (hit: SearchHit): void => {
    if (stale()) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };

  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll("li[role=option]").forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-hit-${active}`);
  };

  const show = (query: string): void => {
    shownQuery = query;
    if (hits.length === 0) {
      replaceChildren(list, h("li", { class: "muted empty" }, t.t("search.none")));
    } else {
      replaceChildren(
        list,
        ...hits.map((hit, i) => {
          const alias = matchingAlias(hit, query);
          return h(
            "li",
            {
              attrs: { id: `search-hit-${i}`, role: "option", "aria-selected": "false" },
              dataset: { entity: hit.key },
              on: {
                mousedown: (event) => event.preventDefault(),
                click: () => pick(hit),
              },
            },
            h("i", { class: `dot dot-${hit.type}`, attrs: { "aria-hidden": "true" } }),
            h("span", { class: "hit-name" }, hit.name),
            h("span", { class: "hit-type muted" }, t.entityType(hit.type)),
            alias && h("span", { class: "hit-alias muted" }, t.t("search.alias", { alias })),
          );
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
    markStale();
  };

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    controller?.abort();
    if (!query) {
      hits = [];
      close();
      return;
    }
    controller = new AbortController();
    const type = typeSelect.value ? (typeSelect.value as EntityType) : null;
    try {
      hits = (await searchEntities(query, type, LIMIT, controller.signal)).results;
      if (input.value.trim() === query) show(query);
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      replaceChildren(list, h("li", { class: "error", attrs: { role: "alert" } }, errorMessage(t, error)));
      list.hidden = false;
    }
  };

  const schedule = (): void => {
    markStale();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  };

  input.addEventListener("input", schedule);
  typeSelect.addEventListener("change", schedule);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      if (stale()) return;
      if (list.hidden) show(input.value.trim());
      highlight((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !list.hidden && shownQuery === input.value.trim()) pick(hit);
      else {
        // Enter before the type-ahead answered: search now, then take the best hit.
        window.clearTimeout(timer);
        void run().then(() => {
          const best = hits[0];
          if (best) pick(best);
        });
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));

  const render = (next: Translator): void => {
    t = next;
    label.textContent = t.t("search.label");
    typeLabel.textContent = t.t("search.anyType");
    input.placeholder = t.t("search.placeholder");
    const chosen = typeSelect.value;
    replaceChildren(
      typeSelect,
      h("option", { attrs: { value: "" } }, t.t("search.anyType")),
      ...ENTITY_TYPE_LIST.map((type) => h("option", { attrs: { value: type } }, t.entityType(type))),
    );
    typeSelect.value = chosen;
  };
  render(initial);

  return {
    render,
    cleanup() {
      window.clearTimeout(timer);
      controller?.abort();
    },
  };
}

// The filter section of the toolbar: entity and relation types, minimum weight and date range, applied live.

import type { EntityType, RelationType } from "../../common/api.js";
import { h, replaceChildren } from "../dom.js";
import { ENTITY_TYPE_LIST, RELATION_TYPE_LIST } from "../graph/entity-style.js";
import { DEFAULT_FILTERS, isInvertedRange, type Filters } from "../graph/filters.js";
import type { Translator } from "../i18n.js";

/** What the filter section shows next to its inputs: counts in view, the largest weight, whether dates exist. */
export interface FilterContext {
  typeCounts: Map<EntityType, number>;
  relationCounts: Map<RelationType, number>;
  maxWeight: number;
  dated: boolean;
  /** The corpus's first and last document dates, when known: the date boxes' bounds. */
  bounds?: { first: string | null; last: string | null };
}

export interface FilterControls {
  render(t: Translator, filters: Filters, context: FilterContext): void;
  /** Takes filters changed elsewhere (the time bar) without drawing again: the date boxes show them. */
  sync(filters: Filters): void;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Builds the filter controls; every change calls `onChange` with the new filters. */
export function createFilterControls(container: HTMLElement, onChange: (filters: Filters) => void): FilterControls {
  let current: Filters = DEFAULT_FILTERS;
  // The date boxes and the line that says why a date was refused, kept to follow filters changed elsewhere.
  const dateBoxes: Partial<Record<"dateFrom" | "dateTo", HTMLInputElement>> = {};
  let dateError: HTMLElement | null = null;
  const emit = (next: Filters): void => {
    current = next;
    onChange(next);
  };
  const toggle = <T extends string>(list: T[], value: T, hidden: boolean): T[] =>
    hidden ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  const controls: FilterControls = {
    render(t, filters, context) {
      current = filters;
      const typeBoxes = ENTITY_TYPE_LIST.map((type) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            attrs: { type: "checkbox", checked: !filters.hiddenTypes.includes(type), name: "filter-type", value: type },
            on: {
              change: (event) =>
                emit({
                  ...current,
                  hiddenTypes: toggle(current.hiddenTypes, type, !(event.target as HTMLInputElement).checked),
                }),
            },
          }),
          h("i", { class: `dot dot-${type}`, attrs: { "aria-hidden": "true" } }),
          t.entityType(type),
          h("span", { class: "muted count" }, context.typeCounts.get(type) ?? 0),
        ),
      );
      const relationBoxes = RELATION_TYPE_LIST.filter(
        (r) => (context.relationCounts.get(r) ?? 0) > 0 || filters.hiddenRelations.includes(r),
      ).map((relation) =>
        h(
          "label",
          { class: `check ${relation === "CO_OCCURS" ? "cooccurs" : ""}` },
          h("input", {
            attrs: {
              type: "checkbox",
              checked: !filters.hiddenRelations.includes(relation),
              name: "filter-relation",
              value: relation,
            },
            on: {
              change: (event) =>
                emit({
                  ...current,
                  hiddenRelations: toggle(
                    current.hiddenRelations,
                    relation,
                    !(event.target as HTMLInputElement).checked,
                  ),
                }),
            },
          }),
          t.relation(relation),
          h("span", { class: "muted count" }, context.relationCounts.get(relation) ?? 0),
        ),
      );
      const maxWeight = Math.max(1, Math.ceil(context.maxWeight), Math.ceil(filters.minWeight));
      const weightValue = h(
        "output",
        { attrs: { id: "filter-min-weight-value", for: "filter-min-weight" } },
        filters.minWeight,
      );
      const weight = h("input", {
        attrs: { id: "filter-min-weight", type: "range", min: 0, max: maxWeight, step: 1, value: filters.minWeight },
        on: {
          input: (event) => {
            const value = Number((event.target as HTMLInputElement).value);
            weightValue.textContent = String(value);
            emit({ ...current, minWeight: value });
          },
        },
      });
      const bounds = context.bounds;
      const error = h("p", {
        class: "error date-error",
        attrs: { id: "filter-date-error", role: "alert", hidden: true },
      });
      dateError = error;
      const refuse = (input: HTMLInputElement, message: string): void => {
        input.setCustomValidity(message);
        input.setAttribute("aria-invalid", "true");
        error.textContent = message;
        error.hidden = false;
      };
      const dateInput = (id: string, value: string | null, key: "dateFrom" | "dateTo"): HTMLInputElement =>
        (dateBoxes[key] = h("input", {
          attrs: {
            id,
            type: "text",
            inputmode: "numeric",
            // The corpus's real bounds, so the boxes say what range there is to choose from.
            placeholder: (key === "dateFrom" ? bounds?.first : bounds?.last) ?? "YYYY-MM-DD",
            value: value ?? "",
            disabled: !context.dated && value === null,
            size: 10,
          },
          on: {
            change: (event) => {
              const input = event.target as HTMLInputElement;
              const text = input.value.trim();
              if (text !== "" && !DATE.test(text)) return refuse(input, t.t("time.badDate"));
              const next = { ...current, [key]: text === "" ? null : text };
              // An inverted range would hide everything without saying why: refuse it and keep the last range.
              if (isInvertedRange(next.dateFrom, next.dateTo)) return refuse(input, t.t("time.inverted"));
              for (const box of Object.values(dateBoxes)) {
                box.setCustomValidity("");
                box.removeAttribute("aria-invalid");
              }
              error.hidden = true;
              emit(next);
            },
          },
        }));
      replaceChildren(
        container,
        h("h2", {}, t.t("filters.title")),
        h("fieldset", {}, h("legend", {}, t.t("filters.types")), ...typeBoxes),
        h("fieldset", {}, h("legend", {}, t.t("filters.relations")), ...relationBoxes),
        h(
          "div",
          { class: "field" },
          h("label", { attrs: { for: "filter-min-weight" } }, t.t("filters.minWeight"), " ", weightValue),
          weight,
        ),
        h(
          "fieldset",
          { class: "dates" },
          h("legend", {}, t.t("filters.dates")),
          h("label", { attrs: { for: "filter-date-from" } }, t.t("filters.dateFrom")),
          dateInput("filter-date-from", filters.dateFrom, "dateFrom"),
          h("label", { attrs: { for: "filter-date-to" } }, t.t("filters.dateTo")),
          dateInput("filter-date-to", filters.dateTo, "dateTo"),
          error,
          bounds?.first &&
            bounds.last &&
            h(
              "p",
              { class: "hint muted", attrs: { id: "filter-date-bounds" } },
              t.t("time.bounds", { first: bounds.first, last: bounds.last }),
            ),
          !context.dated && h("p", { class: "hint muted" }, t.t("filters.noDates")),
        ),
        h(
          "button",
          {
            class: "button subtle",
            attrs: { type: "button", id: "filter-reset" },
            on: {
              click: () => {
                emit(DEFAULT_FILTERS);
                controls.render(t, DEFAULT_FILTERS, context);
              },
            },
          },
          t.t("filters.reset"),
        ),
      );
    },
    sync(filters) {
      current = filters;
      for (const key of ["dateFrom", "dateTo"] as const) {
        const box = dateBoxes[key];
        if (!box || box === document.activeElement) continue;
        box.value = filters[key] ?? "";
        box.setCustomValidity("");
        box.removeAttribute("aria-invalid");
        box.disabled = box.disabled && filters[key] === null;
      }
      if (dateError) dateError.hidden = true;
    },
  };
  return controls;
}

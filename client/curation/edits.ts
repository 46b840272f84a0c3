// The edits the panels offer: each asks for its details and an optional note in a dialog, builds the operation and
// hands it to `commit`.

import type { EntityDetails } from "../../common/api.js";
import type { CurationOperation, RelationRef } from "../../common/curation.js";
import { ENTITY_TYPES, RELATION_TYPES, type RelationType } from "../../common/domain.js";
import type { Translator } from "../i18n.js";
import type { EntityEditActions } from "./entity-tools.js";
import { askForm, type FormField } from "./form-dialog.js";
import {
  excludeOperation,
  operationProblem,
  rejectOperation,
  renameOperation,
  retypeOperation,
  retypeRelationOperation,
  splitOperation,
} from "./operations.js";
import type { RelationEditActions } from "./relation-tools.js";

export interface EditDeps {
  t(): Translator;
  /** Sends an operation with its note; resolves once the view followed. */
  commit(operation: CurationOperation, note: string): Promise<void>;
  /** The relation an edge key of the view stands for. */
  relationOf(edge: string): RelationRef | null;
  toggleMerge(key: string): void;
  inMerge(key: string): boolean;
}

const noteField = (t: Translator): FormField => ({ name: "note", label: t.t("curation.note"), kind: "text" });

/**
 * Opens a dialog whose values build an operation; the dialog stays open while the operation has a problem.
 * Resolves once the change was committed or the dialog cancelled.
 */
async function edit(
  deps: EditDeps,
  id: string,
  title: string,
  fields: FormField[],
  build: (values: Record<string, string>) => CurationOperation,
): Promise<void> {
  const t = deps.t();
  const values = await askForm({
    id,
    title,
    fields: [...fields, noteField(t)],
    ok: t.t("curation.ok"),
    cancel: t.t("curation.cancel"),
    check: (v) => {
      const problem = operationProblem(build(v));
      return Promise.resolve(problem === null ? null : t.t(problem));
    },
  });
  if (values !== null) await deps.commit(build(values), values.note ?? "");
}

/** The entity panel's edits. */
export function entityEdits(deps: EditDeps): EntityEditActions {
  const typeField = (t: Translator, value: string): FormField => ({
    name: "type",
    label: t.t("curation.newType"),
    kind: "select",
    value,
    options: ENTITY_TYPES.map((type) => ({ value: type, label: t.entityType(type) })),
  });
  return {
    rename: (d: EntityDetails) =>
      void edit(
        deps,
        "rename-dialog",
        deps.t().t("curation.renameTitle", { name: d.name }),
        [{ name: "name", label: deps.t().t("curation.newName"), kind: "text", value: d.name }],
        (v) => renameOperation(d.key, v.name ?? ""),
      ),
    retype: (d) =>
      void edit(
        deps,
        "retype-dialog",
        deps.t().t("curation.retypeTitle", { name: d.name }),
        [typeField(deps.t(), d.type)],
        (v) => retypeOperation(d.key, (v.type ?? d.type) as EntityDetails["type"]),
      ),
    exclude: (d) =>
      void edit(deps, "exclude-dialog", deps.t().t("curation.excludeTitle", { name: d.name }), [], () =>
        excludeOperation(d.key),
      ),
    split: (d, surface) =>
      void edit(
        deps,
        "split-dialog",
        deps.t().t("curation.splitTitle", { surface }),
        [
          { name: "name", label: deps.t().t("curation.newName"), kind: "text", value: surface },
          typeField(deps.t(), d.type),
        ],
        (v) =>
          splitOperation(d.key, surface, {
            name: v.name ?? surface,
            type: (v.type ?? d.type) as EntityDetails["type"],
          }),
      ),
    excludeSurface: (d, surface) =>
      void edit(deps, "exclude-surface-dialog", deps.t().t("curation.excludeSurfaceTitle", { surface }), [], () =>
        excludeOperation(d.key, surface),
      ),
    toggleMerge: (d) => deps.toggleMerge(d.key),
    inMerge: (key) => deps.inMerge(key),
  };
}

/** The edge panel's edits. */
export function relationEdits(deps: EditDeps): RelationEditActions {
  return {
    reject(edge) {
      const relation = deps.relationOf(edge);
      if (relation)
        void edit(deps, "reject-dialog", deps.t().t("curation.rejectTitle"), [], () => rejectOperation(relation));
    },
    reverse(edge) {
      const relation = deps.relationOf(edge);
      if (relation)
        void edit(deps, "reverse-dialog", deps.t().t("curation.reverse"), [], () =>
          retypeRelationOperation(relation, relation.type, true),
        );
    },
    retype(edge) {
      const relation = deps.relationOf(edge);
      if (!relation) return;
      const t = deps.t();
      const types = RELATION_TYPES.filter((type) => type !== "CO_OCCURS");
      void edit(
        deps,
        "retype-relation-dialog",
        t.t("curation.retypeRelationTitle"),
        [
          {
            name: "type",
            label: t.t("curation.relationType"),
            kind: "select",
            value: relation.type,
            options: types.map((type) => ({ value: type, label: t.relation(type) })),
          },
          {
            name: "direction",
            label: t.t("curation.direction"),
            kind: "select",
            value: "keep",
            options: [
              { value: "keep", label: t.t("curation.keepDirection") },
              { value: "reverse", label: t.t("curation.reverse") },
            ],
          },
        ],
        (v) => retypeRelationOperation(relation, (v.type ?? relation.type) as RelationType, v.direction === "reverse"),
      );
    },
  };
}

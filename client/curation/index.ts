// Curation in the explorer: the edit switch, the panels' edit controls, the merge selection, the toast with Undo,
// the curation section, and the view following each change without a reload.

import type { CurationChangeResponse } from "../../common/api.js";
import type { CurationOperation, RelationRef } from "../../common/curation.js";
import { ApiRequestError } from "../api/api-client.js";
import { errorMessage } from "../api/errors.js";
import { describeRule } from "./describe-rule.js";
import type { Child } from "../dom.js";
import type { ExplorerContext } from "../explorer/context.js";
import type { EdgeSelection } from "../panels/entity-panel.js";
import { postRule, undoRule } from "./curation-api.js";
import { createCurationSection } from "./curation-section.js";
import { createEditMode } from "./edit-mode.js";
import { entityEdits, relationEdits, type EditDeps } from "./edits.js";
import { entityTools } from "./entity-tools.js";
import { askForm } from "./form-dialog.js";
import { distinctOperation, mergeOperation, parseEntityKey } from "./operations.js";
import type { EntityRefs } from "./reconcile.js";
import { relationTools } from "./relation-tools.js";
import { createToast } from "./toast.js";
import { updateView } from "./view-update.js";

/** The page's elements curation uses. */
export interface CurationElements {
  editButton: HTMLButtonElement;
  editLabel: HTMLElement;
  section: HTMLElement;
  toast: HTMLElement;
}

export interface CurationDeps {
  /** Opens an entity's panel again (fresh details), or closes the panel for null. */
  showEntity(key: string | null): void;
  /** Draws the panel again (edit mode or merge selection changed). */
  renderPanel(): void;
  graphChanged(): void;
}

export interface Curation {
  entityTools(details: Parameters<typeof entityTools>[2]): Child;
  relationTools(selection: EdgeSelection, edge: EdgeSelection["edges"][number]): Child;
  /**
   * A shift-click on a node in edit mode: adds it to the merge selection (with the open entity first), or takes it
   * out. False outside edit mode (the click is then an ordinary one).
   */
  shiftClick(node: string): boolean;
  render(): void;
  cleanup(): void;
}

/** The curation controller over the explorer's context. */
export function createCuration(ctx: ExplorerContext, el: CurationElements, deps: CurationDeps): Curation {
  const { graph, store } = ctx;
  const toast = createToast(el.toast);
  let mergeKeys: string[] = [];
  let canonical: string | null = null;

  const setMerge = (keys: string[]): void => {
    mergeKeys = [...new Set(keys)];
    if (canonical !== null && !mergeKeys.includes(canonical)) canonical = null;
    store.update({ marked: new Set(mergeKeys) });
    section.render();
    deps.renderPanel();
  };

  const refs = (): EntityRefs => {
    const { selected, expanded, pathFrom, pathTo } = store.get();
    return { selected, expanded, pathFrom, pathTo };
  };
  const setRefs = (next: EntityRefs, touched: ReadonlySet<string>): void => {
    const before = store.get();
    const pathGone = [...before.pathNodes].some((key) => !graph.hasNode(key));
    store.update({
      expanded: next.expanded,
      pathFrom: next.pathFrom,
      pathTo: next.pathTo,
      ...(pathGone ? { pathNodes: new Set<string>(), pathEdges: new Set<string>() } : {}),
    });
    setMerge(mergeKeys.filter((key) => graph.hasNode(key)));
    const edges = [...before.selectedEdges];
    if (edges.length > 0) {
      if (edges.every((edge) => graph.hasEdge(edge))) return;
      store.update({ selectedEdges: new Set() });
      deps.showEntity(null);
    } else if (next.selected !== before.selected || (next.selected !== null && touched.has(next.selected)))
      deps.showEntity(next.selected);
  };

  /** Shows the change, brings it into the view, and reloads the section's lists. */
  const followChange = async (response: CurationChangeResponse, undone: boolean): Promise<void> => {
    const t = ctx.t();
    toast.show(
      t.t(undone ? "curation.undone" : "curation.done", { description: describeRule(response.rule, t) }),
      "info",
      undone ? undefined : { label: t.t("curation.undo"), run: () => void undo(response.rule.id) },
      response.rule.id,
    );
    await updateView(
      { graph, holders: ctx.holders, refs, setRefs, graphChanged: () => deps.graphChanged() },
      response,
      undone,
    );
    await section.reload();
  };

  const failed = (error: unknown): void => {
    const t = ctx.t();
    if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) edit.forget();
    toast.show(t.t("curation.failed", { message: errorMessage(t, error) }), "error");
  };

  const commit = async (operation: CurationOperation, note: string): Promise<void> => {
    const credentials = edit.credentials();
    if (!credentials) return;
    try {
      await followChange(await postRule(credentials.token, operation, note), false);
    } catch (error) {
      failed(error);
    }
  };

  const undo = async (id: string): Promise<void> => {
    const credentials = edit.credentials();
    if (!credentials) return;
    try {
      await followChange(await undoRule(credentials.token, id), true);
    } catch (error) {
      failed(error);
    }
  };

  const relationOf = (edge: string): RelationRef | null => {
    if (!graph.hasEdge(edge)) return null;
    const relation = graph.getEdgeAttribute(edge, "relation");
    return relation ? { source: graph.source(edge), type: relation, target: graph.target(edge) } : null;
  };
  const toggleMerge = (key: string): void =>
    setMerge(mergeKeys.includes(key) ? mergeKeys.filter((k) => k !== key) : [...mergeKeys, key]);
  const editDeps: EditDeps = {
    t: () => ctx.t(),
    commit,
    relationOf,
    toggleMerge,
    inMerge: (key) => mergeKeys.includes(key),
  };
  const entityActions = entityEdits(editDeps);
  const relationActions = relationEdits(editDeps);
  const label = (key: string): string =>
    graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : parseEntityKey(key).name;

  const mergeNow = async (): Promise<void> => {
    const t = ctx.t();
    const into = canonical ?? mergeKeys[0];
    if (into === undefined || mergeKeys.length < 2) return;
    const values = await askForm({
      id: "merge-dialog",
      title: t.t("curation.mergeTitle", { count: mergeKeys.length, name: label(into) }),
      text: mergeKeys.map(label).join(" · "),
      fields: [{ name: "note", label: t.t("curation.note"), kind: "text" }],
      ok: t.t("curation.ok"),
      cancel: t.t("curation.cancel"),
    });
    if (values === null) return;
    const keys = mergeKeys;
    setMerge([]);
    await commit(mergeOperation(keys, into), values.note ?? "");
  };

  const edit = createEditMode(
    el.editButton,
    el.editLabel,
    () => ctx.t(),
    () => {
      if (!edit.credentials()) setMerge([]);
      section.render();
      deps.renderPanel();
    },
  );
  const section = createCurationSection(el.section, {
    t: () => ctx.t(),
    editing: () => edit.credentials() !== null,
    merge: () => ({ keys: mergeKeys, canonical, label }),
    mergeActions: {
      setCanonical: (key) => void (canonical = key),
      remove: (key) => setMerge(mergeKeys.filter((k) => k !== key)),
      clear: () => setMerge([]),
      merge: () => void mergeNow(),
    },
    undo: (id) => void undo(id),
    suggestionActions: {
      accept: (s) => void commit(mergeOperation([s.keep, s.merge], s.keep), ""),
      reject: (s) => void commit(distinctOperation(s.keep, s.merge), ""),
    },
  });

  return {
    entityTools: (details) => (edit.credentials() ? entityTools(ctx.t(), entityActions, details) : null),
    relationTools: (_selection, e) =>
      edit.credentials() ? relationTools(ctx.t(), relationActions, e.key, e.stated) : null,
    shiftClick(node) {
      if (!edit.credentials()) return false;
      const { selected } = store.get();
      const first = mergeKeys.length === 0 && selected !== null && selected !== node ? [selected] : [];
      if (mergeKeys.includes(node)) toggleMerge(node);
      else setMerge([...mergeKeys, ...first, node]);
      return true;
    },
    render() {
      edit.render(ctx.t());
      section.render();
    },
    cleanup() {
      edit.cleanup();
      toast.cleanup();
    },
  };
}

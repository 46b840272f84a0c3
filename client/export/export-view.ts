// The export section: the graph in view as PNG (@sigma/export-image) or as GEXF, GraphML, CSV or JSON, made in the browser.

import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { ExplorerSigma } from "../graph/graph-view.js";
import { downloadBlob, h, replaceChildren } from "../dom.js";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName } from "./export-formats.js";
import type { ExplorerGraph } from "../graph/graph-model.js";
import type { MessageKey, Translator } from "../i18n.js";

export interface ExportActions {
  /** The nodes and edges the user sees now. */
  visibleGraph(): ExplorerGraph;
  sigma(): ExplorerSigma | null;
  done(fileName: string): void;
  failed(error: unknown): void;
}

const BASE_NAME = "kg-explorer-view";

/** Saves the graph in view in one of the file formats; returns the file name. */
export function exportGraphFile(graph: ExplorerGraph, format: ExportFormatName): string {
  const { extension, mimeType, write } = EXPORT_FORMATS[format];
  const fileName = `${BASE_NAME}.${extension}`;
  downloadBlob(new Blob([write(graph)], { type: `${mimeType};charset=utf-8` }), fileName);
  return fileName;
}

/** Saves what sigma draws (nodes, edges and labels, on white) as a PNG; returns the file name. */
export async function exportPng(sigma: ExplorerSigma): Promise<string> {
  const fileName = `${BASE_NAME}.png`;
  // @sigma/export-image is typed for sigma's default attribute types; it reads no attribute of ours.
  const blob = await toBlob(sigma as unknown as Sigma, {
    format: "png",
    backgroundColor: "#ffffff",
    fileName: BASE_NAME,
  });
  downloadBlob(blob, fileName);
  return fileName;
}

/** Builds the export buttons. */
export function createExportControls(container: HTMLElement, actions: ExportActions): { render(t: Translator): void } {
  const run = (task: () => Promise<string> | string): void => {
    Promise.resolve()
      .then(task)
      .then((fileName) => actions.done(fileName))
      .catch((error: unknown) => actions.failed(error));
  };
  return {
    render(t) {
      const png = h(
        "button",
        {
          class: "button",
          attrs: { type: "button" },
          dataset: { export: "png" },
          on: {
            click: () =>
              run(() => {
                const sigma = actions.sigma();
                if (!sigma) throw new Error("export: nothing is drawn yet");
                return exportPng(sigma);
              }),
          },
        },
        t.t("export.png"),
      );
      const files = EXPORT_FORMAT_NAMES.map((format) =>
        h(
          "button",
          {
            class: "button",
            attrs: { type: "button" },
            dataset: { export: format },
            on: { click: () => run(() => exportGraphFile(actions.visibleGraph(), format)) },
          },
          t.t(`export.${format}` as MessageKey),
        ),
      );
      replaceChildren(container, h("h2", {}, t.t("export.title")), h("div", { class: "button-grid" }, png, ...files));
    },
  };
}

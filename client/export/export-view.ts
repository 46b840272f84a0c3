// The export section: the graph in view as PNG (1×/2×/4×, legend drawn in) or as GEXF, GraphML, CSV or JSON, made in
// the browser.

import type { ExplorerSigma } from "../graph/graph-view.js";
import { downloadBlob, h, replaceChildren } from "../dom.js";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName } from "./export-formats.js";
import { PNG_SCALES, renderPng, type ImageLegend, type PngScale } from "./png-image.js";
import type { ExplorerGraph } from "../graph/graph-model.js";
import type { MessageKey, Translator } from "../i18n.js";

export interface ExportActions {
  /** The nodes and edges the user sees now. */
  visibleGraph(): ExplorerGraph;
  sigma(): ExplorerSigma | null;
  /** The legend as shown, drawn into the image. */
  legend(): ImageLegend;
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

/** Saves what sigma draws (nodes, edges and labels, on white) with the legend as a PNG at `scale`; returns the file name. */
export async function exportPng(sigma: ExplorerSigma, scale: PngScale, legend: ImageLegend): Promise<string> {
  const fileName = `${BASE_NAME}${scale === 1 ? "" : `@${scale}x`}.png`;
  downloadBlob(await renderPng(sigma, scale, legend), fileName);
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
  let scale: PngScale = 1;
  return {
    render(t) {
      const scaleChoice = h(
        "select",
        {
          attrs: { id: "export-png-scale", "aria-label": t.t("export.pngScale"), title: t.t("export.pngScale") },
          on: {
            change: (event) => (scale = Number((event.target as HTMLSelectElement).value) as PngScale),
          },
        },
        ...PNG_SCALES.map((s) =>
          h(
            "option",
            { attrs: { value: String(s), ...(s === scale ? { selected: "" } : {}) } },
            t.t("export.pngScaleOption", { scale: s }),
          ),
        ),
      );
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
                return exportPng(sigma, scale, actions.legend());
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
      replaceChildren(
        container,
        h("h2", {}, t.t("export.title")),
        h("div", { class: "button-grid" }, png, scaleChoice, ...files),
      );
    },
  };
}

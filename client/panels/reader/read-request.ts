// How an evidence sentence asks for its document: a button that sends a bubbling DOM event, heard by the explorer,
// so every list of evidence (entity panel, edge panel, paths) offers the reader without being handed a callback.

import { h } from "../../dom.js";
import type { Translator } from "../../i18n.js";

/** What the reader is asked to show: a document, at one of its sentences. */
export interface ReadRequest {
  document: string;
  sentence: string;
}

const READ_EVENT = "kg-read-sentence";

/** The button under an evidence sentence that opens its document in the reader at that sentence. */
export function readButton(t: Translator, request: ReadRequest): HTMLButtonElement {
  const button = h(
    "button",
    {
      class: "link-button read-in-document",
      attrs: { type: "button", title: t.t("reader.openTitle") },
      dataset: { document: request.document, sentence: request.sentence },
    },
    t.t("reader.open"),
  );
  button.addEventListener("click", () =>
    button.dispatchEvent(new CustomEvent<ReadRequest>(READ_EVENT, { detail: request, bubbles: true })),
  );
  return button;
}

/** Calls `open` for every read request made under `root`; returns the cleanup that stops listening. */
export function onReadRequest(root: Document | HTMLElement, open: (request: ReadRequest) => void): () => void {
  const listener = (event: Event): void => open((event as CustomEvent<ReadRequest>).detail);
  root.addEventListener(READ_EVENT, listener);
  return () => root.removeEventListener(READ_EVENT, listener);
}

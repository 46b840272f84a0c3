// The reader: a document opened at one of its sentences, over the graph. Its metadata, the sentences around the one
// asked for (marked and scrolled into view), every entity mention marked in its type's colour and opening that
// entity, and earlier and later pages loaded on demand, so a long document is never loaded whole.

import type { DocumentSentence, DocumentSummary } from "../../../common/api.js";
import { fetchDocument, fetchDocumentSentences } from "../../api/api-client.js";
import { errorMessage, isAbort } from "../../api/errors.js";
import { h, replaceChildren, type Child } from "../../dom.js";
import type { Translator } from "../../i18n.js";
import type { ReadRequest } from "./read-request.js";
import { earlierRange, laterRange, paragraphsOf, sentenceSegments, type SentenceRange } from "./reader-text.js";

/** Sentences per page: a few screens of a report. */
export const READER_PAGE_SIZE = 40;

export interface ReaderPane {
  open(request: ReadRequest): void;
  close(): void;
  isOpen(): boolean;
  /** Draws the pane again, e.g. in another language. */
  render(t: Translator): void;
  cleanup(): void;
}

interface ReaderState {
  request: ReadRequest;
  document: DocumentSummary | null;
  sentences: DocumentSentence[];
  total: number;
  loading: "document" | "earlier" | "later" | null;
  error: string | null;
}

/** Builds the reader in its container (hidden until a sentence is opened); `openEntity` opens a clicked mention. */
export function createReaderPane(
  container: HTMLElement,
  openEntity: (key: string) => void,
  initial: Translator,
): ReaderPane {
  let t = initial;
  let state: ReaderState | null = null;
  let controller: AbortController | null = null;
  const body = h("div", { class: "reader-body" });

  const fetchRange = (key: string, range: SentenceRange | { around: string; limit: number }, signal: AbortSignal) =>
    fetchDocumentSentences(
      key,
      "around" in range ? { around: range.around } : { from: range.from },
      range.limit,
      signal,
    );

  const metadata = (d: DocumentSummary): HTMLElement =>
    h(
      "dl",
      { class: "reader-meta" },
      h("dt", {}, t.t("reader.date")),
      h("dd", { dataset: { field: "date" } }, d.date ?? t.t("reader.undated")),
      d.source && h("dt", {}, t.t("reader.source")),
      d.source && h("dd", { dataset: { field: "source" } }, d.source),
      h("dt", {}, t.t("reader.path")),
      h("dd", { dataset: { field: "path" } }, d.path),
      h("dt", {}, t.t("reader.size")),
      h(
        "dd",
        { dataset: { field: "size" } },
        t.t("reader.sizeValue", {
          chars: d.chars.toLocaleString(t.language === "zh" ? "zh-CN" : "en"),
          sentences: d.sentences.toLocaleString(t.language === "zh" ? "zh-CN" : "en"),
        }),
      ),
    );

  const sentenceElement = (s: DocumentSentence, current: string): HTMLElement =>
    h(
      "span",
      { class: s.key === current ? "reader-sentence current" : "reader-sentence", dataset: { sentence: s.key } },
      ...sentenceSegments(s).map(({ text, mention }) =>
        mention
          ? h(
              "button",
              {
                class: `mention mention-${mention.type}`,
                attrs: {
                  type: "button",
                  title: t.t("reader.mentionTitle", { type: t.entityType(mention.type), name: mention.name }),
                },
                dataset: { entity: mention.entity, type: mention.type },
                on: { click: () => openEntity(mention.entity) },
              },
              text,
            )
          : text,
      ),
    );

  /** The "earlier" or "later" control, or a note that the document starts or ends here. */
  const pager = (s: ReaderState, which: "earlier" | "later"): HTMLElement => {
    const first = s.sentences[0]?.index ?? 0;
    const last = s.sentences.at(-1)?.index ?? -1;
    const range =
      which === "earlier" ? earlierRange(first, READER_PAGE_SIZE) : laterRange(last, s.total, READER_PAGE_SIZE);
    if (!range) return h("p", { class: "muted reader-edge" }, t.t(which === "earlier" ? "reader.start" : "reader.end"));
    return h(
      "button",
      {
        class: `button subtle reader-${which}`,
        attrs: { type: "button", disabled: s.loading !== null },
        on: { click: () => void loadMore(which, range) },
      },
      t.t(`reader.${which}`, { from: range.from + 1, to: range.from + range.limit }),
    );
  };

  const renderBody = (): void => {
    if (!state) return;
    const s = state;
    const children: Child[] = [];
    if (s.error) children.push(h("p", { class: "error", attrs: { role: "alert" } }, s.error));
    if (s.loading === "document") children.push(h("p", { class: "muted" }, t.t("reader.loading")));
    if (s.sentences.length > 0) {
      const first = (s.sentences[0] as DocumentSentence).index;
      const last = (s.sentences.at(-1) as DocumentSentence).index;
      children.push(
        h("p", { class: "muted reader-shown" }, t.t("reader.shown", { from: first + 1, to: last + 1, total: s.total })),
        pager(s, "earlier"),
        h(
          "div",
          { class: "reader-text", attrs: { lang: "zh-CN" } },
          ...paragraphsOf(s.sentences).map((p) =>
            h("p", {}, ...p.map((sentence) => sentenceElement(sentence, s.request.sentence))),
          ),
        ),
        pager(s, "later"),
      );
    }
    replaceChildren(body, ...children);
  };

  const render = (): void => {
    container.hidden = state === null;
    if (!state) {
      replaceChildren(container);
      delete container.dataset.document;
      delete container.dataset.sentence;
      return;
    }
    container.dataset.document = state.request.document;
    container.dataset.sentence = state.request.sentence;
    replaceChildren(
      container,
      h(
        "header",
        { class: "reader-header" },
        h(
          "div",
          {},
          h("p", { class: "reader-kicker muted" }, t.t("reader.title")),
          h("h2", { attrs: { id: "reader-title" } }, state.document?.title ?? ""),
        ),
        h(
          "button",
          {
            class: "icon-button",
            attrs: { type: "button", "aria-label": t.t("reader.close"), title: t.t("reader.close") },
            on: { click: () => close() },
          },
          "×",
        ),
      ),
      state.document && metadata(state.document),
      body,
    );
    renderBody();
  };

  const fail = (error: unknown): void => {
    if (isAbort(error) || !state) return;
    state.error = errorMessage(t, error);
    state.loading = null;
    render();
  };

  async function loadMore(which: "earlier" | "later", range: SentenceRange): Promise<void> {
    const s = state;
    if (!s || s.loading) return;
    s.loading = which;
    s.error = null;
    renderBody();
    try {
      const page = await fetchRange(s.request.document, range, (controller ??= new AbortController()).signal);
      if (state !== s) return;
      // Prepending moves the text down: keep what the reader was reading where it was.
      const fromBottom = body.scrollHeight - body.scrollTop;
      s.sentences = which === "earlier" ? [...page.items, ...s.sentences] : [...s.sentences, ...page.items];
      s.total = page.total;
      s.loading = null;
      renderBody();
      if (which === "earlier") body.scrollTop = body.scrollHeight - fromBottom;
    } catch (error) {
      fail(error);
    }
  }

  async function open(request: ReadRequest): Promise<void> {
    controller?.abort();
    const own = (controller = new AbortController());
    const s: ReaderState = { request, document: null, sentences: [], total: 0, loading: "document", error: null };
    state = s;
    render();
    try {
      const [document, page] = await Promise.all([
        fetchDocument(request.document, own.signal),
        fetchRange(request.document, { around: request.sentence, limit: READER_PAGE_SIZE }, own.signal),
      ]);
      if (state !== s) return;
      Object.assign(s, { document, sentences: page.items, total: page.total, loading: null });
      render();
      body.querySelector(".reader-sentence.current")?.scrollIntoView({ block: "center" });
    } catch (error) {
      fail(error);
    }
  }

  function close(): void {
    controller?.abort();
    controller = null;
    state = null;
    render();
  }

  // Escape inside the reader closes the reader, not the entity panel the explorer closes on Escape.
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    close();
  };
  container.addEventListener("keydown", onKey);

  return {
    open: (request) => void open(request),
    close,
    isOpen: () => state !== null,
    render(next) {
      t = next;
      render();
    },
    cleanup() {
      controller?.abort();
      container.removeEventListener("keydown", onKey);
    },
  };
}

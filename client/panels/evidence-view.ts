// The evidence sentences of a relation as a list: mentions marked, an end the sentence never names marked as inferred,
// with the source document's title and date.

import type { RelationType } from "../../common/api.js";
import { fetchEvidence } from "../api/api-client.js";
import { h, replaceChildren } from "../dom.js";
import { highlightSegments } from "./evidence-text.js";
import { readButton } from "./reader/read-request.js";
import { errorMessage } from "../api/errors.js";
import type { Translator } from "../i18n.js";

/** An entity's name for a badge: the caller's, else the name part of a `Type:name` key. */
const nameOf = (key: string, names?: ReadonlyMap<string, string>): string =>
  names?.get(key) ?? key.slice(key.indexOf(":") + 1);

/**
 * A <details> that loads the sentences behind the relation(s) between two entities the first time it opens. `names`
 * gives the ends' names for the badge of an inferred end (else the name is read from its key).
 */
export function createEvidenceDetails(
  t: Translator,
  source: string,
  target: string,
  relation: RelationType | null,
  open = false,
  names?: ReadonlyMap<string, string>,
): HTMLDetailsElement {
  const body = h("div", { class: "evidence-body" });
  const details = h("details", { class: "evidence" }, h("summary", {}, t.t("panel.evidence")), body);
  let loaded = false;
  const load = async (): Promise<void> => {
    loaded = true;
    replaceChildren(body, h("p", { class: "muted" }, t.t("panel.loading")));
    try {
      const { items } = await fetchEvidence(source, target, relation);
      if (items.length === 0) {
        replaceChildren(body, h("p", { class: "muted" }, t.t("panel.evidenceNone")));
        return;
      }
      replaceChildren(
        body,
        h(
          "ol",
          { class: "evidence-list" },
          ...items.map((item) =>
            h(
              "li",
              { dataset: { sentence: item.sentence.key } },
              ...item.inferred.map((key) =>
                h(
                  "p",
                  {
                    class: "badge badge-inferred",
                    dataset: { inferred: key },
                    attrs: { title: t.t("evidence.inferredHint", { name: nameOf(key, names) }) },
                  },
                  t.t("evidence.inferred", { name: nameOf(key, names) }),
                ),
              ),
              h(
                "blockquote",
                {},
                ...highlightSegments(item.sentence, item.mentions).map((s) =>
                  s.entity === undefined ? s.text : h("mark", { dataset: { entity: s.entity } }, s.text),
                ),
              ),
              h("cite", {}, item.document.title, item.document.date ? ` · ${item.document.date}` : ""),
              readButton(t, { document: item.document.key, sentence: item.sentence.key }),
            ),
          ),
        ),
      );
    } catch (error) {
      replaceChildren(body, h("p", { class: "error", attrs: { role: "alert" } }, errorMessage(t, error)));
      loaded = false;
    }
  };
  details.addEventListener("toggle", () => {
    if (details.open && !loaded) void load();
  });
  if (open) details.open = true;
  return details;
}

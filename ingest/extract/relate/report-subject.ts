// The implicit subject of a report: the body that presents it does the work its subjectless sentences describe.

import type { ExtractedEntity } from "../../types.js";
import type { LocalMention } from "./relation-types.js";
import { outermost, localSpan } from "../spans.js";

const PRESENTS = /(?:工作)?报告|公报|总结/u;
const ON_BEHALF = /我代表/u;
/** A heading that starts a new speaker's text (…上的讲话): the previous subject no longer holds. */
const NEW_SPEECH = /(?:讲话|致辞|发言|贺信)$/u;
const DECISION = /^[^，。]{4,60}关于[^，。]+(?:决定|决议|通知|意见|办法)$/u;

/**
 * Tracks the subject sentence by sentence: the body named in the title of a report (a standing committee reports
 * for its whole body), the body a speaker speaks for (我代表X), the body that issues a decision.
 */
export function createSubjectTracker(
  parents: ReadonlyMap<string, string>,
  entities: ReadonlyMap<string, ExtractedEntity>,
) {
  let subject: string | undefined;
  const forWholeBody = (id: string): string => {
    const parent = parents.get(id);
    const name = entities.get(id)?.name ?? "";
    return parent && /常委会$/u.test(name) ? parent : id;
  };
  return {
    /** Reads one sentence and returns the subject that holds in it. */
    next(text: string, mentions: readonly LocalMention[], isFirst: boolean): string | undefined {
      if (
        !isFirst &&
        mentions.length === 0 &&
        !text.endsWith("话") &&
        !text.endsWith("辞") &&
        !text.endsWith("言") &&
        !text.endsWith("信")
      )
        return subject;
      const orgs = mentions.filter((m) => m.type === "Organization");
      const outermostOrgs = outermost(orgs, localSpan);
      const behalf = ON_BEHALF.exec(text);
      if (isFirst && PRESENTS.test(text) && outermostOrgs[0]) {
        subject = forWholeBody(outermostOrgs[0].entity);
      } else if (behalf) {
        const body = outermostOrgs.find((m) => m.localStart === behalf.index + behalf[0].length);
        if (body) subject = forWholeBody(body.entity);
      } else if (NEW_SPEECH.test(text) && text.length < 60) {
        subject = undefined;
      } else if (outermostOrgs[0]?.localStart === 0 && text.includes("关于") && DECISION.test(text)) {
        subject = outermostOrgs[0].entity;
      }
      return subject;
    },
  };
}

// The text fields of an imported extraction: what a key, a one-line text (name, alias, title, role), a document's
// text and a date may hold, checked before anything is written.

import { z } from "zod";
import { CALENDAR_DATE_FORMS, isCalendarDate } from "../../common/calendar-date.js";

/**
 * Characters no one-line field may hold: C0 and C1 controls and DEL (the API joins a neighbourhood's edge fields with
 * U+001F, and XML 1.0 forbids most C0 controls, so GEXF and GraphML exports would break), the non-characters U+FFFE
 * and U+FFFF (XML forbids them too), and lone surrogates (not text at all: the driver would store U+FFFD instead).
 */
const NOT_ONE_LINE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Lone surrogates, which no decoded document holds; a document's text may hold any other character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A character a field may not hold and its index (UTF-16) in the field. */
export interface ForbiddenCharacter {
  index: number;
  /** `U+001F`. */
  code: string;
  what: "a control character" | "a non-character" | "a lone surrogate";
}

function describe(match: RegExpExecArray | null): ForbiddenCharacter | undefined {
  if (!match) return undefined;
  const unit = match[0].charCodeAt(0);
  return {
    index: match.index,
    code: `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`,
    what:
      unit >= 0xd800 && unit <= 0xdfff
        ? "a lone surrogate"
        : unit === 0xfffe || unit === 0xffff
          ? "a non-character"
          : "a control character",
  };
}

/** The first character of `text` that keeps it from being one line of plain text, if any. Pure. */
export function firstForbiddenInLine(text: string): ForbiddenCharacter | undefined {
  return describe(NOT_ONE_LINE.exec(text));
}

/** The first lone surrogate of a document's text, if any (line breaks, tabs and the like are a text's own). Pure. */
export function firstForbiddenInText(text: string): ForbiddenCharacter | undefined {
  return describe(LONE_SURROGATE.exec(text));
}

const refuse =
  (find: (text: string) => ForbiddenCharacter | undefined, why: string) => (text: string, ctx: z.RefinementCtx) => {
    const found = find(text);
    if (found)
      ctx.addIssue({ code: "custom", message: `${found.code} at index ${found.index} is ${found.what}; ${why}` });
  };

const ONE_LINE = "names, aliases, titles, paths, roles, ids and rules are one line of plain text";

/** An id or rule name: one line, not empty. */
export const keyField = z.string().min(1).superRefine(refuse(firstForbiddenInLine, ONE_LINE));

/** A name, alias, title, path or role: one line. */
export const lineField = z.string().superRefine(refuse(firstForbiddenInLine, ONE_LINE));

/** An evidence sentence: the document's own text, whatever its characters, as long as it is text. */
export const textField = z
  .string()
  .superRefine(refuse(firstForbiddenInText, "the evidence text must be the document's text, decoded"));

/** A document's date: a real calendar date, written exactly in one of the accepted forms. */
export const dateField = z.string().refine(isCalendarDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not ${CALENDAR_DATE_FORMS} with a real month and day`,
});

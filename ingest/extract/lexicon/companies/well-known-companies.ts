// Well-known Chinese and global firms with their usual short forms: the lists by topic, read once into a map.

import { FINANCE_AND_STATE_FIRMS } from "./finance-and-state-firms.js";
import { GLOBAL_FIRMS } from "./global-firms.js";
import { INDUSTRY_AND_CONSUMER_FIRMS } from "./industry-and-consumer-firms.js";

/**
 * Well-known companies, one per line: the full name, then its usual short forms. A form written `?X` is also an
 * ordinary word (平安, 苹果, 大众, 招商) and counts only where the sentence speaks of companies.
 */
const WELL_KNOWN = `${FINANCE_AND_STATE_FIRMS}${INDUSTRY_AND_CONSUMER_FIRMS}${GLOBAL_FIRMS}`;

/** Alias -> full name, and the forms that are also ordinary words. */
function parseWellKnown(text: string): { names: Map<string, string>; ambiguous: Set<string> } {
  const names = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const line of text.split("\n")) {
    const forms = line.trim().split(/\s+/u).filter(Boolean);
    // A line of several full names (…银行 …银行) lists companies with no short form: each stands for itself.
    const standalone = forms.length > 2 && forms.every((form) => !form.startsWith("?") && form.length >= 4 && form.slice(-2) === (forms[0] ?? "").slice(-2));
    const full = (forms[0] ?? "").replace(/^\?/u, "");
    for (const raw of forms) {
      const form = raw.replace(/^\?/u, "");
      if (raw.startsWith("?")) ambiguous.add(form);
      if (!names.has(form)) names.set(form, standalone ? form : full);
    }
  }
  return { names, ambiguous };
}

const PARSED = parseWellKnown(WELL_KNOWN);

/** Well-known company names and short forms -> the company's full name. */
export const WELL_KNOWN_COMPANIES: ReadonlyMap<string, string> = PARSED.names;

/** Short forms that are also ordinary words (平安, 苹果): companies only where the sentence speaks of companies. */
export const AMBIGUOUS_COMPANY_FORMS: ReadonlySet<string> = PARSED.ambiguous;

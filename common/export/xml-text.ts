// XML text and attribute values that any reader accepts: markup escaped, characters XML 1.0 forbids left out.

// C0 controls other than tab, line feed and carriage return, lone surrogates and the two non-characters U+FFFE/U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Kept as references so an attribute value keeps its line breaks and tabs (a parser normalises literal ones to spaces).
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for XML content and attribute values and drops characters XML 1.0 does not allow. Pure. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] as string);
}

// Normalization that keeps offsets: full-width forms and odd spaces become their plain forms one character for one.

/**
 * Maps full-width ASCII (！ to ～) to half-width, ideographic and no-break spaces to a space, and the NFKC-style
 * variants of quotes and dots that reports mix; every replacement is one UTF-16 unit for one, so offsets stay valid.
 */
export function normalizeText(text: string): string {
  // Most sentences need no change: one scan decides, and they are returned as they are.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  // One replacement per character to change: the rest of the text is copied as it is, not built a character at a time.
  return text.replace(TO_NORMALIZE, normalizeCharacter);
}

function normalizeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    // Keep the Chinese punctuation that sentence splitting and the extractors read: ， ； ： （ ） ！ ？
    return KEEP_FULL_WIDTH.has(code) ? character : String.fromCharCode(code - 0xfee0);
  }
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x200b) return " ";
  return "·";
}

const NEEDS_NORMALIZING = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u200b\u2027\u30fb\uff65\u2022]/u;
const TO_NORMALIZE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u200b\u2027\u30fb\uff65\u2022]/gu;
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f]);

/** Text for comparing names: NFKC, no whitespace, no quotation or book-title marks. */
export function comparableName(name: string): string {
  return name.normalize("NFKC").replace(/[\s“”《》「」『』"'‘’〈〉]/gu, "");
}

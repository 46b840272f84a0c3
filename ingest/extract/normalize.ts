// Normalization that keeps offsets: full-width forms and odd spaces become their plain forms one character for one.

/**
 * Maps full-width ASCII (！ to ～) to half-width, ideographic and no-break spaces to a space, and the NFKC-style
 * variants of quotes and dots that reports mix; every replacement is one UTF-16 unit for one, so offsets stay valid.
 */
export function normalizeText(text: string): string {
  // Most sentences need no change: one scan decides, and they are returned as they are.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      const ascii = code - 0xfee0;
      // Keep the Chinese punctuation that sentence splitting and the extractors read: ， ； ： （ ） ！ ？
      out += KEEP_FULL_WIDTH.has(code) ? text[i] : String.fromCharCode(ascii);
    } else if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x200b) {
      out += " ";
    } else if (code === 0x2027 || code === 0x30fb || code === 0xff65 || code === 0x2022) {
      out += "·";
    } else {
      out += text[i];
    }
  }
  return out;
}

const NEEDS_NORMALIZING = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u200b\u2027\u30fb\uff65\u2022]/u;
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f]);

/** Text for comparing names: NFKC, no whitespace, no quotation or book-title marks. */
export function comparableName(name: string): string {
  return name.normalize("NFKC").replace(/[\s“”《》「」『』"'‘’〈〉]/gu, "");
}

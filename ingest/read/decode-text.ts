// Decides which encoding a document's bytes are in and decodes them: a byte-order mark, UTF-8, UTF-16 without a
// BOM, GB18030/GBK. Binary bytes, damaged UTF-8 and bytes no encoding reads are refused, never decoded to garbage.

import { isUtf8 } from "node:buffer";
import { KgError } from "../../common/errors.js";

/** The encodings a document may be in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** What the bytes of a document are, as far as decoding goes. */
export type EncodingChoice =
  | { kind: "text"; encoding: TextEncoding }
  | { kind: "binary" }
  | { kind: "bom-mismatch"; encoding: TextEncoding }
  /** Mostly UTF-8, with a few invalid sequences: the text's own, damaged, and not another encoding. */
  | { kind: "damaged-utf-8"; invalid: InvalidUtf8 }
  | { kind: "undecodable"; invalid: InvalidUtf8 };

/**
 * Valid multi-byte UTF-8 sequences per invalid one, at least, for bytes to be taken as damaged UTF-8 rather than as
 * another encoding. GBK text, whose two-byte characters now and then happen to form a UTF-8 sequence, has far fewer
 * valid sequences than invalid ones (about one per three over a whole report); UTF-8 text with a stray byte has dozens.
 */
const DAMAGED_UTF8_MIN_VALID_PER_INVALID = 2;

/** Bytes sampled to tell UTF-16 without a BOM and binary files apart from text: a few pages of text. */
const SAMPLE_BYTES = 64 * 1024;

/** The share of a UTF-16 reading's code units that must be ordinary text for a file without a BOM to be UTF-16. */
const UTF16_MIN_TEXT_SHARE = 0.95;

/**
 * Chooses how to decode a document's bytes. A BOM decides; then UTF-16 without a BOM (its zero bytes all fall on
 * one side of its code units, and one byte order reads as text), binary bytes (NUL or many control bytes), valid
 * UTF-8, UTF-8 with damage (far more valid multi-byte sequences than invalid ones), and GB18030, the Chinese
 * national standard and a superset of GBK, last. Pure.
 */
export function chooseEncoding(bytes: Uint8Array): EncodingChoice {
  const bom = detectBom(bytes);
  if (bom) {
    const valid = decodes(bytes.subarray(bom.length), bom.encoding);
    return valid ? { kind: "text", encoding: bom.encoding } : { kind: "bom-mismatch", encoding: bom.encoding };
  }
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) return { kind: "text", encoding: utf16 };
  if (looksBinary(bytes)) return { kind: "binary" };
  if (isUtf8(bytes)) return { kind: "text", encoding: "utf-8" };
  const scan = scanUtf8(bytes);
  if (scan.validMultiByte >= DAMAGED_UTF8_MIN_VALID_PER_INVALID * scan.invalid.count)
    return { kind: "damaged-utf-8", invalid: scan.invalid };
  if (decodes(bytes, "gb18030")) return { kind: "text", encoding: "gb18030" };
  return { kind: "undecodable", invalid: scan.invalid };
}

/** Decodes a document's bytes as `chooseEncoding` decides; anything but text is a KgError naming the file and what to do. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const choice = chooseEncoding(bytes);
  switch (choice.kind) {
    case "text":
      // The decoder drops a byte-order mark of its own encoding, and only a BOM chose one.
      return new TextDecoder(choice.encoding, { fatal: true }).decode(bytes);
    case "binary":
      throw undecodable(
        file,
        "it looks like a binary file (NUL or control bytes); if it is UTF-16 text, save it with a byte-order mark",
      );
    case "bom-mismatch":
      throw undecodable(
        file,
        `it starts with a ${choice.encoding.toUpperCase()} byte-order mark but is not valid ${choice.encoding.toUpperCase()}`,
      );
    case "damaged-utf-8":
      throw new KgError(
        "decode",
        `ingest/read: cannot decode ${file}: it is UTF-8 text with ${describeInvalid(choice.invalid)}. ` +
          `Fix or delete those bytes (iconv -f UTF-8 -t UTF-8 -c drops them) and ingest it again; the other files go on.`,
      );
    case "undecodable":
      throw undecodable(file, `it is neither UTF-8 (${describeInvalid(choice.invalid)}), UTF-16 nor GB18030/GBK text`);
  }
}

function decodes(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: an even number of bytes whose zero bytes (the high byte of every ASCII character, line
 * breaks included, and the low byte of characters such as 一) nearly all fall on the same side of the code units,
 * and one byte order whose code units are nearly all ordinary text. Pure Chinese text with neither (no line break,
 * no ASCII, no 一) is not told apart from binary; saved with a BOM it is read.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  if (Math.max(even, odd) === 0 || Math.min(even, odd) > 0.05 * (even + odd)) return undefined;
  const little = textShare(sample, true);
  const big = textShare(sample, false);
  const best = little >= big ? "utf-16le" : "utf-16be";
  if (Math.max(little, big) < UTF16_MIN_TEXT_SHARE || !decodes(bytes, best)) return undefined;
  return best;
}

/** The share of code units in the ranges ordinary text uses (Chinese, Latin, punctuation, symbols). */
function textShare(sample: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(sample.length / 2);
  let textual = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const [a = 0, b = 0] = [sample[i], sample[i + 1]];
    if (isTextUnit(littleEndian ? a | (b << 8) : (a << 8) | b)) textual += 1;
  }
  return units === 0 ? 0 : textual / units;
}

function isTextUnit(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0c ||
    unit === 0x0d ||
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x24f) || // Latin
    (unit >= 0x370 && unit <= 0x4ff) || // Greek, Cyrillic
    (unit >= 0x2000 && unit <= 0x2bff) || // punctuation, numbers, arrows, symbols
    (unit >= 0x3000 && unit <= 0x33ff) || // CJK punctuation, kana, bopomofo, enclosed
    (unit >= 0x3400 && unit <= 0x4dbf) || // CJK extension A
    (unit >= 0x4e00 && unit <= 0x9fff) || // CJK unified ideographs
    (unit >= 0xd800 && unit <= 0xdfff) || // surrogates: characters beyond the BMP
    (unit >= 0xf900 && unit <= 0xfaff) || // CJK compatibility ideographs
    (unit >= 0xfe30 && unit <= 0xfe4f) || // CJK compatibility forms
    (unit >= 0xff00 && unit <= 0xffef) // full- and half-width forms
  );
}

/** Text files have no NUL bytes and few C0 control bytes besides tab, line feed, carriage return, form feed and escape. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Invalid UTF-8 sequences shown by offset: enough to find them, few enough for one message. */
const SHOWN_INVALID = 5;

/** Ill-formed UTF-8 sequences (each a maximal subpart, as a decoder replaces them): how many, and the first few. */
export interface InvalidUtf8 {
  count: number;
  /** Byte offset (0-based) and line (1-based) of each. */
  first: Array<{ offset: number; line: number }>;
}

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  validMultiByte: number;
  invalid: InvalidUtf8;
}

/**
 * Counts well-formed and ill-formed UTF-8 sequences by the Unicode table of well-formed byte sequences (no overlong
 * forms, surrogates or code points past U+10FFFF), keeping the offsets of the first ill-formed ones. Node's decoders
 * say only that bytes are invalid, not where. Pure.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let validMultiByte = 0;
  let count = 0;
  const first: Array<{ offset: number; line: number }> = [];
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      if (lead === 0x0a) line += 1;
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      validMultiByte += 1;
      i += length;
      continue;
    }
    count += 1;
    if (first.length < SHOWN_INVALID) first.push({ offset: i, line });
    i += Math.max(1, -length);
  }
  return { validMultiByte, invalid: { count, first } };
}

/**
 * The length of the well-formed sequence at `i`, or minus the length of the ill-formed subpart to skip there (at
 * least one byte: a lead byte followed by too few continuation bytes is skipped with those continuation bytes).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  let continuation: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    continuation = 2;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuation = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return -1;
  for (let k = 1; k <= continuation; k += 1) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return -k;
  }
  return continuation + 1;
}

function describeInvalid({ count, first }: InvalidUtf8): string {
  const places = first.map(({ offset, line }) => `byte ${offset} (line ${line})`).join(", ");
  const more = count > first.length ? ` and ${count - first.length} more` : "";
  return `${count === 1 ? "an invalid byte sequence" : `${count} invalid byte sequences`} at ${places}${more}`;
}

function undecodable(file: string, why: string): KgError {
  return new KgError(
    "decode",
    `ingest/read: cannot decode ${file}: ${why}. Save it as UTF-8 (or GB18030) text and ingest it again; the other files go on.`,
  );
}

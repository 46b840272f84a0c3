// Choosing a document's encoding from its bytes: damaged UTF-8 is never read as GB18030 mojibake, genuine GBK still
// is, UTF-16 without a byte-order mark is read, and binary or undecodable bytes are refused with their offsets.

import { describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import { chooseEncoding, decodeText, detectUtf16WithoutBom, scanUtf8 } from "../../../../ingest/read/decode-text.js";

const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");

/** `bytes` with `inserted` put in at byte `at`. */
function withBytes(bytes: Buffer, at: number, ...inserted: number[]): Buffer {
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(inserted), bytes.subarray(at)]);
}

function utf16(text: string, bigEndian: boolean): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  return bigEndian ? bytes.swap16() : bytes;
}

const decodesAsGb18030 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** GBK bytes of 「各位委员：\n辽源市政协委员专业学院思路。」: some of its characters happen to form valid UTF-8. */
const GBK_WITH_UTF8_LOOKALIKES = Buffer.from(
  "b8f7cebbceafd4b1a3ba0ac1c9d4b4cad0d5fed0adceafd4b1d7a8d2b5d1a7d4bacbbcc2b7a1a3",
  "hex",
);

describe("decodeText on damaged UTF-8", () => {
  // 「现在，我们从事的工作」 in UTF-8 with one stray byte after 现在: valid GB18030 too, as 「鐜板湪€锛屾垜…」.
  const damaged = withBytes(utf8("现在，我们从事的工作"), 6, 0x80);

  it("refuses UTF-8 text with one stray byte, naming the file and the byte's offset and line, instead of reading mojibake", () => {
    expect(decodesAsGb18030(damaged)).toBe(true);
    expect(chooseEncoding(damaged)).toEqual({
      kind: "damaged-utf-8",
      invalid: { count: 1, first: [{ offset: 6, line: 1 }] },
    });
    expect(() => decodeText(damaged, "/c/report.txt")).toThrow(KgError);
    expect(() => decodeText(damaged, "/c/report.txt")).toThrow(
      /cannot decode \/c\/report\.txt: it is UTF-8 text with an invalid byte sequence at byte 6 \(line 1\)\. Fix or delete those bytes/,
    );
  });

  it("names the first few invalid places by line and counts the rest", () => {
    const lines = utf8("第一行政协委员会议\n第二行人民代表大会\n第三行");
    let bytes = withBytes(lines, lines.length, 0xff);
    for (let i = 0; i < 6; i += 1) bytes = withBytes(bytes, 28, 0xc3);
    const { invalid } = scanUtf8(bytes);
    expect(invalid.count).toBe(7);
    expect(invalid.first).toHaveLength(5);
    expect(invalid.first[0]).toEqual({ offset: 28, line: 2 });
    expect(() => decodeText(bytes, "f.txt")).toThrow(/7 invalid byte sequences at byte 28 \(line 2\), .* and 2 more/);
  });

  it("still reads genuine GBK as GB18030, even when some of its characters form valid UTF-8 sequences", () => {
    expect(scanUtf8(GBK_WITH_UTF8_LOOKALIKES).validMultiByte).toBeGreaterThan(0);
    expect(chooseEncoding(GBK_WITH_UTF8_LOOKALIKES)).toEqual({ kind: "text", encoding: "gb18030" });
    expect(decodeText(GBK_WITH_UTF8_LOOKALIKES, "gbk.txt")).toBe("各位委员：\n辽源市政协委员专业学院思路。");
  });

  it("refuses bytes that are neither UTF-8 nor GB18030 and names where UTF-8 fails", () => {
    expect(() => decodeText(Buffer.from([0x41, 0xff, 0xff, 0x42, 0x80, 0x43]), "g.txt")).toThrow(
      /cannot decode g\.txt: it is neither UTF-8 \(3 invalid byte sequences at byte 1 \(line 1\), byte 2 .*\), UTF-16 nor GB18030/,
    );
  });
});

describe("scanUtf8", () => {
  it("counts overlong forms, surrogates, code points past U+10FFFF and a sequence cut short at the end as invalid", () => {
    expect(scanUtf8(Buffer.from([0xc0, 0x80])).invalid.count).toBe(2);
    expect(scanUtf8(Buffer.from([0xed, 0xa0, 0x80])).invalid.count).toBe(3);
    expect(scanUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])).invalid.count).toBe(4);
    expect(scanUtf8(utf8("政协").subarray(0, 5))).toEqual({
      validMultiByte: 1,
      invalid: { count: 1, first: [{ offset: 3, line: 1 }] },
    });
  });

  it("counts every well-formed sequence of two to four bytes", () => {
    expect(scanUtf8(utf8("é政𠀀a"))).toEqual({ validMultiByte: 3, invalid: { count: 0, first: [] } });
  });
});

describe("decodeText on UTF-16 without a byte-order mark", () => {
  const TEXT = "政协辽源市委员会工作报告\n与长春大学合作，共建实验室。";

  it("reads little- and big-endian Chinese text with line breaks", () => {
    expect(detectUtf16WithoutBom(utf16(TEXT, false))).toBe("utf-16le");
    expect(decodeText(utf16(TEXT, false), "le.txt")).toBe(TEXT);
    expect(detectUtf16WithoutBom(utf16(TEXT, true))).toBe("utf-16be");
    expect(decodeText(utf16(TEXT, true), "be.txt")).toBe(TEXT);
  });

  it("reads mostly-ASCII text in either byte order", () => {
    const english = "Annual report of the Jilin committee, 2021.\r\n";
    expect(decodeText(utf16(english, false), "en-le.txt")).toBe(english);
    expect(decodeText(utf16(english, true), "en-be.txt")).toBe(english);
  });

  it("never takes ASCII or UTF-8 text for UTF-16, however CJK-like its byte pairs", () => {
    expect(chooseEncoding(utf8("Bush hid the facts"))).toEqual({ kind: "text", encoding: "utf-8" });
    expect(detectUtf16WithoutBom(utf8("Bush hid the facts"))).toBeUndefined();
    expect(chooseEncoding(utf8(TEXT))).toEqual({ kind: "text", encoding: "utf-8" });
  });

  it("still refuses binary bytes whose zeros fall on both sides", () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(chooseEncoding(binary)).toEqual({ kind: "binary" });
    expect(() => decodeText(binary, "img.txt")).toThrow(/img\.txt: it looks like a binary file/);
  });
});

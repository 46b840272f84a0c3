// The document size limit: sizes with units, the option over the environment over the default, bad values named.

import { describe, expect, it } from "vitest";
import { KgError } from "../../../../common/errors.js";
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  describeExactSize,
  describeSize,
  parseSize,
  resolveMaxDocumentBytes,
} from "../../../../ingest/read/document-size-limit.js";

describe("document size limit", () => {
  it("refuses a size that is not one, naming where it came from", () => {
    expect(() => parseSize("12x", "KG_MAX_DOCUMENT_SIZE")).toThrow(KgError);
    expect(() => parseSize("12x", "KG_MAX_DOCUMENT_SIZE")).toThrow(/KG_MAX_DOCUMENT_SIZE: "12x" is not a size/);
    expect(() => parseSize("0", "--max-document-size")).toThrow(/--max-document-size/);
    expect(() => parseSize("-5MB", "--max-document-size")).toThrow(/not a size/);
    expect(() => resolveMaxDocumentBytes(undefined, { KG_MAX_DOCUMENT_SIZE: "lots" })).toThrow(/KG_MAX_DOCUMENT_SIZE/);
  });

  it("reads bytes and binary units, with or without a space or an i", () => {
    expect(parseSize("2048", "x")).toBe(2048);
    expect(parseSize("512B", "x")).toBe(512);
    expect(parseSize("16MB", "x")).toBe(16 * 1024 * 1024);
    expect(parseSize("16 mib", "x")).toBe(16 * 1024 * 1024);
    expect(parseSize("1.5K", "x")).toBe(1536);
    expect(parseSize("1GB", "x")).toBe(1024 ** 3);
  });

  it("takes the option over the environment variable, and that over the default", () => {
    expect(resolveMaxDocumentBytes("1KB", { KG_MAX_DOCUMENT_SIZE: "2KB" })).toBe(1024);
    expect(resolveMaxDocumentBytes(undefined, { KG_MAX_DOCUMENT_SIZE: "2KB" })).toBe(2048);
    expect(resolveMaxDocumentBytes(undefined, { KG_MAX_DOCUMENT_SIZE: " " })).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
    expect(resolveMaxDocumentBytes(undefined, {})).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
  });

  it("describes sizes for people", () => {
    expect(describeSize(8 * 1024 * 1024)).toBe("8 MB");
    expect(describeSize(9_000_000)).toBe("8.6 MB");
    expect(describeSize(1536)).toBe("1.5 KB");
    expect(describeSize(12)).toBe("12 bytes");
    expect(describeExactSize(9_000_000)).toBe("8.6 MB (9,000,000 bytes)");
    expect(describeExactSize(12)).toBe("12 bytes");
  });
});

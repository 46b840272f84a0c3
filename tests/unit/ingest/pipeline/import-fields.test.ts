// The characters an imported field may hold: one-line fields no controls, non-characters or lone surrogates; a
// document's text anything but lone surrogates.

import { describe, expect, it } from "vitest";
import { firstForbiddenInLine, firstForbiddenInText } from "../../../../ingest/pipeline/import-fields.js";

describe("firstForbiddenInLine", () => {
  it("finds C0 and C1 controls, DEL, line breaks and tabs, with their index", () => {
    expect(firstForbiddenInLine("政协\u001f委员会")).toEqual({ index: 2, code: "U+001F", what: "a control character" });
    expect(firstForbiddenInLine("a\u0000")).toMatchObject({ index: 1, code: "U+0000" });
    expect(firstForbiddenInLine("市政协\n")).toMatchObject({ index: 3, code: "U+000A" });
    expect(firstForbiddenInLine("\tx")).toMatchObject({ index: 0, code: "U+0009" });
    expect(firstForbiddenInLine("x\u007f")).toMatchObject({ code: "U+007F" });
    expect(firstForbiddenInLine("x\u0085y")).toMatchObject({ code: "U+0085", what: "a control character" });
    expect(firstForbiddenInLine("x\u009f")).toMatchObject({ code: "U+009F" });
  });

  it("finds lone surrogates and the non-characters XML forbids", () => {
    expect(firstForbiddenInLine("a\ud800b")).toEqual({ index: 1, code: "U+D800", what: "a lone surrogate" });
    expect(firstForbiddenInLine("ab\udc00")).toMatchObject({ index: 2, what: "a lone surrogate" });
    expect(firstForbiddenInLine("\ufffe")).toMatchObject({ code: "U+FFFE", what: "a non-character" });
    expect(firstForbiddenInLine("x\uffff")).toMatchObject({ code: "U+FFFF", what: "a non-character" });
  });

  it("accepts names as they are written, astral characters and odd spaces included", () => {
    for (const text of ["辽源市政协", "“金点子”征集活动", "𠮷野家", "A&B <合作>", "a\u00a0b", "x\u3000y", ""])
      expect(firstForbiddenInLine(text), text).toBeUndefined();
  });
});

describe("firstForbiddenInText", () => {
  it("finds a lone surrogate in a document's text", () => {
    expect(firstForbiddenInText("第一句。\udbff")).toEqual({ index: 4, code: "U+DBFF", what: "a lone surrogate" });
  });

  it("accepts what a decoded document holds: line breaks, tabs, form feeds and other controls", () => {
    expect(firstForbiddenInText("第一句，\n第二句。\t\f\u001b\r\n😀")).toBeUndefined();
  });
});

// Interface text in Chinese and English, and which one a browser gets first.

import { describe, expect, it } from "vitest";
import { createTranslator, preferredLanguage } from "../../../client/i18n.js";

describe("client i18n", () => {
  it("fills placeholders and names types and relations in each language", () => {
    const zh = createTranslator("zh");
    const en = createTranslator("en");
    expect(zh.t("status.graph", { nodes: 137, edges: 412 })).toBe("137 个实体 · 412 条关系");
    expect(en.t("status.graph", { nodes: 137, edges: 412 })).toBe("137 entities · 412 relations");
    expect(en.t("status.graph")).toBe("{nodes} entities · {edges} relations");
    expect([zh.entityType("Organization"), en.entityType("Organization")]).toEqual(["机构", "Organization"]);
    expect([zh.relation("CO_OCCURS"), en.relation("CO_OCCURS")]).toEqual(["共现", "co-occurs"]);
  });

  it("starts in Chinese when the browser prefers a Chinese variant, else in English", () => {
    expect(preferredLanguage(["zh-CN", "en"])).toBe("zh");
    expect(preferredLanguage(["zh-TW"])).toBe("zh");
    expect(preferredLanguage(["fr-FR", "zh-Hans"])).toBe("zh");
    expect(preferredLanguage(["en-US", "zh-CN"])).toBe("en");
    expect(preferredLanguage(["de"])).toBe("en");
    expect(preferredLanguage([])).toBe("en");
  });
});

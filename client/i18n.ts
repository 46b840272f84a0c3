// Interface text in Chinese and English: the lookup over the two tables (i18n/zh.ts, i18n/en.ts) and the language to start with.

import type { EntityType, RelationType } from "../common/api.js";
import type { SuggestionReason } from "../common/curation.js";
import { EN_SUGGESTION_REASONS } from "./i18n/curation-en.js";
import { ZH_SUGGESTION_REASONS } from "./i18n/curation-zh.js";
import { EN_ENTITY_TYPES, EN_MESSAGES, EN_RELATIONS } from "./i18n/en.js";
import { ZH_ENTITY_TYPES, ZH_MESSAGES, ZH_RELATIONS, type MessageKey } from "./i18n/zh.js";

export type { MessageKey };

export type Language = "zh" | "en";
export const LANGUAGES: readonly Language[] = ["zh", "en"];

const DICTIONARIES: Record<
  Language,
  {
    messages: Record<MessageKey, string>;
    entityTypes: Record<EntityType, string>;
    relations: Record<RelationType, string>;
    reasons: Record<SuggestionReason, string>;
  }
> = {
  zh: { messages: ZH_MESSAGES, entityTypes: ZH_ENTITY_TYPES, relations: ZH_RELATIONS, reasons: ZH_SUGGESTION_REASONS },
  en: { messages: EN_MESSAGES, entityTypes: EN_ENTITY_TYPES, relations: EN_RELATIONS, reasons: EN_SUGGESTION_REASONS },
};

/** A translator for one language: `t(key, { name: value })` fills `{name}` placeholders. */
export interface Translator {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  entityType(type: EntityType): string;
  relation(type: RelationType): string;
  /** Why a pair looks like a duplicate. */
  reason(reason: SuggestionReason): string;
}

/** Builds the translator of a language. */
export function createTranslator(language: Language): Translator {
  const { messages, entityTypes, relations, reasons } = DICTIONARIES[language];
  return {
    language,
    t: (key, params) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params && name in params ? String(params[name]) : whole,
      ),
    entityType: (type) => entityTypes[type] ?? type,
    relation: (type) => relations[type] ?? type,
    reason: (reason) => reasons[reason] ?? reason,
  };
}

/** Chinese when the browser's preferred languages put a Chinese variant before English, else English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "zh") return "zh";
    if (primary === "en") return "en";
  }
  return "en";
}

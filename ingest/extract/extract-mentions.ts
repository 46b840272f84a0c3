// A first, deliberately small extractor: organizations and places by their name endings. The full engine replaces it.

import type { EntityType, ExtractedEntity, Sentence } from "../types.js";

const NAME_CHAR = "[\\u4e00-\\u9fff]";
const PATTERNS: ReadonlyArray<{ type: EntityType; pattern: RegExp }> = [
  { type: "Organization", pattern: new RegExp(`${NAME_CHAR}{1,6}?(?:政协|委员会|大学|学院|研究所|工商联|银行|公司|集团)`, "gu") },
  { type: "Place", pattern: new RegExp(`${NAME_CHAR}{2}(?:省|市|县)(?![委政人])`, "gu") },
];
const FUNCTION_CHARS = /^.*[的和与在到及等向对为了是把将由从全我本各该]/u;

/** Finds entity mentions in sentences and groups them by type and name. */
export function extractMentions(sentences: readonly Sentence[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity>();
  for (const sentence of sentences) {
    for (const { type, pattern } of PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        // Drop anything up to the last function character: "组织委员到市政协" names 市政协.
        const cut = FUNCTION_CHARS.exec(match[0])?.[0].length ?? 0;
        const surface = match[0].slice(cut);
        if (surface.length < 3) continue;
        const start = sentence.start + (match.index ?? 0) + cut;
        const id = `${type}:${surface}`;
        const entity = byId.get(id) ?? { id, type, name: surface, aliases: [surface], mentions: [] };
        entity.mentions.push({ start, end: start + surface.length, surface, sentence: sentence.index });
        byId.set(id, entity);
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// Relations read from names alone: a nested name is PART_OF the body it starts with (长春中医药大学药学院), and a body
// named after a place is LOCATED_IN it.

import type { ExtractedEntity, Sentence } from "../../types.js";
import type { DocumentContext } from "../extraction-types.js";
import type { ProposedRelation } from "./relation-types.js";

/** Bodies written without their place that belong to the document's own one (政协党组 = 辽源市政协's party group). */
const OWN_BODY_PREFIXES = ["政协", "人大", "人大常委会"];

/** PART_OF relations from name prefixes, and LOCATED_IN relations from place prefixes. */
export function nameRelations(
  entities: readonly ExtractedEntity[],
  sentences: readonly Sentence[],
  document: DocumentContext,
): ProposedRelation[] {
  const organizations = new Map<string, string>();
  const places = new Map<string, string>();
  for (const entity of entities) {
    const index = entity.type === "Organization" ? organizations : entity.type === "Place" ? places : undefined;
    if (!index) continue;
    for (const alias of [entity.name, ...entity.aliases]) if (!index.has(alias)) index.set(alias, entity.id);
  }
  for (const prefix of OWN_BODY_PREFIXES) {
    const own = document.city ? organizations.get(document.city + prefix) : undefined;
    if (own && !organizations.has(prefix)) organizations.set(prefix, own);
  }
  // The document's own city and province locate nearly every body in it: saying so adds nothing.
  const ownPlaces = new Set(
    [document.city, document.province, "中国"].filter((p): p is string => p !== undefined).map((p) => `Place:${p}`),
  );
  const parents = new Map<string, string>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentStartsWithPlace = (entity: ExtractedEntity) => {
    const parent = parents.get(entity.id);
    const parentEntity = parent === undefined ? undefined : byId.get(parent);
    return parentEntity !== undefined && longestPrefix(parentEntity, places) !== undefined;
  };
  const out: ProposedRelation[] = [];
  for (const entity of entities) {
    if (entity.type !== "Organization" && entity.type !== "Project") continue;
    const sentence = sentences[entity.mentions[0]?.sentence ?? -1];
    if (!sentence) continue;
    if (entity.type === "Organization") {
      const parent = longestPrefix(entity, organizations);
      if (parent) parents.set(entity.id, parent);
      if (parent) out.push({ type: "PART_OF", source: entity.id, target: parent, rule: "nested-name", sentence });
    }
    const place = entity.type === "Organization" ? longestPrefix(entity, places) : undefined;
    if (place && !ownPlaces.has(place) && !parentStartsWithPlace(entity))
      out.push({ type: "LOCATED_IN", source: entity.id, target: place, rule: "place-in-name", sentence });
  }
  return out;
}

/** The entity whose name is the longest proper prefix of one of this entity's names (leaving at least two characters). */
function longestPrefix(entity: ExtractedEntity, index: ReadonlyMap<string, string>): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const name of [entity.name, ...entity.aliases]) {
    for (let length = name.length - 2; length >= 2; length--) {
      const id = index.get(name.slice(0, length));
      if (id && id !== entity.id) {
        if (!best || length > best.length) best = { id, length };
        break;
      }
    }
  }
  return best?.id;
}

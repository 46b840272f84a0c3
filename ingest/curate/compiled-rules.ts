// Curation rules compiled for fast application: indexed by the key they apply to, resolved in the order they were made.

import type { CurationRule, EntityName } from "../../common/curation.js";
import { entityKey, relationKey, type RelationType } from "../../common/domain.js";

type EntityRule = Extract<CurationRule, { kind: "merge" | "rename" | "retype" | "split" | "exclude" }>;
type RelationRule = Extract<CurationRule, { kind: "reject" | "retype-relation" }>;
export type RelateRule = Extract<CurationRule, { kind: "relate" }>;

interface Indexed<Rule> {
  position: number;
  rule: Rule;
}

/** A relation rule indexed by where its ends land, with the entity rules that moved them there. */
interface IndexedRelationRule extends Indexed<RelationRule> {
  via: readonly string[];
}

/**
 * A relation's key as the graph holds it: co-occurrence is unordered and stored with its ends in code-unit order, so
 * ends that a merge or rename brought out of order name the same relation.
 */
function storedKey(source: string, type: RelationType, target: string): string {
  return type === "CO_OCCURS" && source > target
    ? relationKey(target, type, source)
    : relationKey(source, type, target);
}

/** Where an entity mention or relation end lands: an entity (with the rules that moved it), or nowhere (excluded). */
export type EntityResolution =
  | { excluded: false; key: string; name?: EntityName; fired: string[] }
  | {
      excluded: true;
      fired: string[];
    };

export interface RelationResolution {
  dropped: boolean;
  source: string;
  type: RelationType;
  target: string;
  fired: string[];
}

/** Rules ready to apply to any number of documents; resolutions are memoized, so each is worked out once per run. */
export interface CompiledRules {
  readonly rules: readonly CurationRule[];
  /** True when no rule can change a document (only `distinct` rules, or none). */
  readonly inert: boolean;
  /** Where the entity `key` goes, for a mention with `surface` (undefined: the entity as a whole, e.g. an inferred subject). */
  resolveEntity(key: string, surface?: string, from?: number): EntityResolution;
  /** What becomes of a relation between two resolved entities, by the relation rules made from position `from` on. */
  resolveRelation(source: string, type: RelationType, target: string, from?: number): RelationResolution;
  /** The hand-made relations whose evidence lies in a document, with their positions. */
  relatesIn(documentKey: string): ReadonlyArray<Indexed<RelateRule>>;
  /** Whether a relation rule names one of these entities at one of its ends. */
  relationRuleAbout(keys: readonly string[]): boolean;
}

const SURFACE_NONE = "\u0001";

/** Compiles rules in the order given (the order they were made). Pure. */
export function compileRules(rules: readonly CurationRule[]): CompiledRules {
  const byEntity = new Map<string, Array<Indexed<EntityRule>>>();
  const relates = new Map<string, Array<Indexed<RelateRule>>>();
  const relationRules: Array<Indexed<RelationRule>> = [];
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  rules.forEach((rule, position) => {
    switch (rule.kind) {
      case "merge":
        for (const key of rule.entities) push(byEntity, key, { position, rule });
        break;
      case "rename":
      case "retype":
      case "split":
      case "exclude":
        push(byEntity, rule.entity, { position, rule });
        break;
      case "reject":
      case "retype-relation":
        relationRules.push({ position, rule });
        break;
      case "relate":
        push(relates, rule.evidence.document, { position, rule });
        break;
      case "distinct":
        break;
    }
  });

  const memo = new Map<string, EntityResolution>();
  const resolveEntity = (key: string, surface?: string, from = 0): EntityResolution => {
    const memoKey = `${from}\u0000${key}\u0000${surface ?? SURFACE_NONE}`;
    const known = memo.get(memoKey);
    if (known) return known;
    let current = key;
    let name: EntityName | undefined;
    let position = from;
    const fired: string[] = [];
    let result: EntityResolution | undefined;
    for (;;) {
      const next = byEntity.get(current)?.find((entry) => entry.position >= position && applies(entry.rule, surface));
      if (!next) break;
      fired.push(next.rule.id);
      if (next.rule.kind === "exclude") {
        result = { excluded: true, fired };
        break;
      }
      name = next.rule.into;
      current = entityKey(name.type, name.name);
      position = next.position + 1;
    }
    result ??= { excluded: false, key: current, ...(name ? { name } : {}), fired };
    memo.set(memoKey, result);
    return result;
  };

  // A relation rule names the relation as the graph held it when it was made; entity rules made after it move its
  // ends, so it is keyed by where those ends land now.
  const relationIndex = new Map<string, IndexedRelationRule[]>();
  for (const entry of relationRules) {
    const { source, type, target } = entry.rule.relation;
    const from = resolveEntity(source, undefined, entry.position + 1);
    const to = resolveEntity(target, undefined, entry.position + 1);
    if (from.excluded || to.excluded) continue;
    // The entity rules that moved its ends count as firing with it, so undoing one of them revisits its documents.
    push(relationIndex, storedKey(from.key, type, to.key), { ...entry, via: [...from.fired, ...to.fired] });
  }

  const resolveRelation = (source: string, type: RelationType, target: string, from = 0): RelationResolution => {
    const result: RelationResolution = { dropped: false, source, type, target, fired: [] };
    let position = from;
    for (;;) {
      const key = storedKey(result.source, result.type, result.target);
      const next = relationIndex.get(key)?.find((entry) => entry.position >= position);
      if (!next) return result;
      result.fired.push(next.rule.id, ...next.via);
      if (next.rule.kind === "reject") return { ...result, dropped: true };
      if (next.rule.reverse) [result.source, result.target] = [result.target, result.source];
      result.type = next.rule.type;
      position = next.position + 1;
    }
  };

  return {
    rules,
    inert: byEntity.size === 0 && relationIndex.size === 0 && relates.size === 0,
    resolveEntity,
    resolveRelation,
    relatesIn: (documentKey) => relates.get(documentKey) ?? [],
    relationRuleAbout: (keys) =>
      relationRules.some(({ rule }) => keys.includes(rule.relation.source) || keys.includes(rule.relation.target)),
  };
}

/** Whether an entity rule applies to a mention with `surface` (a rule about one surface form needs one). */
function applies(rule: EntityRule, surface: string | undefined): boolean {
  if (rule.kind === "split") return surface === rule.surface;
  if (rule.kind === "exclude" && rule.surface !== undefined) return surface === rule.surface;
  return true;
}

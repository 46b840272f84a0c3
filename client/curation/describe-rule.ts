// What a rule does, in the explorer's language: the toast after a change and the history say it this way.

import type { CurationOperation } from "../../common/curation.js";
import type { EntityType, RelationType } from "../../common/domain.js";
import type { Translator } from "../i18n.js";

/** An entity key `Type:name` as the explorer shows it: its name in corner brackets. */
const named = (key: string): string => `「${key.slice(key.indexOf(":") + 1)}」`;

/** One line for a rule. Pure. */
export function describeRule(rule: CurationOperation, t: Translator): string {
  const relation = (r: { source: string; type: RelationType; target: string }) =>
    `${named(r.source)} —${t.relation(r.type)}→ ${named(r.target)}`;
  const type = (value: EntityType) => t.entityType(value);
  switch (rule.kind) {
    case "merge":
      return t.t("curation.rule.merge", {
        entities: rule.entities.map(named).join("、"),
        into: named(`${rule.into.type}:${rule.into.name}`),
        type: type(rule.into.type),
      });
    case "rename":
      return t.t("curation.rule.rename", { entity: named(rule.entity), name: rule.into.name });
    case "retype":
      return t.t("curation.rule.retype", { entity: named(rule.entity), type: type(rule.into.type) });
    case "split":
      return t.t("curation.rule.split", { entity: named(rule.entity), surface: rule.surface, name: rule.into.name });
    case "exclude":
      return rule.surface === undefined
        ? t.t("curation.rule.exclude", { entity: named(rule.entity) })
        : t.t("curation.rule.excludeSurface", { entity: named(rule.entity), surface: rule.surface });
    case "distinct":
      return t.t("curation.rule.distinct", { a: named(rule.entities[0]), b: named(rule.entities[1]) });
    case "reject":
      return t.t("curation.rule.reject", { relation: relation(rule.relation) });
    case "retype-relation":
      return rule.type === rule.relation.type
        ? t.t("curation.rule.reverse", { relation: relation(rule.relation) })
        : t.t(rule.reverse ? "curation.rule.retypeReverse" : "curation.rule.retypeRelation", {
            relation: relation(rule.relation),
            type: t.relation(rule.type),
          });
    case "relate":
      return t.t("curation.rule.relate", { relation: relation(rule.relation) });
  }
}

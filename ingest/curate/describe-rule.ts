// One line that says what a rule does, for the command line, the API's history and the explorer.

import type { CurationOperation } from "../../common/curation.js";
import { relationKey } from "../../common/domain.js";

/** What the operation does, in a few words. Pure. */
export function describeRule(operation: CurationOperation): string {
  const relation = (r: { source: string; type: string; target: string }) => relationKey(r.source, r.type, r.target);
  switch (operation.kind) {
    case "merge":
      return `merge ${operation.entities.join(" + ")} into ${operation.into.type}:${operation.into.name}`;
    case "rename":
      return `rename ${operation.entity} to ${operation.into.name}`;
    case "retype":
      return `retype ${operation.entity} as ${operation.into.type}`;
    case "split":
      return `split 「${operation.surface}」 off ${operation.entity} as ${operation.into.type}:${operation.into.name}`;
    case "exclude":
      return operation.surface === undefined
        ? `exclude ${operation.entity}`
        : `exclude 「${operation.surface}」 of ${operation.entity}`;
    case "distinct":
      return `keep ${operation.entities[0]} and ${operation.entities[1]} distinct`;
    case "reject":
      return `reject ${relation(operation.relation)}`;
    case "retype-relation":
      return `${operation.reverse ? "reverse" : "retype"} ${relation(operation.relation)}${operation.type === operation.relation.type ? "" : ` as ${operation.type}`}`;
    case "relate":
      return `relate ${relation(operation.relation)} by document ${operation.evidence.document} ${operation.evidence.start}–${operation.evidence.end}`;
  }
}

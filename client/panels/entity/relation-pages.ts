// The relations of the entity on show beyond those its details brought: the pages "more" loaded, kept per type so a
// redraw of the panel (another language, an expansion) keeps them.

import type { RelationPage, RelationSummary, RelationType } from "../../../common/api.js";
import { fetchEntityRelations } from "../../api/api-client.js";

/** Relations a "more" click asks for. */
export const RELATIONS_PAGE_SIZE = 50;

export interface RelationPages {
  /** The relations of a type loaded so far beyond the details' own. */
  more(relation: RelationType): readonly RelationSummary[];
  /** Loads the page of a type that starts at `offset` (relations already listed) and keeps it; returns its items. */
  load(relation: RelationType, offset: number): Promise<RelationSummary[]>;
}

type FetchPage = (key: string, relation: RelationType, offset: number, limit: number) => Promise<RelationPage>;

/** The pages of one entity's relations, empty at first. */
export function createRelationPages(key: string, fetchPage: FetchPage = fetchEntityRelations): RelationPages {
  const loaded = new Map<RelationType, RelationSummary[]>();
  return {
    more: (relation) => loaded.get(relation) ?? [],
    async load(relation, offset) {
      const page = await fetchPage(key, relation, offset, RELATIONS_PAGE_SIZE);
      loaded.set(relation, [...(loaded.get(relation) ?? []), ...page.items]);
      return page.items;
    },
  };
}

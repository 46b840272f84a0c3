// One imported id is one entity of one type: across the objects and files of an import, and with the graph.

import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../../common/domain.js";
import type { ExtractionContract } from "../../../../ingest/pipeline/import-contract.js";
import {
  assertEntityTypesAgree,
  recordImportedEntities,
  type ImportedEntity,
  type StoredEntity,
} from "../../../../ingest/pipeline/import-identities.js";
import { errorOf } from "../../../helpers/kg-error.js";

const entity = (id: string, type: ExtractionContract["entities"][number]["type"], name: string) => ({
  id,
  type,
  name,
  aliases: [name],
  mentions: [],
});
const extraction = (...entities: ExtractionContract["entities"]): ExtractionContract => ({
  documents: [],
  entities,
  relations: [],
});
const stored = (...entities: StoredEntity[]) => new Map(entities.map((e) => [e.key, e]));
const imported = (id: string, type: EntityType, name: string): ImportedEntity => ({
  id,
  type,
  name,
  where: "new.jsonl line 2: entities.4",
});

describe("recordImportedEntities", () => {
  it("refuses an id that an earlier line gave another type, naming both places", () => {
    const seen = new Map<string, ImportedEntity>();
    recordImportedEntities(seen, extraction(entity("e7", "Organization", "辽源市政协")), "a.jsonl line 1");
    const error = errorOf(() =>
      recordImportedEntities(
        seen,
        extraction(entity("e1", "Place", "辽源"), entity("e7", "Person", "辽源市政协")),
        "a.jsonl line 2",
      ),
    );
    expect(error.message).toBe(
      'import: a.jsonl line 2: entities.1: "e7" has the type Person here but Organization in a.jsonl line 1: entities.0; ' +
        'one id is one entity. Give both the same type, or this one its own id, e.g. "Person:辽源市政协", and import again.',
    );
  });

  it("keeps the first place of each id when later lines repeat it with the same type", () => {
    const seen = new Map<string, ImportedEntity>();
    recordImportedEntities(seen, extraction(entity("Place:辽源", "Place", "辽源")), "a.jsonl line 1");
    recordImportedEntities(seen, extraction(entity("Place:辽源", "Place", "辽源")), "b.jsonl line 4");
    expect([...seen.values()]).toEqual([
      { id: "Place:辽源", type: "Place", name: "辽源", where: "a.jsonl line 1: entities.0" },
    ]);
  });
});

describe("assertEntityTypesAgree", () => {
  it("refuses an id the graph holds as another type, naming the line, the stored entity and what to do", () => {
    const error = errorOf(() =>
      assertEntityTypesAgree(
        [imported("Organization:长春大学", "Organization", "长春大学"), imported("e7", "Person", "辽源市政协")],
        stored(
          { key: "Organization:长春大学", type: "Organization", name: "长春大学" },
          { key: "e7", type: "Organization", name: "辽源市政协" },
        ),
      ),
    );
    expect(error.message).toBe(
      'import: new.jsonl line 2: entities.4: "e7" has the type Person here, but the graph already holds "e7" as the ' +
        "Organization 辽源市政协; importing would merge this entity, its aliases and relations into it. If it " +
        'is that entity, give it the type Organization; if not, give it its own id, e.g. "Person:辽源市政协", and import again.',
    );
  });

  it("refuses an id that reads Type:name for another type, whether or not the graph holds it", () => {
    const entity = imported("Organization:辽源市政协", "Person", "辽源市政协");
    expect(errorOf(() => assertEntityTypesAgree([entity], stored())).message).toMatch(
      /entities\.4: the id "Organization:辽源市政协" names the type Organization but the entity has the type Person; .* Give it its own id, e\.g\. "Person:辽源市政协", or the type Organization/,
    );
    expect(
      errorOf(() =>
        assertEntityTypesAgree(
          [entity],
          stored({ key: "Organization:辽源市政协", type: "Organization", name: "辽源市政协" }),
        ),
      ).message,
    ).toMatch(/the graph already holds "Organization:辽源市政协" as the Organization 辽源市政协/);
  });

  it("accepts ids the graph holds with the same type, new ids, and ids of any other form", () => {
    expect(() =>
      assertEntityTypesAgree(
        [
          imported("Organization:长春大学", "Organization", "长春大学"),
          imported("Person:张三", "Person", "张三"),
          imported("e1", "Topic", "营商环境"),
          imported("Org:x", "Person", "x"),
        ],
        stored(
          { key: "Organization:长春大学", type: "Organization", name: "长春大学" },
          { key: "Organization:张三", type: "Organization", name: "张三" },
        ),
      ),
    ).not.toThrow();
  });
});

// Creates the entities a curation change brings (with their type label) and adds its counts and aliases to them. An
// entity that is new or gains an alias is left for search to index again; one whose counts alone change is not (the
// full-text index would rewrite its entry for nothing). JavaScript numbers arrive as floats: documents are counted in
// integers like the document writer counts them.
UNWIND $entities AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:$(row.type), e:SearchPending, e.name = row.name, e.type = row.type, e.aliases = [], e.mentions = 0,
              e.documents = 0
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS added
SET e.mentions = e.mentions + row.mentions, e.documents = e.documents + toInteger(row.documents),
    e.aliases = e.aliases + added
WITH e WHERE size(added) > 0
SET e:SearchPending

// Creates the entities a curation change brings (with their type label) and adds its counts and aliases to them;
// each is left for search to re-index. JavaScript numbers arrive as floats: documents are counted in integers like
// the document writer counts them.
UNWIND $entities AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = [], e.mentions = 0, e.documents = 0
SET e.mentions = e.mentions + row.mentions, e.documents = e.documents + toInteger(row.documents),
    e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases], e:SearchPending

// Entities by key, with their type, name and aliases, to check a curation rule or an import against the graph.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases

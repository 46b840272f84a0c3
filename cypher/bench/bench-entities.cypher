// Every entity with its type, name, surface forms and document count, for benchmarks that pick entities to curate.
MATCH (e:Entity)
RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases, toInteger(e.documents) AS documents
ORDER BY e.key

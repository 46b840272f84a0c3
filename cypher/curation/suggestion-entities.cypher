// Every entity with what duplicate suggestions compare: type, name, aliases, mentions and the keys of its neighbours
// by any relation (at most $neighbours of them, the strongest first, so a hub costs no more than a small entity).
MATCH (e:Entity)
RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases, toInteger(e.mentions) AS mentions,
       COLLECT { MATCH (e)-[r]-(n:Entity) RETURN n.key ORDER BY r.weight DESC, n.key LIMIT toInteger($neighbours) } AS neighbours

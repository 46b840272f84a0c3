// Every entity with what duplicate suggestions compare: type, name, aliases, mentions and the keys of its neighbours
// by any entity relation (at most $neighbours of them, the strongest first; the types are named so that a hub's
// mentions are never walked).
MATCH (e:Entity)
RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases, toInteger(e.mentions) AS mentions,
       COLLECT {
         MATCH (e)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(n:Entity)
         RETURN n.key ORDER BY r.weight DESC, n.key LIMIT toInteger($neighbours)
       } AS neighbours

// Entity counts per type.
MATCH (e:Entity) RETURN e.type AS type, count(e) AS count ORDER BY count DESC, type

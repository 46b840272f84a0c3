// Benchmarks: every entity with its number of relations to other entities, most connected first, to pick a hub and a
// median entity.
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
WHERE degree > 0
RETURN e.key AS key, e.name AS name, degree ORDER BY degree DESC, key

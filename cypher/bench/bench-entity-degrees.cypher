// Benchmarks: every entity with its number of relations to other entities, most connected first, to pick a hub and a
// median entity.
MATCH (e:Entity)
WITH e, COUNT { (e)-[:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(:Entity) } AS degree
WHERE degree > 0
RETURN e.key AS key, e.name AS name, degree ORDER BY degree DESC, key

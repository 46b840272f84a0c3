// One step of a neighbourhood walk: the entities one relation away from the frontier that pass the filters, each with
// its strongest such relation, strongest first. The relation types are spelled out so that Neo4j reads only the
// entity relations of a hub, not its many MENTIONS. A hub has thousands of neighbours and most share a weight: they
// are told apart and from the visited entities by element id, so that only the chosen ones' keys are read from the store.
MATCH (v:Entity) WHERE v.key IN $visited
WITH collect(elementId(v)) AS visited
UNWIND $frontier AS key
MATCH (:Entity {key: key})-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(b)
WHERE ($relations IS NULL OR type(r) IN $relations)
  AND coalesce(r.weight, 1) >= $minWeight
  AND ($from IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate <= $to)
WITH visited, b, max(coalesce(r.weight, 1)) AS weight
WHERE NOT elementId(b) IN visited AND ($types IS NULL OR b.type IN $types)
WITH b, weight
ORDER BY weight DESC, elementId(b)
LIMIT $limit
RETURN b.key AS key, weight

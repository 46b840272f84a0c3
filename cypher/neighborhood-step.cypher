// One step of a neighbourhood walk: the relations from the frontier to entities that pass the filters, strongest first.
// The relation types are spelled out so that Neo4j reads only the entity relations of a hub, not its many MENTIONS.
UNWIND $frontier AS key
MATCH (a:Entity {key: key})-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(b:Entity)
WHERE NOT b.key IN $visited
  AND ($relations IS NULL OR type(r) IN $relations)
  AND ($types IS NULL OR b.type IN $types)
  AND coalesce(r.weight, 1) >= $minWeight
  AND ($from IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate <= $to)
RETURN b.key AS key, max(coalesce(r.weight, 1)) AS weight
ORDER BY weight DESC, key
LIMIT $limit

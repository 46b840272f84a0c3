// One page of an entity's relations of one type, strongest first (the order of entity-details.cypher), with the
// type's total; no row when there is no such entity.
MATCH (e:Entity {key: $key})
RETURN COUNT { (e)-[r:$($relation)]-(:Entity) } AS total,
  COLLECT {
    MATCH (e)-[r:$($relation)]-(other:Entity)
    WITH r, other, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
    ORDER BY r.weight DESC, other.key, direction
    SKIP $offset LIMIT $limit
    RETURN { relation: type(r), direction: direction, other: other { .key, .name, .type }, weight: r.weight,
             rule: r.rule, role: r.role, firstDate: r.firstDate, lastDate: r.lastDate } AS summary
  } AS items

// One step of a neighbourhood walk: the relations from the frontier to entities that pass the filters, strongest first.
UNWIND $frontier AS key
MATCH (a:Entity {key: key})-[r]-(b:Entity)
WHERE NOT b.key IN $visited
  AND ($relations IS NULL OR type(r) IN $relations)
  AND ($types IS NULL OR b.type IN $types)
  AND coalesce(r.weight, 1) >= $minWeight
  AND ($from IS NULL OR r.lastDate >= $from)
  AND ($to IS NULL OR r.firstDate <= $to)
RETURN b.key AS key, max(coalesce(r.weight, 1)) AS weight
ORDER BY weight DESC, key
LIMIT $limit

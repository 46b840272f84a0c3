// One step of a neighbourhood walk: the entities one relation away from the frontier that pass the filters and are
// not yet visited, each with its strongest such relation, strongest first (the ring subgraph.cypher adds last). The
// relation types are spelled out so that Neo4j reads only the entity relations of a hub, not its many MENTIONS. A hub
// has thousands of neighbours and most share a weight: they are told apart by element id, so that only the chosen
// ones' keys are read from the store. The visited entities are a node list, which Neo4j checks as a set.
// A line marked `// if $param` is left out when that filter is not in use (cypherFor), so no row pays for its test.
UNWIND $visited AS key
MATCH (v:Entity {key: key})
WITH collect(v) AS visited
CALL (visited) {
  UNWIND $frontier AS key
  MATCH (:Entity {key: key})-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(b)
  WHERE true
    AND type(r) IN $relations                // if $relations
    AND coalesce(r.weight, 1) >= $minWeight  // if $minWeight
    AND r.lastDate >= $from                  // if $from
    AND r.firstDate <= $to                   // if $to
  WITH b, max(coalesce(r.weight, 1)) AS weight
  WHERE NOT b IN visited
    AND b.type IN $types                     // if $types
  ORDER BY weight DESC, elementId(b)
  LIMIT $limit
  RETURN b.key AS key, weight
}
RETURN key, weight

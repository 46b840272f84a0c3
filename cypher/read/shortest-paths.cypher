// The {{k}} shortest paths of at most {{maxHops}} relations between two entities, through entity relations only (not
// through sentences), along the relation types of $relations only and, between the ends, through entities of the
// types of $types only (null: any type). The caller leaves CO_OCCURS out of $relations unless co-occurrence is
// admitted, so a path follows what the reports state. SHORTEST and the quantifier take literals only, so the server
// fills {{k}} and {{maxHops}} with validated whole numbers (cypherWithBounds).
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = SHORTEST {{k}} (a)(()-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(x:Entity) WHERE type(r) IN $relations AND ($types IS NULL OR x.type IN $types OR x.key = $to)){1,{{maxHops}}}(b)
RETURN [n IN nodes(p) | n.key] AS nodes,
       [rel IN relationships(p) | { source: startNode(rel).key, target: endNode(rel).key, type: type(rel), weight: rel.weight }] AS edges
ORDER BY length(p)

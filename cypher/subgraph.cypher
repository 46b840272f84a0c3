// The given entities and the relations among them that pass the filters, in graphology's node and edge shapes.
// Membership is tested on element ids (a list of strings Neo4j checks as a set), ten times faster than on nodes.
// Edges come as [source, target, type, weight, rule, firstDate, lastDate]: a hub's neighbourhood holds thousands of
// them, and lists cost half what maps with repeated field names do to send and decode.
MATCH (n:Entity) WHERE n.key IN $keys
WITH collect(n) AS nodes, collect(elementId(n)) AS ids
CALL (nodes, ids) {
  UNWIND nodes AS a
  MATCH (a)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]->(b:Entity)
  WHERE elementId(b) IN ids
    AND ($relations IS NULL OR type(r) IN $relations)
    AND coalesce(r.weight, 1) >= $minWeight
    AND ($from IS NULL OR r.lastDate >= $from)
    AND ($to IS NULL OR r.firstDate <= $to)
  RETURN collect([a.key, b.key, type(r), r.weight, r.rule, r.firstDate, r.lastDate]) AS edges
}
RETURN [n IN nodes | { key: n.key, name: n.name, type: n.type, mentions: n.mentions, documents: n.documents }] AS nodes, edges

// The given entities and the relations among them that pass the filters, in graphology's node and edge shapes.
// Membership is tested on element ids (a list of strings Neo4j checks as a set), ten times faster than on nodes.
// A hub's neighbourhood holds thousands of relations, and the driver decodes one string far faster than a list of
// seven values: each edge comes as one line, source, target, type, weight, rule, firstDate and lastDate joined by the
// unit separator U+001F, which no key, type, rule or date holds. A source's key is read once, not once per relation.
MATCH (n:Entity) WHERE n.key IN $keys
WITH collect(n) AS nodes, collect(elementId(n)) AS ids
CALL (nodes, ids) {
  UNWIND nodes AS a
  WITH ids, a, a.key AS source
  MATCH (a)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]->(b)
  WHERE elementId(b) IN ids
    AND ($relations IS NULL OR type(r) IN $relations)
    AND coalesce(r.weight, 1) >= $minWeight
    AND ($from IS NULL OR r.lastDate >= $from)
    AND ($to IS NULL OR r.firstDate <= $to)
  RETURN collect(source + '\u001f' + b.key + '\u001f' + type(r) + '\u001f' + coalesce(r.weight, 1) + '\u001f' + coalesce(r.rule, '') +
                 '\u001f' + coalesce(r.firstDate, '') + '\u001f' + coalesce(r.lastDate, '')) AS edges
}
RETURN [n IN nodes | { key: n.key, name: n.name, type: n.type, mentions: n.mentions, documents: n.documents }] AS nodes, edges

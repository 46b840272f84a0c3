// The entities of $keys, then the strongest of those one relation away from $frontier that are not among them (up to
// $room + 1, so the caller learns whether any were left out: then only $room are kept), and the relations among them
// all that pass the filters, in graphology's node and edge shapes: one row per entity, with its position in that order
// and the relations it is the source of. A neighbourhood's last ring comes in the same statement as its relations, so
// a depth-1 neighbourhood is one round trip; the rows are not sorted, so they stream as they are made. The ring is
// chosen as neighborhood-step.cypher chooses the inner rings.
// Membership is tested on node lists, which Neo4j checks as a set. A hub's neighbourhood holds thousands of relations,
// and the driver decodes one string far faster than a list of six values, each of them through its fast path only
// while a record fits in one Bolt chunk: so an edge comes as one line, target, type, weight, rule, firstDate and
// lastDate joined by the unit separator U+001F (which no key, type, rule or date holds), in its source's row.
// A line marked `// if $param` is left out when that filter is not in use (cypherFor), so no row pays for its test.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH collect(n) AS given
CALL (given) {
  UNWIND $frontier AS key
  MATCH (:Entity {key: key})-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]-(b)
  WHERE true
    AND type(r) IN $relations                // if $relations
    AND coalesce(r.weight, 1) >= $minWeight  // if $minWeight
    AND r.lastDate >= $from                  // if $from
    AND r.firstDate <= $to                   // if $to
  WITH b, max(coalesce(r.weight, 1)) AS weight
  WHERE NOT b IN given
    AND b.type IN $types                     // if $types
  ORDER BY weight DESC, elementId(b)
  LIMIT $ringLimit
  RETURN collect(b) AS ring
}
WITH given + ring[..$room] AS nodes, size(ring) > $room AS truncated
UNWIND range(0, size(nodes) - 1) AS i
WITH nodes, truncated, i, nodes[i] AS a
CALL (nodes, a) {
  MATCH (a)-[r:COLLABORATES_WITH|PARTNER_IN|ORGANIZED|HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|ADDRESSES|PUBLISHED|CO_OCCURS]->(b)
  WHERE b IN nodes
    AND type(r) IN $relations                // if $relations
    AND coalesce(r.weight, 1) >= $minWeight  // if $minWeight
    AND r.lastDate >= $from                  // if $from
    AND r.firstDate <= $to                   // if $to
  RETURN collect(b.key + '\u001f' + type(r) + '\u001f' + coalesce(r.weight, 1) + '\u001f' + coalesce(r.rule, '') +
                 '\u001f' + coalesce(r.firstDate, '') + '\u001f' + coalesce(r.lastDate, '')) AS edges
}
RETURN i AS position, a.key AS key, a.name AS name, a.type AS type, a.mentions AS mentions, a.documents AS documents, edges, truncated

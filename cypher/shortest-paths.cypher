// Up to $k (at most 10: SHORTEST takes no parameter in 5.26) shortest paths between two entities through entity relations only (not through sentences), at most six
// hops (then cut to $maxHops), optionally only along the given relation types.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = SHORTEST 10 (a)(()-[r]-(:Entity) WHERE $relations IS NULL OR type(r) IN $relations){1,6}(b)
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.key] AS nodes,
       [rel IN relationships(p) | { key: elementId(rel), source: startNode(rel).key, target: endNode(rel).key, type: type(rel), weight: rel.weight }] AS edges
ORDER BY length(p)
LIMIT $k

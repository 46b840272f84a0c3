// The most mentioned entities (at most $limit) and the relations among them, for a first view of the graph.
MATCH (e:Entity)
WITH e ORDER BY e.mentions DESC, e.key LIMIT $limit
WITH collect(e) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes
  RETURN collect({ key: elementId(r), source: a.key, target: b.key, type: type(r), weight: r.weight, rule: r.rule }) AS edges
}
RETURN [n IN nodes | { key: n.key, name: n.name, type: n.type, mentions: n.mentions, documents: n.documents }] AS nodes, edges

// The keys of the most mentioned entities, for a first view of the graph.
MATCH (e:Entity)
RETURN e.key AS key ORDER BY e.mentions DESC, e.key LIMIT $limit

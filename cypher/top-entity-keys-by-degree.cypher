// The keys of the entities with the most relations to other entities (degree), or the most supporting sentences
// across them (weighted degree), for a first view of the graph.
MATCH (e:Entity)
WITH e, COLLECT { MATCH (e)-[r]-(:Entity) RETURN coalesce(r.weight, 1) AS w } AS weights
WITH e, CASE WHEN $weighted THEN reduce(total = 0, w IN weights | total + w) ELSE size(weights) END AS score
RETURN e.key AS key ORDER BY score DESC, e.key LIMIT $limit

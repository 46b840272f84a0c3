// The relations between each ordered pair of entities, counted and their weights summed, for the overview's analytics.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.key AS source, b.key AS target, count(r) AS relations, sum(coalesce(r.weight, 1)) AS weight

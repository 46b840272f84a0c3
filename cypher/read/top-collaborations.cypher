// The organization pairs that collaborate most, by the number of sentences that say so.
MATCH (a:Organization)-[r:COLLABORATES_WITH]-(b:Organization)
WHERE a.key < b.key
WITH a, b, sum(r.weight) AS weight
RETURN a.key AS source, a.name AS sourceName, b.key AS target, b.name AS targetName, weight
ORDER BY weight DESC, source, target LIMIT $limit

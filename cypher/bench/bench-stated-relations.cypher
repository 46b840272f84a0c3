// Every stated (typed, not co-occurrence) relation by its ends and type, for benchmarks that pick relations to curate.
MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'CO_OCCURS'
RETURN a.key AS source, type(r) AS type, b.key AS target
ORDER BY source, type, target

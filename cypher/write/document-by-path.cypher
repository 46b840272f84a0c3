// A stored document by the path it was ingested from, or no row.
MATCH (d:Document {path: $path}) RETURN d.key AS key LIMIT 1

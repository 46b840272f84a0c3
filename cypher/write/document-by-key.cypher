// A stored document by its key, or no row.
MATCH (d:Document {key: $key}) RETURN d.key AS key, d.path AS path, d.title AS title

// A page of stored documents, newest first (undated last), with their sizes.
MATCH (d:Document)
RETURN d { .key, .title, .date, .path, .source, .chars, .sentences, .extractor } AS document
ORDER BY d.date IS NULL, d.date DESC, d.key
SKIP $skip LIMIT $limit

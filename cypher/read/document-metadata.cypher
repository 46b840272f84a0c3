// One document's metadata for the reader: title, date, source, path and sizes; no row for an unknown key.
MATCH (d:Document {key: $key})
RETURN d { .key, .title, .date, .path, .source, .chars, .sentences, .extractor } AS document

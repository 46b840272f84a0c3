// The extractor version a stored document was extracted with (no row when the document is not stored).
MATCH (d:Document {key: $key}) RETURN d.extractor AS extractor

// The stored (uncurated) extraction of documents, and the rules that changed each.
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d.key AS key, d.extraction AS extraction, coalesce(d.curation, []) AS curation

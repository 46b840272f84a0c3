// Every curation rule as JSON, in the order it was made.
MATCH (r:CurationRule) RETURN r.json AS json ORDER BY r.position

// Every curation rule in the order it was made, with the number of stored documents it changes.
MATCH (r:CurationRule)
RETURN r.json AS json, COUNT { MATCH (d:Document) WHERE r.id IN d.curation } AS documents
ORDER BY r.position

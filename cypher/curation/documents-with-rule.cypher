// The keys of the documents that a curation rule changes.
MATCH (d:Document) WHERE $id IN d.curation
RETURN d.key AS document

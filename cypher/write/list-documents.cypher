// Every stored document's key and extractor version, to skip unchanged documents before extracting them.
MATCH (d:Document) RETURN d.key AS key, d.extractor AS extractor

// Every stored document's key and extractor version, to skip unchanged documents before extracting them. A document
// stored without its extraction (before curation kept it) counts as extracted by no version, so it is extracted again.
MATCH (d:Document) RETURN d.key AS key, CASE WHEN d.extraction IS NULL THEN null ELSE d.extractor END AS extractor

// Creates or updates one Document by its content key (sha256 of the text).
MERGE (d:Document {key: $document.key})
SET d += $document

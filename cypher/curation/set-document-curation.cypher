// Records which rules change each document (read by undo, and by `kg curate list`).
UNWIND $documents AS row
MATCH (d:Document {key: row.key})
SET d.curation = row.fired

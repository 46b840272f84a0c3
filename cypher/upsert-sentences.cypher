// Creates a document's sentences and links them to it, in order.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
MERGE (s:Sentence {key: row.key})
SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (d)-[:HAS_SENTENCE]->(s)

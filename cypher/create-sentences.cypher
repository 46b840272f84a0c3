// Creates a document's sentences and links them to it. CREATE, not MERGE: the document is new to the graph in this
// transaction (an earlier version is removed first), and the unique constraint still refuses a duplicate key.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (d)-[:HAS_SENTENCE]->(:Sentence {key: row.key, index: row.index, text: row.text, start: row.start, end: row.end})

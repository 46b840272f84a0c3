// Creates a document's sentences, links them to it and to the entities they mention (one MENTIONS per offset; the
// entities are named by the element ids upsert-entities returned). CREATE, not MERGE: the document is new to the graph
// in this transaction (an earlier version is removed first), and the unique constraint still refuses a duplicate key.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {key: row.key, index: row.index, text: row.text, start: row.start, end: row.end})
WITH s, row
UNWIND row.mentions AS mention
MATCH (e:Entity) WHERE elementId(e) = mention.entity
CREATE (s)-[:MENTIONS {start: mention.start, end: mention.end, surface: mention.surface}]->(e)

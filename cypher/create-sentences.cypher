// Creates a document's sentences, links them to it and to the entities they mention: one MENTIONS per mention, each
// a list [entity, start, end, surface] whose entity is a position in $entityIds (the element ids upsert-entities
// returned). A sentence's key is its document's key and its index (ingest/document-rows.ts, sentenceKey). CREATE, not
// MERGE: the document is new to the graph in this transaction (an earlier version is removed first), and the unique
// constraint still refuses a duplicate key. (JavaScript numbers arrive as floats, hence toInteger.)
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence {key: $documentKey + ':' + toInteger(row.index), index: row.index, text: row.text, start: row.start, end: row.end})
WITH s, row
UNWIND row.mentions AS mention
MATCH (e:Entity) WHERE elementId(e) = $entityIds[toInteger(mention[0])]
CREATE (s)-[:MENTIONS {start: mention[1], end: mention[2], surface: mention[3]}]->(e)

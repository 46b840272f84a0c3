// Links a new document's sentences to the entities they mention, one relationship per mention offset.
UNWIND $rows AS row
MATCH (s:Sentence {key: row.sentence})
MATCH (e:Entity {key: row.entity})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(e)
